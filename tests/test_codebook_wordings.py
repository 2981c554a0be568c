"""The codebook's typical wordings (codebook version 2, the two label tables and their rules),
each set in a sentence of treaty style, give their label by the patterns alone, and no other;
its unlabelled examples give none.

Found missing on 2026-12-04: "governed by the conditions and procedures provided for under
domestic law" (the codebook's own `domestic_law` wording), "in accordance with national law"
without "its", and "offences punishable under the law of the requesting Party" (`any`)."""

from __future__ import annotations

import pytest

WORDINGS = [
    ("Extradition shall be subject to dual criminality.",
     {"dual_criminality"}),
    ("Extradition shall be granted only where the conduct is punishable under the laws of both the requesting and requested Parties.",
     {"dual_criminality"}),
    ("Assistance shall be provided irrespective of whether the conduct is an offence under its law.",
     {"dual_criminality"}),
    ("Assistance may be refused if execution is likely to prejudice its sovereignty, security, ordre public or other essential interests.",
     {"refusal_grounds"}),
    ("The request may be refused on the basis of the grounds contained in article 40, paragraph 21.",
     {"refusal_grounds"}),
    ("The requested Party has substantial grounds for believing that the request has been made for the purpose of prosecuting or punishing a person on account of that person's sex, race, religion, nationality, ethnic origin or political opinions.",
     {"non_discrimination"}),
    ("The request shall be executed subject to the conditions provided for by the law of the requested Party.",
     {"domestic_law"}),
    ("The Party shall provide assistance to the extent permitted by its domestic law.",
     {"domestic_law"}),
    ("This assistance shall be governed by the conditions and procedures provided for under domestic law.",
     {"domestic_law"}),
    ("Such assistance shall be governed by the conditions and procedures of domestic law.",
     {"domestic_law"}),
    ("A request shall be executed in accordance with the domestic law of the requested Party.",
     {"domestic_law"}),
    ("A request shall be executed in accordance with the law of the requested Party.",
     {"domestic_law"}),
    ("The requested Party may request further information where its law so requires for executing the request.",
     {"domestic_law"}),
    # (a refusal on that ground: refusal_grounds as well)
    ("The Party may refuse if its domestic law would prohibit the action in a similar domestic case.",
     {"domestic_law", "refusal_grounds"}),
    ("Nothing entitles a Party to exercise in the territory of another Party functions which its law reserves to its own authorities.",
     {"domestic_law"}),
    ("Confiscated property shall be disposed of in accordance with national law.",
     {"domestic_law"}),
    ("The measures shall be notified, in conformity with national law, to the requesting Party.",
     {"domestic_law"}),
    ("Such powers shall provide for the adequate protection of human rights and liberties.",
     {"human_rights"}),
    ("Each Party shall implement this Convention consistent with its obligations under international human rights law.",
     {"human_rights"}),
    ("Any person in custody shall be guaranteed fair treatment at all stages of the proceedings.",
     {"human_rights"}),
    ("The person shall be entitled to communicate with the nearest representative of his State.",
     {"human_rights"}),
    ("Such powers shall be subject to judicial or other independent supervision.",
     {"judicial_oversight"}),
    ("The interception shall be authorised by a judicial authority.",
     {"judicial_oversight"}),
    ("The order shall be subject to review by a court.",
     {"judicial_oversight"}),
    ("Such a search may be carried out only on the order of a judge.",
     {"judicial_oversight"}),
    ("The powers shall incorporate the principle of proportionality.",
     {"proportionality"}),
    ("Such conditions shall include the limitation of the scope and the duration of such power or procedure.",
     {"proportionality"}),
    ("The data shall be preserved for a period not exceeding ninety days.",
     {"proportionality"}),
    ("The measure shall be taken only to the extent strictly necessary.",
     {"proportionality"}),
    ("The value shall be confiscated up to the assessed value of the proceeds.",
     {"proportionality"}),
    ("Interception may be carried out only where necessary and urgent.",
     {"proportionality"}),
    ("The powers are established for the purpose of specific criminal investigations or proceedings.",
     {"proportionality"}),
    ("Each Party shall ensure the protection of personal data.",
     {"data_protection"}),
    ("Data shall be transferred in compliance with its laws on the protection of personal data.",
     {"data_protection"}),
    ("The measures shall respect the privacy of the persons concerned.",
     {"data_protection"}),
    ("The requesting Party shall not use or transmit the information for investigations other than those stated in the request.",
     {"use_limitation"}),
    ("The requested Party shall keep confidential the fact and substance of the request.",
     {"use_limitation"}),
    ("The person shall not be proceeded against for any offence other than that for which he was surrendered.",
     {"use_limitation"}),
    ("Assistance shall be afforded for offences established in accordance with articles 6 to 16.",
     {"defined"}),
    ("The measures apply to offences covered by this Convention.",
     {"defined"}),
    ("Extradition shall apply to the offences set forth in article 2.",
     {"defined"}),
    ("The confiscation shall apply to offences listed in paragraph 6.",
     {"defined"}),
    ("Cooperation shall extend to offences established in accordance with applicable international conventions and protocols.",
     {"treaty"}),
    ("The request concerns an offence within the scope of one of the treaties listed in the annex.",
     {"treaty"}),
    ("The power applies to serious crime.",
     {"serious"}),
    ("Evidence of grave offences may be requested.",
     {"serious"}),
    ("Offences punishable by a maximum deprivation of liberty of at least four years.",
     {"serious"}),
    ("Extradition may be granted for extraditable offences.",
     {"serious"}),
    ("The powers apply to other criminal offences committed by means of a computer system.",
     {"other"}),
    ("Cooperation covers offences committed through the use of computers, telecommunications networks or other forms of modern technology.",
     {"other"}),
    ("The powers apply to the collection of evidence in electronic form of any criminal offence.",
     {"any"}),
    ("Assistance shall be afforded in proceedings in respect of offences punishable under the law of the requesting Party.",
     {"any"}),
]


# The codebook's unlabelled examples that no pattern may find (those whose words a pattern does
# find, such as "establish as criminal offences under its domestic law", are cancelled by the
# clause's function, which a sentence alone does not have: tests/test_docmodel.py).
UNLABELLED = [
    "Each Party shall ensure that the offences are punishable by effective, proportionate and dissuasive sanctions.",
    "The administering State shall deduct the period already served from the sentence.",
    "The data shall be preserved for a period of not less than sixty days.",
    "The request shall be accompanied by a copy of the law under which the acts are an offence.",
    "Each Party shall protect the interests of victims.",
    "The request shall be made by the judicial authorities of the requesting Party.",
    "Where several offences are materially distinct, each may be prosecuted.",
    "The Parties shall afford one another assistance in criminal matters.",
    "This Convention shall not apply to acts committed in armed conflict.",
    "Desirous of contributing to safeguard human rights,",
    "The sentenced person shall receive credit for time served.",
    "The manufacture of equipment listed in Table I;",
    "The Parties shall provide support to victims of trafficking.",
    "The Parties shall extradite persons for such offences.",
    "Extradition shall be granted for the offence for which extradition is requested.",
    "The requested Party shall give reasons for any refusal.",
    "Reasons shall be given for any refusal or postponement of the request.",
    "The requested Party shall inform the requesting Party of a decision to refuse assistance.",
    "The requested State shall notify a refusal to take action on the request.",
    "This article shall be subject to Articles 14 and 15.",
]


@pytest.mark.parametrize("text", UNLABELLED)
def test_an_unlabelled_example_of_the_codebook_gives_no_label(patterns_nlp, text):
    doc = patterns_nlp(text)
    assert [(span.label_, span.text) for span in doc.spans.get("evidence", [])] == []

# The same conditions in the other words drafters use for them: the lead word, the possessive
# and the adjective vary independently ("as permitted by its internal law", "within the limits
# of national law", "subject to their internal legislation"; 2026-12-04, 153 of 510 such
# variants of the domestic-law wording were missed).
VARIANTS = [
    ("The requested Party shall execute the request subject to its internal law.", {"domestic_law"}),
    ("The requested Party shall execute the request as permitted by its own legislation.", {"domestic_law"}),
    ("The requested Party shall execute the request as provided for in national law.", {"domestic_law"}),
    ("The requested Party shall execute the request as required by their domestic laws.", {"domestic_law"}),
    ("The requested Party shall execute the request within the limits of internal law.", {"domestic_law"}),
    ("The requested Party shall execute the request to the extent permitted by the internal legislation.",
     {"domestic_law"}),
    ("The interception shall be ordered by an independent judicial authority.", {"judicial_oversight"}),
    ("Extradition may be refused where the conduct is not a criminal offence under the laws of the requested State.",
     {"dual_criminality", "refusal_grounds"}),
    ("Extradition may be refused where the facts do not constitute an offence under the legislation of the requested "
     "State.", {"dual_criminality", "refusal_grounds"}),
    # "the law" with no Party named is not read as a Party's own law by the patterns (the
    # classifier may still read it so from the clause's other words)
    ("The requested Party shall execute the request as permitted by the law.", set()),
]


@pytest.mark.parametrize(("text", "labels"), WORDINGS + VARIANTS,
                         ids=[f"{sorted(labels or {'none'})[0]}-{i}" for i, (_, labels) in enumerate(WORDINGS + VARIANTS)])
def test_a_typical_wording_of_the_codebook_gives_its_label(patterns_nlp, text, labels):
    """Each wording, and each in other words, gives exactly its labels."""
    doc = patterns_nlp(text)
    assert {span.label_ for span in doc.spans.get("evidence", [])} == labels
