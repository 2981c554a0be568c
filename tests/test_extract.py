"""Extraction: each label and polarity from the patterns, and cross-references parsed to targets."""

from __future__ import annotations

import pytest

from treatyscope.components.evidence import evidence_of, polarity_at, readable_evidence
from treatyscope.components.references import ReferenceGrammar, parse_references, read_reference_grammar
from treatyscope.types import CrossReference


def ev(label: str, words: str, polarity: str | None = None) -> tuple[str, str, str | None]:
    """An expected evidence span: its label, its words and (for a safeguard) its polarity."""
    return (label, words, polarity)


def evidence(nlp, text: str) -> list[tuple[str, str, str | None]]:
    """Every evidence span the patterns find in a text, in text order."""
    doc = nlp(text)
    return [(label, words, polarity) for label, _, _, words, polarity in evidence_of(doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # defined: offences the instrument establishes
        ("the criminal offences established in accordance with Articles 2 through 11",
         [ev("defined", "offences established in accordance with Articles")]),
        # defined: a criminalisation clause
        ("shall adopt such measures as may be necessary to establish as criminal offences the access",
         [ev("defined", "establish as criminal offences")]),
        # treaty: offences under instruments listed in an annex
        ("an offence within the scope of and as defined in one of the treaties listed in the annex",
         [ev("treaty", "as defined in one of the treaties listed in the annex")]),
        # serious: the term
        ("a range of serious offences to be determined by domestic law", [ev("serious", "serious offences")]),
        # serious: a penalty threshold
        ("punishable by a maximum deprivation of liberty of at least four years",
         [ev("serious", "maximum deprivation of liberty of at least four years")]),
        # other: means-marked offences, also with bracketed draft alternatives
        ("other criminal offences committed by means of [a computer system] [an ICT device]",
         [ev("other", "offences committed by means of [a computer")]),
        # any: evidence of any criminal offence
        ("the collection of evidence in electronic form of a criminal offence",
         [ev("any", "evidence in electronic form of a criminal offence")]),
        # any: the CoE formula
        ("offences the punishment of which falls within the jurisdiction of the judicial authorities",
         [ev("any", "offences the punishment of which")]),
        # dual criminality, required
        ("offences punishable under the laws of both the requesting and requested Parties",
         [ev("dual_criminality", "punishable under the laws of both", "required")]),
        # dual criminality, optional ("may require")
        ("a requested Party may require dual criminality as a condition",
         [ev("dual_criminality", "dual criminality", "optional")]),
        # dual criminality, waived
        ("dual criminality shall not be required for assistance", [ev("dual_criminality", "dual criminality", "waived")]),
        # dual criminality, waived by "irrespective of whether"
        ("deemed fulfilled irrespective of whether its laws place the offence within the same category",
         [ev("dual_criminality", "irrespective of whether its laws place the offence within the same category", "waived")]),
        # refusal grounds, optional: the refusal and the ground
        ("execution may be refused if it is likely to prejudice its sovereignty or other essential interests",
         [ev("refusal_grounds", "refused if it is likely to prejudice its sovereignty or other essential interests", "optional")]),
        # refusal grounds, waived: bank secrecy
        ("A Party shall not decline to render assistance on the ground of bank secrecy",
         [ev("refusal_grounds", "decline to render assistance on the ground of bank secrecy", "waived")]),
        # non-discrimination
        ("for the purpose of prosecuting or punishing a person on account of that person's race or religion",
         [ev("non_discrimination", "account of that person's race", "required")]),
        # domestic law conditions
        ("subject to the conditions provided for by the law of the requested Party",
         [ev("domestic_law", "conditions provided for by the law of the requested", "required")]),
        ("to the extent permitted by its domestic law", [ev("domestic_law", "extent permitted by its domestic law", "required")]),
        # human rights
        ("consistent with its obligations under international human rights law",
         [ev("human_rights", "human rights", "required")]),
        # judicial oversight
        ("shall include judicial or other independent supervision",
         [ev("judicial_oversight", "judicial or other independent supervision", "required")]),
        # proportionality
        ("shall incorporate the principle of proportionality", [ev("proportionality", "proportionality", "required")]),
        ("limitation of the scope and the duration of such power",
         [ev("proportionality", "limitation of the scope and the duration", "required")]),
        # data protection, and its laws as a domestic-law condition
        # the codebook's own data_protection wording; a data-protection law is no domestic_law condition
        ("in compliance with its laws on the protection of personal data",
         [ev("data_protection", "personal data", "required")]),
        # ... nor is the law of a State named before its subject ("the law of the receiving State on the
        # protection of personal data"); the law of a State named alone still is
        ("Personal data exchanged shall be processed in accordance with the law of the receiving State Party on the "
         "protection of personal data.", [ev("data_protection", "Personal data", "required")]),
        ("The request shall be executed in accordance with the law of the receiving State Party.",
         [ev("domestic_law", "accordance with the law", "required")]),
        # the law of a State as the source of a person's rights is no domestic_law (codebook, "Domestic law
        # binds measures only": that is human_rights)
        ("A person against whom proceedings are brought shall enjoy every right and guarantee afforded by the domestic "
         "law of the State Party in whose territory he or she is present.",
         [ev("human_rights", "enjoy every right and guarantee", "required")]),
        # use limitation
        ("shall not use or transmit it for investigations other than those stated in the request",
         [ev("use_limitation", "not use or transmit it for investigations other than those stated in the request", "required")]),
        ("may require that the requesting Party keep confidential the fact and substance of the request",
         [ev("use_limitation", "confidential", "optional")]),
        # polarity comes from the words that govern each span, not from any cue in the clause:
        # a refusal governs "in the absence of": the condition stays, as optional
        ("The requested State may decline assistance in the absence of dual criminality.",
         [ev("refusal_grounds", "decline", "optional"), ev("dual_criminality", "dual criminality", "optional")]),
        # "notwithstanding the absence of" under a plain "shall": waived
        ("Assistance shall be given notwithstanding the absence of dual criminality.",
         [ev("dual_criminality", "dual criminality", "waived")]),
        # "shall be subject to" governs the conditions; the "may refuse" after the comma governs the grounds
        ("Such assistance shall be subject to the conditions provided for by the law of the requested Party, "
         "including the grounds on which the requested Party may refuse assistance.",
         [ev("domestic_law", "conditions provided for by the law of the requested", "required"),
          ev("refusal_grounds", "refuse", "optional")]),
        # "shall not exercise the right to refuse" waives the ground that follows it
        ("The Parties shall not exercise the right to refuse assistance solely on the ground that the request "
         "concerns a fiscal offence.",
         [ev("refusal_grounds", "refuse assistance solely on the ground that the request concerns a fiscal offence", "waived")]),
        # "may not refuse" is a waiver, not "may ... refuse"
        ("A State may not refuse a request on the sole ground that it concerns tax matters.",
         [ev("refusal_grounds", "refuse", "waived")]),
        # the condition need not hold: a cue after the span, before any comma
        ("Dual criminality shall not be required for preservation.",
         [ev("dual_criminality", "Dual criminality", "waived")]),
        # a plain modal nearer the span than a cue governs it
        ("A Party may refuse extradition where the person is its national; the request shall be executed in "
         "accordance with the law of the requested Party.",
         [ev("refusal_grounds", "refuse", "optional"), ev("domestic_law", "accordance with the law", "required")]),
        # sanctions "effective, proportionate and dissuasive" are not proportionality
        ("punishable by effective, proportionate and dissuasive sanctions", []),
        # domestic law as the place of implementation is not a safeguard
        ("to establish as criminal offences under its domestic law the access", [ev("defined", "establish as criminal offences")]),
        # a bare cross-reference carries no label of its own
        ("The powers referred to in this article shall be subject to Articles 14 and 15.", []),
        # "public or private entity" is not privacy
        ("any public or private entity that provides a service", []),
        # private life is privacy
        ("respect for the private life of the persons concerned",
         [ev("data_protection", "private life", "required")]),
        # judicial oversight worded as review, appeal, arrest before a judge, a judge's order
        ("The order shall be subject to review by a court or another independent body.",
         [ev("judicial_oversight", "subject to review by a court or another independent body", "required")]),
        ("Decisions of the authority may be appealed against to the competent court.",
         [ev("judicial_oversight", "may be appealed against to the competent court", "required")]),
        ("A person arrested shall be brought promptly before a judge.",
         [ev("judicial_oversight", "brought promptly before a judge", "required")]),
        ("Interception may be carried out only on the order of a judge.",
         [ev("judicial_oversight", "on the order of a judge", "required")]),
        # a court as the forum or the place of a hearing is no oversight
        ("officials may appear before a court in the requesting Party as witnesses", []),
        ("the person shall be presumed innocent until proved guilty before the Court",
         [ev("human_rights", "presumed innocent", "required")]),
        # proportionality: a power confined to specific cases, limits on its duration, force kept
        # to what is necessary; not a deadline for a duty, a penalty threshold or a standard of proof
        ("for the purpose of specific criminal investigations or proceedings",
         [ev("proportionality", "specific criminal investigations", "required")]),
        ("subject to limits on the duration of the power",
         [ev("proportionality", "limits on the duration", "required")]),
        ("Any force used shall be proportional to the objective and the minimum reasonably necessary.",
         [ev("proportionality", "proportional to the objective and the minimum reasonably necessary", "required")]),
        ("shall verify within a reasonable time the validity of the documents", []),
        ("punishable by deprivation of liberty for a maximum period of at least one year",
         [ev("serious", "deprivation of liberty for a maximum period of at least one year")]),
        ("the information provides a reasonable basis to believe that a crime has been committed", []),
        # human rights: ne bis in idem, humane treatment, consent and dignity of the person, the
        # right to decline testimony
        ("the principle of ne bis in idem", [ev("human_rights", "ne bis in idem", "required"),
                                             ev("refusal_grounds", "ne bis in idem", "required")]),
        ("shall be treated humanely", [ev("human_rights", "humanely", "required")]),
        ("The transfer shall take place only if the person freely gives informed consent.",
         [ev("human_rights", "only if the person freely gives informed consent", "required")]),
        ("with due regard for the rights, safety and dignity of that person",
         [ev("human_rights", "rights, safety and dignity", "required")]),
        ("the witness may decline to give testimony where the law so permits",
         [ev("human_rights", "decline to give testimony", "optional"),
          ev("domestic_law", "law so permits", "optional")]),
        # non-discrimination worded without "on account of"
        ("shall be secured without discrimination on any ground such as sex, race, colour or religion",
         [ev("non_discrimination", "without discrimination on any ground such as sex, race, colour", "required")]),
        ("The measures shall be applied in a way that is not discriminatory to persons.",
         [ev("non_discrimination", "not discriminatory", "required")]),
        ("the request was motivated by considerations of race, religion or political opinion",
         [ev("non_discrimination", "considerations of race, religion", "required")]),
        # an action against offences based on racial or religious discrimination is excluded: a
        # protection of persons; racial discrimination named as the wrong a treaty fights (its
        # subject) protects no one against a measure (no non_discrimination)
        ("nothing shall authorise any action in respect of offences based on racial or religious discrimination",
         [ev("non_discrimination", "based on racial or religious discrimination", "required")]),
        ("Each State Party shall prohibit and bring to an end racial discrimination by any persons.", []),
        ("Public authorities shall not promote or incite racial discrimination.", []),
        # reciprocity left to the requested authority is a ground for refusal
        ("Compliance with such a request shall be at the discretion of the requested administration.",
         [ev("refusal_grounds", "Compliance with such a request shall be at the discretion", "required")]),
        # extraditable offences: a penalty threshold as the condition of a measure, but not the
        # treaty's own offences being included as extraditable
        ("controlled deliveries in criminal investigations into extraditable offences",
         [ev("serious", "extraditable offences")]),
        ("The offences set forth in article 2 shall be deemed to be included as extraditable offences in any "
         "extradition treaty.", [ev("defined", "offences set forth in article")]),
        # other: means-marked offences "carried out by means of an information system"
        ("any further criminal offences carried out by means of an information system",
         [ev("other", "offences carried out by means of an information")]),
        # defined: a person who "commits an offence", conduct "criminalised", offences "as set
        # forth in" or "within the scope of" the instrument
        ("Any person also commits an offence if that person attempts to commit such an act.",
         [ev("defined", "commits an offence if")]),
        ("shall ensure that the following intentional conduct is criminalised:",
         [ev("defined", "is criminalised")]),
        ("an attempt to commit an offence as set forth in paragraph 1 of this article",
         [ev("defined", "offence as set forth in paragraph")]),
        ("criminal acts within the scope of this Convention", [ev("defined", "acts within the scope of this Convention")]),
        # any: a generic offence restricted by a citation or a back-reference is no open tier
        ("with respect to any criminal offence referred to in paragraph 1 of this article",
         [ev("defined", "offence referred to in paragraph")]),
        ("in respect of any criminal offence to which this article applies", []),
        ("the conduct of investigations into crime by officers under a false identity", []),
        # serious: aims and elements are no threshold; a maximum penalty below a bound is one
        ("Considering that the fight against serious crime calls for modern methods", []),
        ("agreeing with one or more other persons to commit a serious crime", []),
        ("jurisdiction over the most serious crimes of concern to the community of States", []),
        ("where the maximum penalty in the requested State is less than two years of imprisonment",
         [ev("serious", "maximum penalty in the requested State is less than two years")]),
        # treaty: offences set out in an article of another instrument, not of this one
        ("the acts set out in Article 2 of the International Convention against the Taking of Hostages",
         [ev("treaty", "acts set out in Article 2 of the International")]),
        ("the offences set forth in article 3 of the present Convention",
         [ev("defined", "offences set forth in article")]),
        ("offences set forth in Article 1. The law of the State shall apply.",
         [ev("defined", "offences set forth in Article")]),
        ("The following acts shall be punishable:", [ev("defined", "acts shall be punishable")]),
        # defined: offences established by a subparagraph, infringements established by the
        # instrument, an offence that "is within the scope of" it
        ("property derived from an offence established in accordance with subparagraph (a) of this paragraph",
         [ev("defined", "offence established in accordance with subparagraph")]),
        ("to punish infringements established in accordance with this Convention by fines",
         [ev("defined", "infringements established in accordance with this")]),
        ("assistance shall be afforded where the offence is within the scope of this Convention",
         [ev("defined", "is within the scope of this Convention")]),
        ("criminal matters within the scope of this Convention", [ev("defined", "criminal matters within the scope of this Convention")]),
        # any: every act dealt with under the criminal law; any offence a Party's law applies to
        ("'offence' comprises acts dealt with under the criminal law of the Parties",
         [ev("any", "dealt with under the criminal law")]),
        ("competence to prosecute any offence to which the law of another Party is applicable",
         [ev("any", "offence to which the law of")]),
        # an offence no consideration of a racial or religious nature can justify: no protection
        # of a person against a request (no non_discrimination)
        ("such acts are under no circumstances justifiable by considerations of a political, racial or "
         "religious nature", []),
        # defined: "the offences in article 7" cites the instrument's own article; an article of
        # another instrument is treaty, not also defined
        ("The offences in article 7 shall be deemed to be included as extraditable offences.",
         [ev("defined", "offences in article 7")]),
        ("the offences in article 3 of the Vienna Convention of 1988",
         [ev("treaty", "offences in article 3 of the Vienna")]),
        ("the offences set forth in article 3 of the Vienna Convention of 1988",
         [ev("treaty", "offences set forth in article 3 of the Vienna")]),
        # defined: the offences described in this article (an explicit citation, no back-reference)
        ("each Party shall make the offences described in this article punishable by fines",
         [ev("defined", "offences described in this article")]),
        # wordings first met in treaties read blind (2026-12-03): a citation set off by a comma,
        # conduct that "shall be punishable offences", an offence "not sufficiently serious" as
        # a ground, conduct "liable to prosecution under the criminal law" of a Party
        ("equipment used in committing any of the offences, referred to in article 5, shall be liable to seizure",
         [ev("defined", "offences, referred to in article")]),
        ("the sale of the substances listed in the annex shall be punishable offences when committed intentionally",
         [ev("defined", "shall be punishable offences")]),
        ("Extradition may be refused where the offence is not sufficiently serious.",
         [ev("refusal_grounds", "refused", "optional"), ev("serious", "sufficiently serious")]),
        ("assistance in respect of conduct liable to prosecution under the criminal law of the requesting State",
         [ev("any", "liable to prosecution under the criminal law")]),
        # ... a State's laws or practice that permit, its legal and administrative systems, a
        # measure at variance with its own laws (domestic_law); a treaty not construed to oblige
        # (refusal_grounds, optional); information treated as secret (use_limitation); rights
        # and safeguards secured to persons (human_rights: domestic law as the source of a person's
        # rights is no domestic_law)
        ("The requested State may grant a delay if its laws or administrative practice permit it to do so.",
         [ev("domestic_law", "its laws or administrative practice permit", "required")]),
        ("Having due regard to their constitutional, legal and administrative systems, the Parties shall "
         "assist each other in the transmission of evidence.",
         [ev("domestic_law", "regard to their constitutional, legal and administrative systems", "required")]),
        # (the adverb: "Consistently with their domestic legal and administrative systems, States
        # Parties shall work closely together", a draft read blind in session 38)
        ("Consistently with their domestic legal and administrative systems, States Parties shall work "
         "closely together.",
         [ev("domestic_law", "Consistently with their domestic legal and administrative systems", "required")]),
        ("to take measures at variance with its own laws or administrative practice;",
         [ev("domestic_law", "variance with its own laws", "required")]),
        ("This Agreement shall not be construed so as to impose on the requested Party the obligation:",
         [ev("refusal_grounds", "construed so as to impose on the requested Party the obligation", "optional")]),
        ("Information received under this Agreement shall be treated as secret by the receiving Party.",
         [ev("use_limitation", "treated as secret", "required")]),
        ("Nothing in this Agreement shall affect the rights and safeguards secured to persons by the laws of "
         "the requested Party.",
         [ev("human_rights", "rights and safeguards secured", "required")]),
        # other: crime marked by the means used, "modern technology" among them; a means that
        # describes the conduct of the instrument's own offence is no offence marked by it
        ("to respond to organized crime committed through the use of modern technology",
         [ev("other", "crime committed through the use of modern")]),
        ("offences committed through information and communication technologies",
         [ev("other", "offences committed through information and communication technologies")]),
        ("the intentional proposal, through information and communication technologies, of a meeting with a child",
         []),
        # ... and in the Hague evidence convention (its rows now taught): a defence right worded
        # without "right" (represented, a language the person understands; not victims'
        # information), a reservation that a State "will not execute" (refusal, optional), an act
        # not forbidden by the law of the State (domestic_law)
        ("The person concerned may be legally represented.", [ev("human_rights", "legally represented", "required")]),
        ("The summons shall be served in a language which the person understands.",
         [ev("human_rights", "language which the person understands", "required")]),
        ("information to victims in a language that they can understand", []),
        ("A Party may declare that it will not execute requests for the search of premises.",
         [ev("refusal_grounds", "will not execute", "optional")]),
        ("A State may at the time of signature or accession declare that it will not execute such letters.",
         [ev("refusal_grounds", "will not execute", "optional")]),
        ("if the act is not forbidden by the law of the State where the evidence is taken",
         [ev("domestic_law", "forbidden by the law of the State", "required")]),
        # defined: conduct "made by each State Party a crime under its national law" (the UN
        # personnel convention's blind miss; the protected persons convention's gold has it)
        ("a threat to commit any such attack shall be made by each State Party a crime under its national law.",
         [ev("defined", "made by each State Party a crime under its")]),
        # defined: "the offences it has established in accordance with article 3" (a citation with
        # the establishing Party between; 4 gold clauses, all defined)
        ("to establish its jurisdiction over the offences it has established in accordance with article 3, when:",
         [ev("defined", "offences it has established in accordance with article")]),
        # domestic_law: measures, with an example in between, under national law; the law of the
        # State requested applies (not the requesting State's)
        ("shall take the appropriate measures, including custody, under its national law to ensure his presence",
         [ev("domestic_law", "measures, including custody, under its national law", "required")]),
        ("The law of the State requested shall apply in every case.",
         [ev("domestic_law", "law of the State requested shall apply", "required")]),
        ("The law of the requesting State shall apply to the proceedings.", []),
        # defined: a court's statute names its own crimes by its jurisdiction
        ("The Registry shall assist States in the prosecution of crimes within the jurisdiction of the Court.",
         [ev("defined", "crimes within the jurisdiction of the Court")]),
        ("shall not be considered as political crimes for the purpose of extradition",
         [ev("refusal_grounds", "political crimes", "waived")]),
        # human rights: rights of a person during an investigation or trial, consular access,
        # ne bis in idem, the impact of powers on the rights of others, the person's consent
        ("Any person who is questioned shall have the right to remain silent and shall not be compelled to "
         "incriminate himself or herself.",
         [ev("human_rights", "remain silent", "required"),
          ev("human_rights", "compelled to incriminate himself", "required")]),
        ("The accused shall be entitled to legal assistance of his or her own choosing and to the assistance "
         "of a competent interpreter.",
         [ev("human_rights", "entitled to legal assistance of his or her own choosing and to the assistance of a competent interpreter", "required")]),
        ("Every person charged shall be informed promptly of the charges against him and shall be tried "
         "without undue delay.",
         [ev("human_rights", "informed promptly of the charges", "required"),
          ev("human_rights", "tried without undue delay", "required")]),
        ("The person shall have a fair and public hearing.", [ev("human_rights", "fair and public hearing", "required")]),
        ("Any person regarding whom the measures referred to in paragraph 1 are being taken shall be entitled to:",
         [ev("human_rights", "being taken shall be entitled", "required")]),
        ("A person finally acquitted in one Party may neither be prosecuted nor punished in another Party for "
         "the same acts.",
         [ev("human_rights", "acquitted", "required"), ev("human_rights", "neither be prosecuted nor", "required")]),
        ("Each Party shall consider the impact of the powers in this Chapter upon the rights and legitimate "
         "interests of third parties.",
         [ev("human_rights", "impact of the powers in this Chapter upon the rights and legitimate interests of third parties", "required")]),
        ("The transfer shall not take place where the sentenced person does not consent.",
         [ev("human_rights", "person does not consent", "required")]),
        ("The rights referred to in paragraph 3 shall be exercised subject to the proviso that full effect is "
         "given to their purposes.",
         [ev("human_rights", "rights referred to in paragraph 3 shall be exercised", "required")]),
        # ... not: remedies exhausted before a committee, compensation of a vessel, support to victims
        ("The Committee shall consider a communication only after all available domestic remedies have been "
         "exhausted.", []),
        ("The vessel shall be compensated for any loss or damage sustained.", []),
        ("Each Party shall take measures to protect the interests of victims.", []),
        # ... nor a recalled instrument, a body's name or an expert's field
        ("Bearing in mind the Convention for the Protection of Human Rights and Fundamental Freedoms;", []),
        ("The Commissioner for Human Rights shall appoint a representative to the committee.", []),
        ("experts of recognised competence in the field of human rights", []),
        # ... but a measure bound by that instrument is
        ("in accordance with the Convention for the Protection of Human Rights and Fundamental Freedoms, each "
         "Party shall ensure that the person is heard",
         [ev("human_rights", "Human Rights and Fundamental Freedoms", "required")]),
        # judicial oversight: a judge's or court's authorisation, appeal, warrant, periodic review,
        # attendance at a hearing
        ("Such measures may be taken only with the prior authorisation of a judge.",
         [ev("judicial_oversight", "authorisation of a judge", "required")]),
        ("A decision ordering the preservation may be appealed by the person concerned.",
         [ev("judicial_oversight", "may be appealed", "required")]),
        ("The request shall be accompanied by a warrant of arrest issued by a judicial authority.",
         [ev("judicial_oversight", "issued by a judicial", "required")]),
        ("The Pre-Trial Chamber may issue a warrant of arrest on the application of the Prosecutor.",
         [ev("judicial_oversight", "Chamber may issue a warrant", "required")]),
        ("The Court shall periodically review its ruling on the detention of the person.",
         [ev("judicial_oversight", "Court shall periodically review its ruling", "required")]),
        ("The hearing shall be conducted by a judicial authority of the requesting Party and attended by a "
         "judicial authority of the requested Party.",
         [ev("judicial_oversight", "attended by a judicial authority of the requested", "required")]),
        # ... not: a named supervisory body, judicial supervision as a sanction, a court as the forum
        ("Members of the Joint Supervisory Body shall enjoy immunity from legal process.", []),
        ("placing under judicial supervision;", []),
        ("the grounds for refusal become apparent before the case is brought before a court",
         [ev("refusal_grounds", "refusal", "required")]),
    ],
)
def test_evidence_and_polarity(patterns_nlp, text, expected):
    assert evidence(patterns_nlp, text) == expected


def ref(article=None, paragraph=None, subparagraph=None, kind="mention", external=False):
    return (article, paragraph, subparagraph, kind, external)


@pytest.fixture(scope="module")
def grammar():
    return ReferenceGrammar(read_reference_grammar())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a single article, subjected to
        ("shall be subject to Article 14", [ref("14", kind="subject_to")]),
        # two articles
        ("shall be subject to Articles 14 and 15", [ref("14", kind="subject_to"), ref("15", kind="subject_to")]),
        # a range with "to" is expanded (a scope phrase: a mention, not inheritance)
        ("offences established in accordance with articles 6 to 8",
         [ref("6"), ref("7"), ref("8")]),
        # a range with "through"
        ("offences established in accordance with Articles 2 through 4", [ref("2"), ref("3"), ref("4")]),
        # article and paragraph
        ("on the basis of the grounds contained in article 40, paragraph 21",
         [ref("40", "21", kind="subject_to")]),
        # paragraph of this article: article left for the caller
        ("referred to in paragraph 1 of this article", [ref(None, "1")]),
        # subparagraph of this paragraph
        ("the measures in subparagraph (b) of this paragraph", [ref(None, "this", "b")]),
        # "in accordance with article 36" subjects the clause to the article
        ("shall be dealt with in accordance with article 36", [ref("36", kind="subject_to")]),
        # a target in another instrument is external
        ("the right provided for in Article 2 (a) of the European Convention on Extradition",
         [ref("2", None, "a", external=True)]),
        # paragraph with a dotted item
        ("pursuant to paragraph 1.a", [ref(None, "1", "a", kind="subject_to")]),
        # numbers spelled out, as a translation writes them (a range expanded, a second head)
        ("the offences stipulated in Articles Five to Seven", [ref("5"), ref("6"), ref("7")]),
        ("subject to Article Twenty-Six", [ref("26", kind="subject_to")]),
        ("the grounds set out in paragraph 2 of Article Nineteen", [ref("19", "2", kind="subject_to")]),
        # ... but only in a list that opens with one: "One" after a figure is a word of the sentence
        ("in accordance with Article 3, One of the Parties", [ref("3", kind="subject_to")]),
        # a civil-law translation's "para." and its items "no." (session 40)
        ("may be withheld only on the grounds set out in Art. 16 para. 4", [ref("16", "4", kind="subject_to")]),
        ("the offences referred to in Art. 5 para. 1 no. 4 and Art. 6 no. 2", [ref("5", "1", "4"), ref("6", "2")]),
        ("requests under Art. 7 paras. 2 and 3", [ref("7", "2"), ref("7", "3")]),
        # an article numbered with its title's code is its number (session 42); a roman "IV.8" is none
        ("the grounds listed in Article LAW.SURR.79(2)", [ref("79", "2", kind="subject_to")]),
        ("the offences set out in Articles LAW.CYB.37 to LAW.CYB.39 and point (c) of Article LAW.PNR.20(1)",
         [ref("37"), ref("38"), ref("39"), ref("20", "1")]),
        ("in accordance with Article IV.8", []),
        # an article numbered by its Part, "II-4" (session 43): a range within one Part is expanded
        ("offences established in accordance with Articles II-1 to II-3 and Article IV-2(1)(b)",
         [ref("II-1"), ref("II-2"), ref("II-3"), ref("IV-2", "1", "b")]),
        ("subject to paragraph 3 of Article III-7", [ref("III-7", "3", kind="subject_to")]),
        # an article or paragraph an amending protocol inserted (session 43)
        ("the conditions set out in Article 6a, paragraph 2.b, and paragraph 2a of this Article",
         [ref("6a", "2", "b", kind="subject_to"), ref(None, "2a")]),
        # a civil-law text's sections, "§ 3 (1) point 1", "§§ 9 to 11" (session 43)
        ("the authorities referred to in § 3 (1) point 1 and subject to §§ 9 to 10",
         [ref("3", "1", "1"), ref("9", kind="subject_to"), ref("10", kind="subject_to")]),
        # a continental compilation's letters, "let. a and c-e" (a range of letters expanded), and a French
        # text's "point 3°" (session 44)
        ("Art. 7 para. 3 let. a and c-e apply by analogy; the offences under para. 2 let. b",
         [ref("7", "3", "a"), ref("7", "3", "c"), ref("7", "3", "d"), ref("7", "3", "e"), ref(None, "2", "b")]),
        ("the authorities referred to in Article 6, paragraph 2, point 3°", [ref("6", "2", "3")]),
        ("offences referred to in Article 4, paragraph 2, letters a to c", [ref("4", "2", "a"), ref("4", "2", "b"),
                                                                         ref("4", "2", "c")]),
    ],
)
def test_reference_parsing(grammar, text, expected):
    got = [(r.article, r.paragraph, r.subparagraph, r.kind, r.external) for r in parse_references(text, grammar)]
    assert got == expected


def test_reference_offsets_point_at_the_words(grammar):
    text = "These powers shall be subject to Articles 14 and 15."
    r = parse_references(text, grammar)[0]
    assert isinstance(r, CrossReference)
    assert text[r.start:r.end] == "Articles 14 and 15"


def test_pipeline_has_no_downloaded_model(patterns_nlp):
    assert patterns_nlp.lang == "en"
    assert patterns_nlp.meta.get("name") in (None, "pipeline", "")
    assert "lemmatizer" in patterns_nlp.pipe_names
    assert patterns_nlp("offences")[0].lemma_ == "offence"


@pytest.mark.parametrize(
    ("label", "text", "words", "expected"),
    [
        # the label's own words nearest the n-gram that weighed most, not the n-gram "If the"
        ("refusal_grounds", "If the request concerns a political offence, the requested State may decline it.",
         (0, 6), "political offence"),
        # "domestic law", not the n-gram "legal"
        ("domestic_law", "Such legal assistance shall be given as provided by its domestic law.", (5, 10),
         "its domestic law"),
        # of two occurrences, the one nearer the n-gram
        ("data_protection", "Privacy is protected. The personal data received shall be kept apart.", (26, 34),
         "personal data"),
        # none of the label's words: the n-gram, when it has a word of substance
        ("human_rights", "No one shall be subjected to torture.", (29, 36), "torture"),
        # none, and an n-gram of function words: the whole clause
        ("use_limitation", "It shall be so.", (0, 2), "It shall be so."),
        # a space in the label's words matches a line break
        ("domestic_law", "in accordance with its\ndomestic law", None, "its\ndomestic law"),
    ],
)
def test_readable_evidence(label, text, words, expected):
    start, end = readable_evidence(label, text, words)
    assert text[start:end] == expected


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # a cue before the words, in their sentence part
        ("The requested Party may refuse assistance where the person would face torture.", "torture", "optional"),
        # a plain modal nearer than any cue
        ("A Party may refuse; the request shall be kept confidential.", "confidential", "required"),
        # a waiver after the words, before any comma
        ("Dual criminality shall not be required.", "Dual criminality", "waived"),
    ],
)
def test_polarity_of_words_the_classifier_found(patterns_nlp, text, words, expected):
    doc = patterns_nlp(text)
    start = text.index(words)
    assert polarity_at(doc, start, start + len(words)) == expected


# Error study of 2026-12-03 (afternoon): proportionality, domestic_law, refusal_grounds,
# use_limitation, data_protection. Sentences written for the tests, in treaty style.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # proportionality: a power confined to specific cases, necessity tests, return limits
        ("Decisions to use covert agents shall be taken on a case-by-case basis by the competent authorities.",
         [ev("proportionality", "taken on a case-by-case basis", "required")]),
        ("Officials of the requesting authority may, in specific cases, be present at the inquiry.",
         [ev("proportionality", "in specific cases", "required")]),
        ("Original records shall only be requested in cases where certified copies would be insufficient.",
         [ev("proportionality", "only be requested in cases where", "required")]),
        ("The seized documents shall be returned as soon as possible.",
         [ev("proportionality", "returned as soon as possible", "required")]),
        ("The visiting officers shall act in an advisory capacity only.",
         [ev("proportionality", "act in an advisory capacity", "required")]),
        ("The Parties shall avoid a vessel being unduly detained.",
         [ev("proportionality", "unduly detained", "required")]),
        ("Custody shall not be continued beyond the date of the hearing.",
         [ev("proportionality", "not be continued beyond", "required")]),
        ("The sanction shall in no case be more severe than the one imposed.",
         [ev("proportionality", "more severe than", "required")]),
        # a jurisdiction reservation is no limit on a power
        ("A Party may reserve the right to apply only in specific cases or conditions the rules of paragraph 1.", []),
        # domestic_law: the requested State's law decides how a measure is executed
        ("The transfer of the property shall be governed by the law of the requested State.",
         [ev("domestic_law", "governed by the law of the requested", "required")]),
        ("Assistance shall be rendered in accordance with the legal and administrative provisions of the requested Party.",
         [ev("domestic_law", "accordance with the legal and administrative provisions", "required")]),
        ("The inquiry shall be conducted subject to the provisions of its domestic law.",
         [ev("domestic_law", "subject to the provisions of its domestic law", "required")]),
        ("The action would be prohibited by its law in a similar domestic case.",
         [ev("domestic_law", "similar domestic case", "required")]),
        # not domestic_law: a jurisdiction saving clause, the form of corporate liability, the source of rights
        ("This Protocol does not exclude any criminal jurisdiction exercised by a Party in accordance with its national law.",
         []),
        ("Subject to the legal principles of the Party, the liability of a legal person may be civil or administrative.",
         []),
        # (the rights themselves are human_rights: codebook, "Domestic law binds measures only")
        ("The person shall enjoy all rights and guarantees provided by the law of the State where he is present.",
         [ev("human_rights", "enjoy all rights and guarantees", "required")]),
        # refusal_grounds: withholding, not taking action, the duty to assist not covering a case
        ("Disclosure of the data may only be withheld if the request concerns a political offence.",
         [ev("refusal_grounds", "be withheld if the request concerns a political offence", "optional")]),
        ("The requested State shall not take action on the request if the time limit has expired.",
         [ev("refusal_grounds", "not take action on the request", "required")]),
        # use_limitation: safe conduct of a transferred person, purpose limitation, onward transfer
        ("The witness shall not be prosecuted or detained for acts preceding his departure.",
         [ev("use_limitation", "not be prosecuted or", "required")]),
        ("Information received under this Agreement shall be used solely for the purposes of this Agreement.",
         [ev("use_limitation", "Information received under this Agreement shall be used solely for the purposes", "required")]),
        ("The receiving Party shall comply with any restrictions on its use.",
         [ev("use_limitation", "restrictions on its use", "required")]),
    ],
)
def test_error_study_afternoon(patterns_nlp, text, expected):
    assert evidence(patterns_nlp, text) == expected


# Error study of 2026-12-03 (afternoon, recall): human_rights, data_protection, use_limitation.
# Sentences written for the tests, in treaty style.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # use_limitation: purpose limitation, onward transfer, consent to a further use
        ("Documents obtained under this Agreement shall only be used for the purposes stated in the request.",
         [ev("use_limitation", "Documents obtained under this Agreement shall only be used", "required")]),
        # ... not: what is not supplied between Parties (vehicles, force) used only for a purpose
        ("Such vehicles may only be used by the staff of the Organisation.", []),
        ("The receiving authority may use the data only for the purpose for which they were supplied.",
         [ev("use_limitation", "use the data only for the purpose", "required")]),
        ("The information shall not be used for any other purpose.",
         [ev("use_limitation", "not be used for any other purpose", "required")]),
        ("Information received under this Article shall not be communicated to other authorities.",
         [ev("use_limitation", "not be communicated", "required")]),
        ("The authority which supplied the information shall not refuse its consent to such use.",
         [ev("refusal_grounds", "refuse", "waived"), ev("use_limitation", "consent to such use", "waived")]),
        ("Such transmission shall require the consent of the State which supplied the evidence.",
         [ev("use_limitation", "transmission shall require the consent", "required")]),
        ("The requested Party may make the supply of information dependent on the condition that it is not used "
         "for other investigations.",
         [ev("use_limitation", "supply of information dependent on the condition", "optional")]),
        ("This paragraph shall not preclude the disclosure of the information in criminal proceedings.",
         [ev("use_limitation", "preclude the disclosure", "waived")]),
        ("Copies of the statements shall be subjected to the same official secrecy as applies to similar documents "
         "in that State.", [ev("use_limitation", "official secrecy", "required")]),
        ("The Requesting Party shall observe any conditions imposed by the Requested Party on the seized material.",
         [ev("use_limitation", "observe any conditions imposed", "required")]),
        # ... speciality for persons: proceedings, re-surrender, restraint, lapse of the immunity
        ("The extradited person shall only be proceeded against for an offence for which extradition could be granted.",
         [ev("use_limitation", "only be proceeded against", "required")]),
        ("The requesting Party shall not surrender the person to a third State for offences committed before his "
         "surrender.", [ev("use_limitation", "surrender the person to a third State for offences committed before his surrender", "required")]),
        ("The witness shall not be subjected to any punishment or measure of restraint in the requesting State.",
         [ev("use_limitation", "punishment or measure of restraint", "required")]),
        ("The immunity shall cease when the person, having had an opportunity of leaving, has remained in the "
         "territory or, having left it, has returned.",
         [ev("use_limitation", "opportunity of leaving, has remained in the territory or, having left it", "required")]),
        # data_protection: rectification, erasure, accuracy, the data subject
        ("The receiving authority shall correct inaccurate data and destroy data that should not have been supplied.",
         [ev("data_protection", "correct inaccurate data and destroy data", "required")]),
        ("The data subject shall be entitled to obtain rectification or erasure of such data.",
         [ev("data_protection", "data subject", "required"),
          ev("data_protection", "rectification or erasure of such data", "required")]),
        ("The supplying authority shall ensure the accuracy of the data transmitted.",
         [ev("data_protection", "accuracy of the data", "required")]),
        ("Personal data shall be deleted as soon as they are no longer needed.",
         [ev("data_protection", "Personal data shall be deleted", "required")]),
        # ... not: a definition, a duty to exchange legislation, the privacy of victims (victim support)
        ('"personal data" means any information relating to an identified or identifiable natural person '
         '("data subject");', []),
        ("The Parties shall provide each other with their legislation concerning personal data protection.", []),
        ("Each State shall protect the privacy and identity of victims of trafficking.", []),
        ("Each Party may apply this Convention to personal data files which are not processed automatically.", []),
        # use_limitation, not: confidentiality as the interest an offence harms, a request's contents
        ("offences against the confidentiality, integrity and availability of computer data and systems", []),
        ("any requirements for confidentiality and the reasons therefor;", []),
        # human_rights: ne bis in idem items, remedies for unfounded measures, defence rights
        ("if the sanction imposed has been completely enforced or is being enforced;",
         [ev("human_rights", "has been completely enforced", "required")]),
        ("if the sanction has been the subject of a pardon or an amnesty;",
         [ev("human_rights", "subject of a pardon or an amnesty", "required")]),
        ("if the court convicted the offender without imposing a sanction.",
         [ev("human_rights", "convicted the offender without imposing a sanction", "required")]),
        ("Where the grounds for the boarding prove to be unfounded, the flag State shall be notified.",
         [ev("human_rights", "prove to be unfounded", "required")]),
        ("The papers shall be accompanied by a translation where the addressee understands only another language.",
         [ev("human_rights", "addressee understands", "required")]),
        ("A hearing by video conference involving the accused shall only take place with his or her consent.",
         [ev("human_rights", "only take place with his or her consent", "required")]),
        ("Where only the convicted person has appealed, the sentence shall not be amended to his or her detriment.",
         [ev("human_rights", "to his or her detriment", "required")]),
        ("The administering State shall take into account the opinion of the sentenced person before agreeing to "
         "the transfer.", [ev("human_rights", "account the opinion of the sentenced", "required")]),
        ("The requested State shall pay due regard to whether his rights can be exercised in the requesting State.",
         [ev("human_rights", "his rights", "required")]),
        ("The person concerned shall be able to have the case tried by a court.",
         [ev("human_rights", "to have the case tried by a court", "required"),
          ev("judicial_oversight", "case tried by a court", "required")]),
        ("The master of a boarded vessel shall be entitled to communicate with the authorities of the flag State.",
         [ev("human_rights", "entitled to communicate", "required")]),
        ("The competent authority shall inform that person without delay of the request for his extradition.",
         [ev("human_rights", "inform that person without delay of the request", "required")]),
        ("The officers shall respect that person's rights during the transfer.",
         [ev("human_rights", "person's rights", "required")]),
        ("Nothing in this Agreement shall deprive any detained person of his right to have his detention reviewed.",
         [ev("human_rights", "deprive any detained person of his right", "required")]),
        ("The State entitled to exercise rights of protection shall be informed of the detention.",
         [ev("human_rights", "exercise rights of protection", "required")]),
        # ... not: an aim recital, the crime described as a violation of rights, a court's name, third parties
        ("Desirous of contributing to safeguard human rights and the rule of law;", []),
        ("Considering that the smuggling of migrants constitutes a violation of human rights;", []),
        ("Concerned that acts of piracy jeopardize fundamental freedoms;", []),
        ("The arbitrator shall be appointed by the President of the European Court of Human Rights.", []),
        ("This Agreement does not create any enforceable right for private persons.", []),
    ],
)
def test_error_study_recall(patterns_nlp, text, expected):
    assert evidence(patterns_nlp, text) == expected


def item_evidence(nlp, lead_in: str, item: str, tail: bool = False) -> list[tuple[str, str, str | None]]:
    """The evidence of an item (or a paragraph's tail) read under its lead-in."""
    from treatyscope.components.evidence import TAIL_KEY
    from treatyscope.extensions import CHAPEAU_KEY, TEXT_KEY

    doc = nlp.make_doc(item)
    doc.user_data[TEXT_KEY] = item
    doc.user_data[CHAPEAU_KEY] = lead_in
    doc.user_data[TAIL_KEY] = tail
    return [(label, words, polarity) for label, _, _, words, polarity in evidence_of(nlp(doc))]


@pytest.mark.parametrize(
    ("lead_in", "item", "tail", "expected"),
    [
        # every item of a refusal lead-in states a ground: its own words, governed by the lead-in
        ("Assistance may be refused:", "if the request concerns an offence committed outside its territory; or",
         False, [ev("refusal_grounds", "if the request concerns an offence committed outside its territory",
                    "optional")]),
        ("The requested State shall not take action on the request:", "if the person has been pardoned.",
         False, [ev("refusal_grounds", "if the person has been pardoned", "required")]),
        # an item whose own words carry the ground keeps them as its evidence
        ("Assistance may be refused:", "if execution would prejudice its essential interests;",
         False, [ev("refusal_grounds", "essential interests", "optional")]),
        # the text after the last item is no item of the lead-in
        ("Assistance may be refused:", "The requested Party shall inform the requesting Party promptly.", True, []),
        # a lead-in with no refusal gives its items nothing
        ("The request shall contain:", "the name of the authority conducting the investigation;", False, []),
        # the items continue the lead-in's last sentence: a ground waived in an earlier one is no
        # ground they state (a tax agreement read blind, 2026-12-06, session 30)
        ("The requested State shall not decline to provide the information on the ground of bank secrecy. If so "
         "requested, the requested State shall:",
         "specify the time and place for the taking of testimony;", False, []),
        ("The requested State shall provide the information. If the request is not in conformity with this "
         "Agreement, assistance may be refused:", "if the information is held by a bank;",
         False, [ev("refusal_grounds", "if the information is held by a bank", "optional")]),
        # items of a data-protection lead-in state its content
        ("Personal data transferred under this Agreement shall be:", "kept no longer than necessary;",
         False, [ev("data_protection", "kept no longer than necessary", "required"),
                 ev("proportionality", "no longer than necessary", "required")]),
    ],
)
def test_items_carry_the_ground_of_their_lead_in(patterns_nlp, lead_in, item, tail, expected):
    assert item_evidence(patterns_nlp, lead_in, item, tail) == expected


# Recall study of judicial_oversight and proportionality (2026-12-03, afternoon): wording that
# states the codebook's lines in any treaty. Sentences written for the tests, in treaty style.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # judicial_oversight: a judge issues or amends the warrant, a court decides the measure,
        # an authority responsible for compliance (a supervisory authority)
        ("The judge may, on the application of the public prosecutor, issue a warrant for the search of the premises.",
         [ev("judicial_oversight", "judge may, on the application of the public prosecutor, issue a warrant",
             "required")]),
        ("The court shall so amend the warrant if the conditions of paragraph 1 are met.",
         [ev("judicial_oversight", "court shall so amend the warrant", "required")]),
        ("The competent judicial authority of the requested State shall decide on the request for the freezing of the assets.",
         [ev("judicial_oversight", "judicial authority of the requested State shall decide", "required")]),
        ("Each Party shall designate one or more authorities to be responsible for ensuring compliance with the rules "
         "on the transfer of personal data.",
         [ev("judicial_oversight", "authorities to be responsible for ensuring compliance", "required"),
          ev("data_protection", "personal data", "required")]),
        # a judicial authority of the requesting Party that only takes evidence oversees nothing
        ("The judicial authorities of the requesting Party may examine the witness by video conference.", []),
        # proportionality: necessity tests on a power
        ("The officers shall not use force except when necessary to protect their own safety.",
         [ev("proportionality", "shall not use force except when necessary", "required")]),
        ("The requesting Party may take such action only where it is necessary for the execution of the request.",
         [ev("proportionality", "only where it is necessary for", "required")]),
        ("The requested State may, if it deems it necessary in order to prevent his escape, take the person into custody.",
         [ev("proportionality", "deems it necessary in", "required")]),
        ("The master may use restraint where it is immediately necessary to protect persons on board.",
         [ev("proportionality", "immediately necessary", "required")]),
        ("Provisional detention may be ordered if there is a risk of flight.",
         [ev("proportionality", "risk of flight", "required")]),
        ("The person may be arrested if there are reasons to fear that he will abscond.",
         [ev("proportionality", "fear that he will abscond", "required")]),
        # (the "may" of the arrest governs the span's end: optional, where the gold reads required)
        ("In case of urgency, the competent authorities of the requesting State may apply for the provisional arrest "
         "of the person sought.",
         [ev("proportionality", "urgency, the competent authorities of the requesting State may apply for the "
             "provisional arrest", "optional")]),
        ("The competent authority shall choose the least intrusive means available.",
         [ev("proportionality", "least intrusive means", "required")]),
        ("Information exchanged shall not go beyond what is necessary for the purpose of the request.",
         [ev("proportionality", "not go beyond what is necessary", "required")]),
        ("The data collected shall be no more than is necessary for the investigation.",
         [ev("proportionality", "no more than is necessary", "required")]),
        ("Any person with knowledge of the system may be ordered to provide, as is reasonable, the information needed "
         "to access the data.",
         [ev("proportionality", "as is reasonable", "required")]),
        # limits on the reach of a power
        ("The agreement between the flag State and the requesting State shall state the extent of the measures to be taken.",
         [ev("proportionality", "extent of the measures to be taken", "required")]),
        ("The boarding officers shall minimise any interference with the lawful activities of the vessel.",
         [ev("proportionality", "minimise any interference", "required")]),
        ("The Parties shall act so as to avoid undue delay of the vessel and its crew.",
         [ev("proportionality", "avoid undue delay", "required")]),
        # limits on its duration: return, lapse, time
        ("Documents handed over under this Treaty shall be returned to the requested State as soon as possible.",
         [ev("proportionality", "returned to the requested State as soon as possible", "required")]),
        ("When the hearing is over, the requesting State shall return the person without delay.",
         [ev("proportionality", "return the person without delay", "required")]),
        ("The transferred witness shall be promptly returned to the requested Party.",
         [ev("proportionality", "promptly returned", "required")]),
        ("The request shall state the date by which the person is to be returned.",
         [ev("proportionality", "date by which the person is to be returned", "required")]),
        ("The freezing measures shall lapse if no request for confiscation is received within sixty days.",
         [ev("proportionality", "measures shall lapse", "required")]),
        ("Such surveillance shall be limited in time.", [ev("proportionality", "limited in time", "required")]),
        # legality of a power
        ("No person shall be deprived of liberty except on such grounds and in accordance with such procedure as are "
         "established by law.",
         [ev("proportionality", "except on such grounds and in accordance with such procedure", "required")]),
        ("The measures shall respect the principle of legality.", [ev("proportionality", "legality", "required")]),
        # not proportionality: the reach of confidentiality, a return to owners, the legality of an act
        ("The requested Party shall keep the request confidential, except to the extent necessary to execute it.",
         [ev("use_limitation", "confidential", "required")]),
        ("The Parties shall without delay return the vessel and its cargo to the owners.", []),
        ("Nothing in this Convention addresses the legality of the use of force by States.", []),
    ],
)
def test_recall_study_oversight_and_proportionality(patterns_nlp, text, expected):
    assert evidence(patterns_nlp, text) == expected


@pytest.mark.parametrize(
    ("lead_in", "item", "expected"),
    [
        # a court's checklist: each item states what the court must verify
        ("The court dealing with the request shall satisfy itself:", "that the judgment is final;",
         [ev("judicial_oversight", "that the judgment is final", "required")]),
        # a necessity test completed by its items
        ("Detention of the person appears necessary:", "to ensure his appearance at the hearing; or",
         [ev("proportionality", "to ensure his appearance at the hearing", "required")]),
        # a lead-in that confines a power to cases or names an appeal does not state its items' content
        ("Officials of the requesting administration may, in specific cases:",
         "examine the records held by the requested administration;", []),
        ("A decision of the court may be appealed as follows:", "by the prosecutor, on a point of law;", []),
        # a court granted its powers: items that issue orders or warrants, authorise a step or
        # confirm charges are measures it orders (2026-12-06); other powers of the court, and the
        # same verbs of another actor, are none
        ("In addition to its other functions under this Statute, the Pre-Trial Chamber may:",
         "at the request of the Prosecutor, issue such orders and warrants as may be required for an investigation;",
         [ev("judicial_oversight", "issue such orders", "required")]),
        ("In addition to its other functions, the Pre-Trial Chamber may:",
         "authorize the Prosecutor to take specific investigative steps within the territory of a State;",
         [ev("judicial_oversight", "authorize the Prosecutor", "required")]),
        ("Based on its determination, the Pre-Trial Judge shall:",
         "confirm those charges for which it has found sufficient evidence;",
         [ev("judicial_oversight", "confirm those charges", "required")]),
        ("In addition to its other functions, the Pre-Trial Chamber may:",
         "provide for the protection and privacy of victims and witnesses;", []),
        ("Before the hearing, the Prosecutor may:", "issue such orders as the investigation requires;", []),
        ("The court shall determine whether:", "the warrant was issued lawfully; and", []),
    ],
)
def test_items_complete_a_checklist_or_necessity_lead_in(patterns_nlp, lead_in, item, expected):
    assert item_evidence(patterns_nlp, lead_in, item) == expected


def test_an_exception_to_speciality_waives_it(patterns_nlp):
    """Items of "shall not be proceeded against ... restricted in his personal freedom, except in
    the following cases:" state exceptions to the rule of speciality: waived."""
    lead_in = ("A person who has been surrendered shall not be proceeded against, nor be for any other reason "
               "restricted in his personal freedom, except in the following cases:")
    assert item_evidence(patterns_nlp, lead_in, "when the State which surrendered him consents;") == [
        ("use_limitation", "State which surrendered him", "waived")]
    assert item_evidence(patterns_nlp, lead_in, "when he has returned to that territory after leaving it.") == [
        ("use_limitation", "after leaving it", "waived")]
    assert evidence(patterns_nlp, lead_in) == [("use_limitation", "shall not be proceeded against", "required")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Drafts read blind (2026-12-03, night): other words for what the codebook names.
        # Establishing an offence: "make it a criminal offence", "criminalize", "declare ... punishable"
        ("Each Party shall make it a criminal offence to sell the access codes of another person.",
         [ev("defined", "make it a criminal offence")]),
        ("Each Party shall criminalize the wilful damaging of stored data.", [ev("defined", "shall criminalize")]),
        ("Each Party shall declare an offence punishable by law the financing of such acts.",
         [ev("defined", "declare an offence punishable")]),
        ("Each Party shall recognize membership of such groups as an offence punishable by law.",
         [ev("defined", "recognize membership of such groups as an offence punishable")]),
        # not establishing: making investigations of offences effective
        ("Desiring to make criminal investigations concerning criminal offences more effective,", []),
        # offences under other instruments with two modifiers; offences "whose punishment" is a court's
        ("The Parties shall co-operate in proceedings concerning offences established in accordance with other "
         "applicable international conventions.",
         [ev("treaty", "offences established in accordance with other applicable international conventions")]),
        ("Assistance shall also be given for offences whose punishment is a matter for the courts of the "
         "requesting Party.",
         [ev("any", "offences whose punishment")]),
        # victims described by the offences: no tier; seriousness beside the means: no `other`
        ("Each Party shall protect children who are victims of offences established under this article.", []),
        ("Predicate offences shall include other serious crimes committed by means of a computer system.",
         [ev("serious", "serious crimes")]),
        # domestic law deciding how far a measure goes, in words the patterns had not seen
        ("Each Party shall, as far as its domestic legal system allows, enable the confiscation of proceeds.",
         [ev("domestic_law", "as far as its domestic legal system allows", "required")]),
        ("The Party may, where its law allows, surrender the person.",
         [ev("domestic_law", "its law allows", "required")]),
        ("Access may be restricted under the domestic legal framework of the Party.",
         [ev("domestic_law", "under the domestic legal framework", "required")]),
        ("The measures shall be applied in conformity with, and subject to, the domestic law of each Party.",
         [ev("domestic_law", "subject to, the domestic law", "required")]),
        ("Nothing in this Treaty entitles a Party to perform functions that the law of the other Party reserves "
         "to its own authorities.",
         [ev("domestic_law", "reserves to its own authorities", "required")]),
        ("Assistance shall be afforded as fully as the relevant laws of the requested Party allow.",
         [ev("domestic_law", "as fully as the relevant laws of the requested Party allow", "required")]),
        ("Assistance may include any other form of help that the law of the requested State Party does not "
         "prohibit.",
         [ev("domestic_law", "law of the requested State Party does not prohibit", "required")]),
        ("The powers shall be subject to the conditions and safeguards of its domestic law.",
         [ev("domestic_law", "safeguards of its domestic law", "required")]),
        ("No decision shall be based solely on automated processing unless domestic law authorises it.",
         [ev("domestic_law", "unless domestic law authorises", "required")]),
        # dual criminality waived in words that name the Party's own domestic law
        ("The requested Party shall provide assistance even where the conduct is not an offence under its "
         "domestic law.",
         [ev("dual_criminality", "not an offence under its domestic law", "waived")]),
        ("A Party may extradite a person even if the conduct is not punishable under its own law.",
         [ev("dual_criminality", "not punishable under its own law", "waived")]),
        # oversight, proportionality, third parties, speciality and use
        ("Each Party shall have authorities exercising independent and effective oversight of the processing.",
         [ev("judicial_oversight", "independent and effective oversight", "required")]),
        ("A judicial authority of the requested Party shall attend the hearing.",
         [ev("judicial_oversight", "judicial authority of the requested Party shall attend", "required")]),
        ("The operation shall be authorised in advance by a competent judicial authority.",
         [ev("judicial_oversight", "authorised in advance by a competent judicial", "required")]),
        ("Data shall be kept only for as long as is necessary for the purpose.",
         [ev("proportionality", "as long as is necessary", "required")]),
        ("The order shall be reviewed at intervals not exceeding six months.",
         [ev("proportionality", "intervals not exceeding six months", "required")]),
        ("The team shall be set up for a specific purpose and a limited period.",
         [ev("proportionality", "specific purpose and a limited period", "required")]),
        ("Each Party shall weigh the legitimate interests of third parties.",
         [ev("human_rights", "legitimate interests of third parties", "required")]),
        ("A person surrendered shall not be prosecuted or detained for any offence committed before the "
         "surrender.",
         [ev("use_limitation", "not be prosecuted or detained for any offence committed before the surrender",
             "required")]),
        ("Personal data received may be used by the receiving Party only for that investigation.",
         [ev("data_protection", "Personal data", "required"),
          ev("use_limitation", "data received may be used by the receiving Party only", "required")]),
        # grounds worded as no obligation, an instruction not to disclose, a request not required to be met;
        # a duty to consult before refusing names none
        ("Nothing in this Agreement obliges a Party to co-operate where the request is political.",
         [ev("refusal_grounds", "Nothing in this Agreement obliges a Party to", "optional")]),
        ("The authority may instruct the provider not to disclose the data where disclosure would harm an "
         "investigation.",
         [ev("refusal_grounds", "instruct the provider not to disclose", "optional")]),
        ("A Party shall not be required to transfer data that its law on data protection does not allow to "
         "be transferred.",
         [ev("refusal_grounds", "shall not be required to transfer", "optional"),
          ev("data_protection", "data protection", "optional")]),
        ("Before refusing a request or postponing its execution, the requested Party shall consult the "
         "requesting Party.", []),
        # custody where the circumstances warrant it and are urgent; exposure to torture
        ("The requested Party may take the person into custody where the circumstances warrant it and are "
         "urgent.",
         [ev("proportionality", "circumstances warrant it and are urgent", "required")]),
        ("Extradition shall be refused if the person would be exposed to torture in the requesting Party.",
         [ev("refusal_grounds", "refused", "required"), ev("human_rights", "exposed to torture", "required")]),
        # two more drafts read blind (a bilateral treaty, a UN zero draft): speciality and safe conduct
        # worded around the surrender or the departure; use only for the stated purposes
        ("A person surrendered may not, in the requesting State, be prosecuted or punished for any offence "
         "committed prior to the surrender.",
         [ev("use_limitation", "committed prior to the surrender", "required")]),
        ("No witness may be prosecuted or detained there for acts committed before he left the requested State.",
         [ev("use_limitation", "committed before he left", "required")]),
        ("A witness shall not be detained for any act that preceded his or her departure from the requested State.",
         [ev("use_limitation", "preceded his or her departure", "required")]),
        ("Evidence furnished shall be used only for the proceedings described in the request.",
         [ev("use_limitation", "Evidence furnished shall be used only for the proceedings described in the request",
             "required")]),
        ("The person shall keep the existence of the order secret for the period its domestic law prescribes.",
         [ev("use_limitation", "keep the existence of the order secret", "required"),
          ev("domestic_law", "its domestic law prescribes", "required")]),
        # dual criminality in the requested State's words, and a tax "of the same type"
        ("Assistance shall not be refused on the ground that the conduct does not constitute an offence under the "
         "law of the requested State.",
         [ev("refusal_grounds", "refused", "waived"),
          ev("dual_criminality", "not constitute an offence under the law of the requested State", "waived")]),
        ("A search shall be executed only if the conduct would also constitute an offence under the law of the "
         "requested State.",
         [ev("dual_criminality", "would also constitute an offence under the law of the requested State", "required")]),
        ("A Party may extradite even where the conduct is not criminal under its own law.",
         [ev("dual_criminality", "not criminal under its own law", "waived")]),
        ("Extradition may not be refused because the requested State levies no tax of the same type.",
         [ev("refusal_grounds", "refused", "waived"), ev("dual_criminality", "tax of the same type", "waived")]),
        # redress before a court, humanitarian grounds, a retrial; domestic law in other words
        ("Each Party shall ensure access to effective administrative and judicial redress.",
         [ev("human_rights", "judicial redress", "required"), ev("judicial_oversight", "judicial redress", "required")]),
        ("Extradition may be refused on humanitarian considerations of age or health.",
         [ev("refusal_grounds", "refused", "optional"), ev("human_rights", "humanitarian considerations", "optional")]),
        ("The requested State may request information needed for the execution of the request under its law.",
         [ev("domestic_law", "execution of the request under its law", "optional")]),
        ("Personal data shall be processed subject to the protection afforded by the domestic law of the "
         "transmitting Party.",
         [ev("data_protection", "Personal data", "required"),
          ev("domestic_law", "protection afforded by the domestic law", "required")]),
        ("The teams shall act in accordance with this chapter and with their domestic law.",
         [ev("domestic_law", "and with their domestic law", "required")]),
        # a team for a defined purpose and a fixed period; offences a court of the requesting State may punish;
        # offences under other conventions; a request not obliged, or deferred
        ("The Parties may form a team for a defined purpose and a fixed period.",
         [ev("proportionality", "defined purpose and a fixed period", "required")]),
        ("Assistance shall be given in proceedings for offences which the judicial authorities of the requesting "
         "State are competent to punish.",
         [ev("any", "offences which the judicial authorities of the requesting State are competent to punish")]),
        ("Cooperation shall extend to offences established in accordance with other United Nations conventions.",
         [ev("treaty", "offences established in accordance with other United Nations conventions")]),
        ("This Convention does not oblige a State Party to extradite a national.",
         [ev("refusal_grounds", "not oblige a State Party to", "optional")]),
        ("The requested State Party may defer assistance where it would interfere with an investigation.",
         [ev("refusal_grounds", "may defer", "optional")]),
        # a sentence served abroad with the person's consent: a right of the person, no speciality;
        # a jurisdiction clause that names a refusal to extradite states no ground
        ("Such a transfer shall require the consent of the sentenced person.",
         [ev("human_rights", "consent of the sentenced person", "required")]),
        ("Each Party shall establish jurisdiction where the offender is in its territory and it declines to "
         "extradite him for the sole reason that he is one of its nationals.", []),
    ],
)
def test_error_study_drafts_read_blind(patterns_nlp, text, expected):
    assert evidence(patterns_nlp, text) == expected


def test_a_drafts_bracketed_alternatives_match_as_unbracketed(patterns_nlp):
    """The patterns read a negotiating draft's square brackets as blank (the words inside and
    around them match; the offsets are the text's own)."""
    from treatyscope.ingest import Document
    from treatyscope.pipeline import label_document

    text = ("Article 1\nInterception\nThe interception may be authorized only by a judge, for a period not "
            "exceeding [three months] [ninety days], in relation to [serious crimes] [any criminal offence].\n")
    labelled, _ = label_document(Document(doc_id="bracketed", text=text), nlp=patterns_nlp)
    clause = labelled.clauses[0]
    assert all(e.text == text[e.start:e.end] for e in clause.evidence)  # the text's own words
    assert [(e.label, e.text) for e in clause.evidence] == [
        ("judicial_oversight", "authorized only by a judge"),
        ("proportionality", "period not exceeding [three months"),
        ("serious", "serious crimes"),
        ("any", "any criminal offence"),
    ]


def test_a_markdown_links_last_word_is_a_word_of_its_own(patterns_nlp):
    """The corpus texts link other instruments ("[Vienna Convention on Consular Relations](...)");
    the patterns read the link's words without its brackets and address, so its last word matches
    ("Relations", not "Relations](") and the evidence is the text's own words."""
    from treatyscope.fast.tokens import matchable
    from treatyscope.ingest import Document
    from treatyscope.pipeline import label_document

    address = "../../verdrag/vienna/convention/on/consular/relations/README.md"
    sentence = ("Each Party shall meet its notification duties under the [Vienna Convention on Consular "
                f"Relations]({address}) [and Article 36].")
    assert matchable(sentence) == ("Each Party shall meet its notification duties under the  Vienna Convention on "
                                   "Consular Relations" + " " * len(f"]({address})") + "  and Article 36 .")
    text = "Article 1\nConsular notification\n" + sentence + "\n"
    labelled, _ = label_document(Document(doc_id="linked", text=text), nlp=patterns_nlp)
    assert [(e.label, e.text) for e in labelled.clauses[0].evidence] == [("human_rights", "Consular Relations")]


@pytest.mark.parametrize(("text", "expected"), [
    # a purpose clause names no tier (codebook, tier rules: "not in a purpose clause, an aim") ...
    ("The purpose of this Convention is to prevent and combat crimes committed by means of information and "
     "communications technology systems more effectively.", []),
    ("This Convention aims to enhance cooperation against offences committed by means of a computer system.", []),
    # ... "for the purposes of this Convention" opens no purpose clause, and the aim ends with its sentence
    ("For the purposes of this Convention, assistance shall be afforded in respect of any criminal offence.",
     [ev("any", "any criminal offence", None)]),
    ("The purpose of this article is to speed up assistance. It applies to any criminal offence.",
     [ev("any", "any criminal offence", None)]),
])
def test_a_purpose_clause_names_no_tier(patterns_nlp, text, expected):
    assert evidence(patterns_nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # use limitation: the data's use confined, refused, freed; speciality for persons and third States
    ("Data obtained under an order may be used by the Issuing Party solely for the prevention of covered offences.",
     [ev("use_limitation", "Data obtained under an order may be used by the Issuing Party solely", "required")]),
    ("The receiving Party may use personal data supplied under paragraph 2 solely for those purposes.",
     [ev("use_limitation", "use personal data supplied under paragraph 2 solely for", "required"),
      ev("data_protection", "personal data", "required")]),
    ("Where the review does not confirm the order, the Issuing Party shall not make use of the data.",
     [ev("use_limitation", "not make use", "required")]),
    ("Once disclosed in open court, the evidence may thereafter be used for any purpose.",
     [ev("use_limitation", "be used for any purpose", "waived")]),
    ("The material shall be used for no investigation or proceeding other than those named in the request.",
     [ev("use_limitation", "used for no investigation", "required")]),
    ("A person who declines to appear shall not on that account be exposed to any penalty or measure of "
     "compulsion.",
     [ev("use_limitation", "penalty or measure of compulsion", "required")]),  # no refusal: a person declines
    ("The person shall not be handed over to a third State without the consent of the sentencing State.",
     [ev("use_limitation", "not be handed over to a third", "required")]),
    ("The person shall not be prosecuted, tried or detained for any offence committed before the transfer.",
     [ev("use_limitation", "not be prosecuted, tried or detained for any offence committed before the transfer",
         "required")]),
    # proportionality: retention and custody no longer than their purpose, the least intrusive means
    ("Each Party shall not retain the data for longer than those purposes require.",
     [ev("proportionality", "longer than those purposes require", "required")]),
    ("The person may be held in custody only for as long as the transit requires.",
     [ev("proportionality", "as long as the transit requires", "required")]),
    ("The articles shall be returned as soon as they are no longer needed for the proceedings.",
     [ev("proportionality", "returned as soon as they are no longer needed for", "required")]),
    ("The order shall be confined, as regards the data it requires, to what is necessary for the investigation.",
     [ev("proportionality", "confined, as regards the data it requires, to what is necessary", "required")]),
    ("An interception order may be issued only where the information could not be obtained by a less "
     "intrusive method.",
     [ev("proportionality", "less intrusive", "required")]),
    ("The Party may process the data only in so far as necessary to carry out the comparison.",
     [ev("proportionality", "only in so far as necessary", "required")]),
    ("A person in custody shall in any event be released if the request is not received within forty days.",
     [ev("proportionality", "shall in any event be released if", "required")]),
    # domestic law deciding whether and how far a measure goes, in more words
    ("The Parties shall, to the extent that their respective laws permit, afford one another assistance.",
     [ev("domestic_law", "their respective laws permit", "required")]),
    ("Officials may attend the execution where the law of the requested Party does not forbid it.",
     [ev("domestic_law", "law of the requested Party does not forbid", "required")]),
    ("No provision of this Treaty authorises officials to perform any act which the law of that other Party "
     "confines to its own authorities.",
     [ev("domestic_law", "confines to its own authorities", "required")]),
    ("The requested State may provisionally arrest the person under the conditions of its own law.",
     [ev("domestic_law", "conditions of its own law", "required")]),
    ("Extradition shall remain subject to the conditions set by the domestic law of the requested State.",
     [ev("domestic_law", "conditions set by the domestic law", "required")]),
    # ... not: domestic law as the source of a person's rights
    ("Each Party shall assist any person resident abroad to exercise the rights conferred by its domestic law.",
     []),
    # human rights: torture in other words, a court to challenge a measure, the person's consent
    ("The supply shall be refused where it would expose the person to a real risk of torture.",
     [ev("refusal_grounds", "refused", "required"), ev("human_rights", "risk of torture", "required")]),
    ("A person against whom the data are used shall be entitled to challenge the lawfulness of that order "
     "before the courts of the Issuing Party.",
     [ev("human_rights", "challenge the lawfulness of that order before the courts", "required"),
      ev("judicial_oversight", "challenge the lawfulness of that order before the courts", "required")]),
    ("The person concerned may withdraw his or her consent at any time until the transfer is agreed.",
     [ev("human_rights", "withdraw his or her consent", "required")]),
    ("The suspected person shall be given an opportunity to make known his views on the transfer.",
     [ev("human_rights", "opportunity to make known his views", "required")]),
    # ... not: an opportunity a State is given to present its opinions
    ("Before refusing, the requested Party shall give the requesting Party ample opportunity to present its "
     "opinions.", []),
])
def test_error_study_drafts_read_blind_night(patterns_nlp, text, expected):
    """Wordings of the drafts read on 2026-12-04 (evening) that the patterns missed, and their
    unlabelled sides (docs/evaluation.md, "Three more drafts read blind (2026-12-04, night)")."""
    assert evidence(patterns_nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a power or cooperation serving the prevention or investigation of criminal offences, unrestricted
    ("Each Party shall keep a national register of DNA profiles to serve the investigation of criminal offences.",
     [ev("any", "serve the investigation of criminal offences")]),
    ("The contact points may search the register where this is needed to prevent or investigate a criminal "
     "offence.",
     [ev("any", "to prevent or investigate a criminal offence")]),
    ("The police services shall, on request, help one another to prevent and detect criminal offences.",
     [ev("any", "to prevent and detect criminal offences")]),
    ("Information may be exchanged for the purposes of the prevention, detection or prosecution of criminal "
     "offences.",
     [ev("any", "purposes of the prevention, detection or prosecution of criminal offences")]),
    ("A request may concern any conduct punishable under the criminal law of the requesting Party.",
     [ev("any", "any conduct punishable under")]),
    ("For offences other than the listed offences, surrender may be made subject to double criminality.",
     [ev("any", "offences other than the listed offences"), ev("dual_criminality", "double criminality", "optional")]),
    ("Assistance shall be afforded in proceedings concerning an offence against the laws of the requesting "
     "Party, the punishment of which falls within the jurisdiction of its judicial authorities.",
     [ev("any", "offence against the laws of the requesting Party, the punishment of which")]),
    # ... not: the treaty's own offences, a transfer's necessity test, facts of a case, an aim
    ("Each Party shall enable its authorities to prevent criminal offences established in accordance with this "
     "Convention.",
     [ev("defined", "offences established in accordance with this")]),
    ("The transfer is necessary for the prevention, investigation or prosecution of criminal offences.", []),
    ("Parties conducting investigations into criminal offences may set up a joint team.", []),
    ("Desiring to strengthen their cooperation in order to combat crime more effectively,", []),
])
def test_unrestricted_offences_in_police_cooperation_wording(patterns_nlp, text, expected):
    """`any` where investigating or preventing criminal offences, unrestricted, is what a power serves
    (codebook "Generic offences"; docs/evaluation.md, "Four treaties of new genres added to the gold")."""
    assert evidence(patterns_nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # domestic law: officers abroad bound by the host Party's laws; acts the laws do not forbid;
    # the requested State's provisions in force; the method its own laws make available
    ("While operating in the territory of another Party, the officers shall respect the laws of that Party.",
     [ev("domestic_law", "shall respect the laws of that Party", "required")]),
    ("The requested authority may take any further step not in violation of the laws of the requested State.",
     [ev("domestic_law", "not in violation of the laws", "required")]),
    ("The foreign order shall be recognised in accordance with the provisions in force in the requested State.",
     [ev("domestic_law", "provisions in force in the requested State", "required")]),
    ("Documents shall be served by the method available under its own laws that comes closest to the one "
     "requested.",
     [ev("domestic_law", "method available under its own laws", "required")]),
    # ... not: a mission member's duty to respect the host State's laws (no measure), nor a crime
    # defined "whether or not in violation of the domestic law" where it was committed
    ("Each member of the mission shall respect the laws and regulations of the host State.", []),
    ("Persecution on political grounds is covered whether or not in violation of the domestic law of the "
     "country where it was committed.", []),
    # human rights: the consent of the persons questioned, their rights in proceedings, their complaints
    ("Officials of the requesting State may question witnesses with the consent of the persons concerned.",
     [ev("human_rights", "with the consent of the persons concerned", "required")]),
    ("Nothing in this Agreement alters the rights and privileges due to any individual in criminal proceedings.",
     [ev("human_rights", "rights and privileges due to any individual", "required")]),
    ("The law of the administering State governs complaints or legal actions of prisoners about their detention.",
     [ev("human_rights", "complaints or legal actions of prisoners", "required")]),
    # ... not: the consent of a State
    ("Officials of the requesting State may be present only with the consent of the requested State.", []),
    # proportionality: force as a last resort, a stay capped in nights, recovery capped at a value
    ("Firearms may only be used if no other feasible means of stopping the vessel is available.",
     [ev("proportionality", "only be used if no other feasible means", "required")]),
    ("The prisoner may be held in a hospital outside the prison for not more than five nights.",
     [ev("proportionality", "not more than five nights", "required")]),
    ("Recovery against an heir is limited to the value of the property inherited.",
     [ev("proportionality", "limited to the value", "required")]),
])
def test_wordings_of_the_treaties_added_to_the_gold(patterns_nlp, text, expected):
    """Wordings of the four treaties of new genres added to the gold on 2026-12-04 that the
    patterns missed when the shipped model read them blind, and their unlabelled sides
    (docs/evaluation.md, "Four treaties of new genres added to the gold")."""
    assert evidence(patterns_nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # cross-border observation and hot pursuit: limits on a power's reach, duration and urgency, as the
    # gold reads the Second Additional Protocol on Mutual Assistance (17(2), 17(3)(e))
    ("The officers shall not enter private homes or places to which the public has no access.",
     [ev("proportionality", "not enter private homes or places to which the public", "required")]),
    ("The officers may neither challenge nor arrest the person under observation.",
     [ev("proportionality", "neither challenge nor arrest", "required")]),
    ("Where, for particularly urgent reasons, prior authorisation cannot be requested, the officers may "
     "continue the observation.",
     [ev("proportionality", "for particularly urgent reasons", "required")]),
    ("The officers shall break off the pursuit as soon as the local authorities so request.",
     [ev("proportionality", "break off the pursuit as soon as", "required")]),
    ("The pursuit may continue only within a zone of thirty kilometres from the border.",
     [ev("proportionality", "within a zone of thirty kilometres", "required")]),
    ("The team shall be formed for a defined purpose and for a fixed term, which the Parties may prolong.",
     [ev("proportionality", "defined purpose and for a fixed term", "required")]),
    # ... not: a distance that limits no power
    ("The Parties shall cooperate on surveys within the area of thirty kilometres of the coast.", []),
    # officers abroad bound by the law where they operate (as 17(3)(a) there); a court ordering the
    # measure; compensation of a person harmed by the officers (a remedy, as the gold reads
    # compensation for a boarding, BWBV0004141 26(1))
    ("The observing officers shall comply with the law of the Party on whose territory they are operating.",
     [ev("domestic_law", "law of the Party on whose territory", "required")]),
    ("The material may be taken where a court of the requesting Party has ordered the taking of it.",
     [ev("judicial_oversight", "court of the requesting Party has ordered the taking", "required")]),
    ("Any person who suffers damage as a result of the acts of foreign officers shall be compensated.",
     [ev("human_rights", "person who suffers damage", "required")]),
    # ... not: a court's order in a judgment
    ("The court has ordered the accused to pay the costs of the proceedings.", []),
])
def test_limits_of_cross_border_observation_and_pursuit(patterns_nlp, text, expected):
    """Limits of police powers exercised across a border (the police-cooperation draft read blind on
    2026-12-04, night; docs/evaluation.md, "Four treaties of new genres added to the gold")."""
    assert evidence(patterns_nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # surrender refused in other words: "no surrender shall take place", "shall not give rise to
    # surrender", an offence "political in character"; a person brought "without delay" before a judge
    ("No surrender shall take place for an offence which the requested State holds to be political in "
     "character.",
     [ev("refusal_grounds", "No surrender shall take place for an offence which the requested State holds to be political in character", "required")]),
    ("Conduct punishable only under military law shall not give rise to surrender.",
     [ev("refusal_grounds", "shall not give rise to surrender", "required")]),
    ("Every person arrested shall be brought without delay before a judge of the requested State.",
     [ev("judicial_oversight", "brought without delay before a judge", "required")]),
    # a penalty threshold worded as the sentence's upper limit
    ("Surrender shall be granted for conduct that carries a custodial sentence whose upper limit is one year "
     "or more.",
     [ev("serious", "upper limit is one year")]),
    # ... not: assistance withheld from perpetrators (no request refused)
    ("No assistance shall be given to the perpetrators of such acts.", []),
])
def test_refusal_and_oversight_of_surrender_in_other_words(patterns_nlp, text, expected):
    """The regional extradition draft's paraphrases (read blind on 2026-12-04, night; docs/evaluation.md,
    "Four treaties of new genres added to the gold"): no hit in the gold, whose features stay the same."""
    assert evidence(patterns_nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the four drafts read blind on 2026-12-05: offences established in the words of other
    # drafters, a sentence still to serve, other instruments' offences
    ("Each Party shall adopt such measures as may be necessary to ensure that the following acts constitute "
     "criminal offences when committed intentionally:",
     [ev("defined", "ensure that the following acts constitute criminal offences")]),
    ("Each Party shall make the following conduct, where unlawful and committed intentionally, a criminal "
     "offence under its domestic law:",
     [ev("defined", "make the following conduct, where unlawful and committed intentionally, a criminal offence")]),
    ("Extradition shall be granted only if not less than six months of the sentence remain to be served.",
     [ev("serious", "than six months of the sentence")]),
    ("Cooperation shall extend to offences established in implementation of the international agreements "
     "listed in Annex II.",
     [ev("treaty", "in implementation of the international agreements")]),
    ("In respect of offences other than Protocol offences, a Party may refuse a request for preservation.",
     [ev("any", "offences other than Protocol offences"), ev("refusal_grounds", "refuse", "optional")]),
    # conditions in other words
    ("Assistance shall be granted irrespective of whether the laws of the Parties place the conduct within "
     "the same category of offence.",
     [ev("dual_criminality", "within the same category", "waived")]),
    ("Extradition may be refused for an offense of a political character.",
     [ev("refusal_grounds", "refused for an offense of a political character", "optional")]),
    ("The requested Party shall carry out the request as its own law prescribes.",
     [ev("domestic_law", "as its own law prescribes", "required")]),
    ("Nothing authorises officers to perform any function which the national law of that Party confers "
     "exclusively on its own authorities.",
     [ev("domestic_law", "confers exclusively on its own authorities", "required")]),
    ("A search shall be made only in connection with a particular case.",
     [ev("proportionality", "only in connection with a particular case", "required")]),
    ("Each person shall keep the data only for the time needed, and never longer than [ninety] days.",
     [ev("proportionality", "never longer than [ninety] days", "required")]),
    ("No order shall compel any person to give evidence against himself.",
     [ev("human_rights", "evidence against himself", "required")]),
    ("The requesting Party shall not process the data for any purpose other than the comparison.",
     [ev("use_limitation", "for any purpose other than", "required")]),
    ("A service provider that helps to carry out an interception shall be bound to secrecy.",
     [ev("use_limitation", "bound to secrecy", "required")]),
    ("To guarantee data security, the technical specifications shall be regulated.",
     [ev("data_protection", "data security", "required")]),
    ("Processing shall be overseen by authorities that perform independent supervisory functions.",
     [ev("judicial_oversight", "independent supervisory functions", "required")]),
    # ... not: a data-protection law is no domestic law deciding the measure; keeping public order
    # is no ground of refusal
    ("Each Party shall process personal data in accordance with its domestic legal framework on the "
     "protection of personal data.",
     [ev("data_protection", "personal data", "required")]),
    ("Officers may take part in joint patrols with a view to maintaining public order.", []),
    # ... nor a particular case named as a fact
    ("The Court shall consider unwillingness in a particular case.", []),
    # the drafts' proportionality, studied on 2026-12-05 (afternoon): urgency far ahead of the
    # provisional arrest it allows, a person or property sent back by a date or as soon as
    # possible, a measure decided case by case, a detention capped in hours
    ("In case of urgency, and while the formal request is being prepared, the competent authorities may "
     "apply for the person sought to be placed under provisional arrest.",
     [ev("proportionality", "urgency, and while the formal request is being prepared, the competent authorities "
         "may apply for the person sought to be placed under provisional arrest", "optional")]),
    ("The person shall be sent back to the Requested State within the period agreed.",
     [ev("proportionality", "back to the Requested State within the period", "required")]),
    ("The requesting State shall send the property back, at no cost, as soon as possible once the trial is over.",
     [ev("proportionality", "back, at no cost, as soon as possible", "required")]),
    ("The receiving Party shall return that person as soon as circumstances permit.",
     [ev("proportionality", "return that person as soon as circumstances", "required")]),
    ("Whether a controlled delivery takes place shall be decided case by case by the competent authorities.",
     [ev("proportionality", "decided case by case", "required")]),
    ("That State may detain the person for up to ninety-six hours pending receipt of a request for transit.",
     [ev("proportionality", "detain the person for up to ninety-six hours", "required")]),
    # ... not: sharing on a regular or case-by-case basis, a meeting's length, a reply sent back
    ("The Parties shall consider sharing such property, on a regular or case by case basis.", []),
    ("Where no such agreement exists, joint investigations may be carried out by agreement case by case.", []),
    ("The Committee shall meet for up to two days each year.", []),
    ("The requested Party shall send the reply back as required by the request.", []),
    # ne bis in idem: a decision not to prosecute the same acts protects the person (the guide's
    # "Ne bis in idem grounds"; the gold's BWBV0001038 6(f)), not a decision not to prosecute alone
    ("where the competent authorities of the requested Party have decided not to institute proceedings, "
     "or to terminate them, in respect of the same conduct;",
     [ev("human_rights", "not to institute proceedings, or to terminate them, in respect of the same conduct",
         "required")]),
    ("the prosecuting authorities of the requested State have resolved, in respect of the same acts, to bring "
     "no proceedings or to close proceedings already opened;",
     [ev("human_rights", "same acts, to bring no proceedings", "required")]),
    ("if the competent authorities of the Requested State have decided not to institute, or to terminate, "
     "proceedings against the person sought in respect of the same conduct;",
     [ev("human_rights", "not to institute, or to terminate, proceedings against the person sought in respect of "
         "the same conduct", "required")]),
    ("if the request concerns a person who has been finally judged in the requested Party for the same acts;",
     [ev("human_rights", "finally judged in the requested Party for the same acts", "required")]),
    ("if the requested State informs it of a decision not to institute proceedings or discontinue them;", []),
])
def test_error_study_drafts_read_blind_fifth(patterns_nlp, text, expected):
    """The four drafts read blind on 2026-12-05 (docs/evaluation.md, "Four more drafts read blind
    (2026-12-05)"): whole outputs, the unlabelled sides included."""
    assert evidence(patterns_nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # limits on the use of force and weapons are limits on a power (codebook, "Proportionality":
    # necessity tests and limits on a power's reach; the gold's BWBV0004611 22, BWBV0003125 17(3))
    ("The officers may carry their service weapons; their use shall be prohibited save in cases of "
     "legitimate self-defence.",
     [ev("proportionality", "save in cases of legitimate self-defence", "required")]),
    ("Service weapons may be used only in legitimate self-defence or in the defence of others.",
     [ev("proportionality", "only in legitimate self-defence", "required")]),
    ("A warning shall be given before any use of force, except where force is used in self-defence.",
     [ev("proportionality", "warning shall be given before any use of force", "required")]),
    ("Law enforcement officials shall not use force against aircraft in flight.",
     [ev("proportionality", "shall not use force", "required")]),
    ("The use of force in reprisal is prohibited.",
     [ev("proportionality", "use of force in reprisal is prohibited", "required")]),
    # monitoring for a stated period, assistance to the extent requested or in stated areas
    ("Each Party shall be able to monitor, during a specified period, the transactions carried out "
     "through the accounts specified in the request.",
     [ev("proportionality", "monitor, during a specified period", "required")]),
    ("Crew members may assist only to the extent and in the manner requested by the boarding officials.",
     [ev("proportionality", "only to the extent and in the manner requested", "required")]),
    ("Such assistance shall be given only in the specified areas.",
     [ev("proportionality", "only in the specified areas", "required")]),
    # ... not: a right of self-defence saved, force as an element of an offence, records of a
    # past period, effect given to the extent requested, laws on force exchanged
    ("Nothing in this Agreement shall impair the inherent right of self-defence of officials.", []),
    ("Each State Party shall establish as criminal offences the threat or use of force to induce false testimony.",
     [ev("defined", "establish as criminal offences")]),
    ("information on banking operations which have been carried out during a specified period through "
     "one or more specified accounts;", []),
    ("The requested Party shall give effect to the order to the extent requested.", []),
    ("The Parties shall inform one another of their laws on the use of force.", []),
])
def test_error_study_limits_on_force(patterns_nlp, text, expected):
    """Proportionality the gold holds and the patterns missed, studied on 2026-12-05 (evening)
    while four more drafts were being read blind: whole outputs, the unlabelled sides included."""
    assert evidence(patterns_nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # judicial oversight in other words: issued only by, validated by, submitted to a judge for
    # confirmation, challenges lying to a court, a judge satisfied or ordering, a body independent
    # of the executive, authorisation by a court
    ("A freezing order may be issued only by a judge or a court of the issuing State.",
     [ev("judicial_oversight", "issued only by a judge", "required")]),
    ("Where an order is issued by any other authority, it shall be validated by a judge before it is transmitted.",
     [ev("judicial_oversight", "validated by a judge", "required")]),
    ("An order issued in a case of urgency shall be submitted within five days to a judge of the issuing State "
     "for confirmation.",
     [ev("judicial_oversight", "to a judge of the issuing State for confirmation", "required")]),
    ("Challenges to the execution of an order shall lie to a court of the executing State.",
     [ev("judicial_oversight", "lie to a court", "required")]),
    ("The authorisation may be renewed where a judge of the State on whose territory the officers operate is "
     "satisfied that the grounds still exist.",
     [ev("judicial_oversight", "a judge of the State on whose territory the officers operate is satisfied",
         "required")]),
    ("Each State shall entrust the decision to a judge or to another body independent of the executive.",
     [ev("judicial_oversight", "body independent of the executive", "required")]),
    ("Observation shall require prior authorisation by a court.",
     [ev("judicial_oversight", "authorisation by a court", "required")]),
    # proportionality: no more than required, the least intrusive measure, a maximum in force,
    # no power to arrest, no entry into dwellings, an end once the grounds cease, disproportion
    ("Coercive measures shall not go beyond what is required to secure the property.",
     [ev("proportionality", "not go beyond what is required", "required")]),
    ("The executing authority may choose a measure with a lower degree of intrusion.",
     [ev("proportionality", "lower degree of intrusion", "required")]),
    ("No authorisation shall remain in force for more than ninety days.",
     [ev("proportionality", "No authorisation shall remain in force for more than", "required")]),
    ("No order shall be maintained beyond six months.",
     [ev("proportionality", "No order shall be maintained beyond", "required")]),
    ("The officers shall have no power to stop, question or arrest the person under observation.",
     [ev("proportionality", "no power to stop", "required")]),
    ("The officers shall not enter private dwellings.",
     [ev("proportionality", "not enter private dwellings", "required")]),
    ("The interception shall be discontinued without delay once the conditions on which it was ordered cease "
     "to be met.",
     [ev("proportionality", "discontinued without delay once the conditions on which it was ordered cease",
         "required")]),
    ("Where the freezing is no longer necessary, the executing authority shall lift it forthwith.",
     [ev("proportionality", "no longer necessary, the executing authority shall lift", "required")]),
    ("Assistance may be refused where the use of the technique would be manifestly disproportionate to the "
     "seriousness of the conduct.",
     [ev("refusal_grounds", "refused", "optional"),
      ev("proportionality", "use of the technique would be manifestly disproportionate", "optional")]),
    ("Consent may be refused where the harm would be out of all proportion to the purpose served.",
     [ev("refusal_grounds", "refused", "optional"), ev("proportionality", "out of all proportion", "optional")]),
    # domestic law in other words
    ("The law of the executing State shall govern the execution of an order.",
     [ev("domestic_law", "law of the executing State shall govern", "required")]),
    ("Visiting officials shall be bound by the law of that State.",
     [ev("domestic_law", "bound by the law of", "required")]),
    ("The delivery shall be conducted under the procedural rules of the State in whose territory it takes place.",
     [ev("domestic_law", "under the procedural rules of the State", "required")]),
    ("Nothing authorises officials to perform any function that the law of that other State reserves to its own "
     "authorities.",
     [ev("domestic_law", "reserves to its own authorities", "required")]),
    ("The requested unit shall use all the powers available to it under its domestic law.",
     [ev("domestic_law", "powers available to it under its domestic law", "required")]),
    ("The requested Party shall assist as far as its laws, treaties and arrangements allow.",
     [ev("domestic_law", "as far as its laws, treaties and arrangements allow", "required")]),
    # use limitation: consent before onward transfer, use confined to the request, conditions on
    # use, customers kept uninformed
    ("Evidence may be passed on to a third State only with the prior written consent of the executing State.",
     [ev("use_limitation", "passed on to a third State only with the prior written consent of the executing",
         "required")]),
    ("The receiving unit shall neither pass such information on to any other authority nor use it for other purposes.",
     [ev("use_limitation", "neither pass such information on to any other authority nor use it for other purposes", "required")]),
    ("The requesting State may use the evidence only in the investigations or proceedings named in its request.",
     [ev("use_limitation", "only in the investigations or proceedings named in its request", "required")]),
    ("The providing State may attach conditions to its use.",
     [ev("use_limitation", "conditions to its use", "required")]),
    ("The bank shall be forbidden to let the customer or any other person know that information has been supplied.",
     [ev("use_limitation", "let the customer or any other person know", "required")]),
    ("Units shall have access to the register without the entity concerned being alerted.",
     [ev("use_limitation", "without the entity concerned being alerted", "required")]),
    # dual criminality in other words; ne bis in idem as "tried or punished twice"
    ("A unit may not refuse on the ground that the conduct would be classified differently under its law.",
     [ev("refusal_grounds", "refuse", "waived"), ev("dual_criminality", "classified differently", "waived")]),
    ("Execution shall not be declined merely because the executing State levies no comparable tax.",
     [ev("refusal_grounds", "declined", "waived"), ev("dual_criminality", "levies no comparable tax", "waived")]),
    ("Extradition shall be granted where the offence is punishable under the law of the requesting Party and of "
     "the requested Party alike.",
     [ev("dual_criminality", "punishable under the law of the requesting Party and of the requested", "required")]),
    ("Assistance may be refused if granting it would expose the person to being tried or punished twice for the "
     "same acts.",
     [ev("refusal_grounds", "refused", "optional"), ev("human_rights", "tried or punished twice", "optional")]),
    # ... not: a court that made an order, a person examined by a court, "competent to judge", a
    # burden disproportionate to the crime (a cost ground), laws applied to a dispute
    ("The court of the requesting State made the confiscation order.", []),
    ("The Court shall decide whether the person examined by the Court may invoke restrictions.", []),
    ("The State alone shall be competent to judge whether or not the offender has satisfied the conditions.", []),
    ("Assistance may be refused where it would impose a burden on resources disproportionate to the seriousness "
     "of the crime.",
     [ev("refusal_grounds", "refused", "optional")]),
    ("The laws of the Parties shall apply to the dispute settlement procedure.", []),
    ("No authorisation shall be valid for any other purpose.", []),
])
def test_error_study_drafts_read_blind_sixth(patterns_nlp, text, expected):
    """The four drafts read blind on 2026-12-05, evening (docs/evaluation.md, "Four more drafts
    read blind (2026-12-05, evening)"): whole outputs, the unlabelled sides included."""
    assert evidence(patterns_nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("It shall be for the executing judicial authority alone to determine whether the requested person is to be surrendered.",
     [ev("judicial_oversight", "for the executing judicial authority alone to determine", "required")]),
    ("Consent shall be expressed before the executing judicial authority, which shall satisfy itself that the person gives it freely.",
     [ev("judicial_oversight", "judicial authority, which shall satisfy itself", "required")]),
    ("Every decision on execution must remain subject to adequate control by a judicial authority of the executing State.",
     [ev("judicial_oversight", "control by a judicial authority", "required")]),
    ("A hearing of the requested person shall be held by a judge of the executing State.",
     [ev("judicial_oversight", "held by a judge", "required")]),
    ("The executing judicial authority shall rule on it without undue delay.",
     [ev("judicial_oversight", "judicial authority shall rule on", "required")]),
    ("A Party may request relocation only where the safety of that person cannot be adequately ensured by any other means.",
     [ev("proportionality", "not be adequately ensured by any other means", "required")]),
    ("The Party of residence shall erase the information at the latest two years after receipt.",
     [ev("proportionality", "erase the information at the latest two", "required")]),
    ("Personal data needed in pending proceedings may be retained for the duration of those proceedings only.",
     [ev("data_protection", "Personal data", "required"), ev("proportionality", "for the duration of those proceedings only", "required")]),
    ("A Party may ask for an extract only where the person concerned has agreed in writing.",
     [ev("human_rights", "where the person concerned has agreed", "required")]),
    ("the person concerned has not consented to the measure or has withdrawn his or her consent;",
     [ev("human_rights", "has not consented to", "required")]),
    ("A requested person may indicate that he or she consents to surrender.",
     [ev("human_rights", "he or she consents to", "required")]),
    ("The protected person shall not be relocated without his or her written consent.",
     [ev("human_rights", "without his or her written consent", "required")]),
    ("The arrangements shall leave counsel for the accused an adequate opportunity to put questions to the witness.",
     [ev("human_rights", "put questions to the witness", "required")]),
    ("A requested person shall be entitled to have the consular authorities of his or her State informed of the arrest.",
     [ev("human_rights", "consular authorities of his or her State informed", "required")]),
    ("Any privilege against giving evidence recognised by the law of either Party shall be available to the person heard.",
     [ev("human_rights", "privilege against giving", "required")]),
    # (the words name offences other instruments define: treaty, no longer also defined from "crimes, as
    # defined in the"; the draft's reader gave defined for the closed list the item stands in)
    ("genocide, crimes against humanity and war crimes, as defined in the international conventions by which all the Member States are bound;",
     [ev("treaty", "crimes, as defined in the international conventions")]),
    ("the offences established in accordance with the Merovan Convention against Transnational Organised Crime;",
     [ev("treaty", "offences established in accordance with the Merovan Convention")]),
    ("terrorist offences within the meaning of the Ostral Convention on the Suppression of Terrorist Acts;",
     [ev("treaty", "offences within the meaning of the Ostral Convention")]),
    ("The Protocol offences shall be regarded as offences established in accordance with the Framework Convention.",
     [ev("defined", "offences established in accordance with the")]),
    ("offences within the meaning of this Convention",
     [ev("defined", "offences within the meaning of this Convention")]),
    ("The requested State shall inform the requesting State whether the person has consented to surrender.",
     []),
    ("The judicial authorities of the requesting Party may send the request directly.",
     []),
])
def test_error_study_drafts_read_blind_seventh(patterns_nlp, text, expected):
    """Three drafts read blind late on 2026-12-05 (docs/evaluation.md, "Three more drafts read
    blind (2026-12-05, late)"): whole outputs, the unlabelled sides included (the last four: a
    protocol's parent convention, this Convention, a question whether the person consented,
    judicial authorities that only send a request)."""
    assert evidence(patterns_nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a pre-trial chamber or judge authorising, confirming, satisfying itself, keeping detention short
    # (annotation guide, "Judicial oversight in the Rome Statute"; the gold's BWBV0001489 15, 60, 61)
    ('The Pre-Trial Chamber may, on the application of the Prosecutor, authorize the commencement of an investigation.',
     [ev("judicial_oversight", "Pre-Trial Chamber may, on the application of the Prosecutor, authorize the commencement", "required")]),
    ('The Prosecutor shall submit to the Pre-Trial Chamber a request for authorisation, together with the material collected.',
     [ev("judicial_oversight", "Pre-Trial Chamber a request for authorisation", "required")]),
    ('The Pre-Trial Chamber shall satisfy itself that the person has been informed of the charges.',
     [ev("judicial_oversight", "Pre-Trial Chamber shall satisfy itself that", "required"), ev("human_rights", "informed of the charges", "required")]),
    ('If the Pre-Trial Chamber is satisfied that the conditions are met, the person shall remain in detention.',
     [ev("judicial_oversight", "If the Pre-Trial Chamber is satisfied", "required")]),
    ('The Pre-Trial Chamber shall, within a reasonable time after surrender, hold a hearing to confirm the charges.',
     [ev("judicial_oversight", "Pre-Trial Chamber shall, within a reasonable time after surrender, hold a hearing to confirm the charges", "required")]),
    ('The Pre-Trial Chamber shall ensure that no suspect is detained for an excessive period because of delay by the Prosecutor.',
     [ev("judicial_oversight", "Pre-Trial Chamber shall ensure that no suspect is detained", "required")]),
    ('The investigating judge may authorise the interception of communications.',
     [ev("judicial_oversight", "judge may authorise the interception", "required")]),
    # offences committed on board: a scope without restriction of kind (the gold's BWBV0004659 3, 4, 16, 17)
    ('Each Contracting State shall establish its jurisdiction over offences committed on board ships flying its flag.',
     [ev("any", "over offences committed on board")]),
    ('Offences committed on aircraft registered in a Contracting State shall be treated, for extradition, as if committed in that State.',
     [ev("any", "Offences committed on aircraft")]),
    # generic offences in other words (codebook, "Generic offences"; the gold's BWBV0004659 1,
    # BWBV0006451 17, BWBV0001035 6); not a scope exclusion of political offences, nor dual criminality
    ('The commander may act in respect of offences against penal law.',
     [ev("any", "offences against penal law")]),
    ('The director shall report all criminal offences to the local police.',
     [ev("any", "all criminal offences")]),
    ('When a person is suspected of having committed an offence under the law of a Party, that Party may request the other to take proceedings.',
     [ev("any", "committed an offence under the law of")]),
    ('The authorities may not open investigations in the facility into criminal offences committed there.',
     [ev("any", "into criminal offences committed there")]),
    ('Nothing in this Convention authorises action in respect of offences against penal laws of a political nature.',
     []),
    ('The request shall be refused if the conduct would not be an offence under the law of the requested Party.',
     [ev("refusal_grounds", "refused", "required"), ev("dual_criminality", "not be an offence under the law of the requested", "required")]),
    # legality of crimes and punishments, fair-trial rights in other words, a person's free consent
    # (codebook, "Human rights": fair trial and defence rights; the gold's BWBV0001489 22 to 24, 55, 61)
    ('A person shall not be criminally responsible under this Convention unless the conduct constituted an offence at the time it was committed.',
     [ev("human_rights", "not be criminally responsible under this Convention unless", "required")]),
    ('No one shall be held criminally liable under this Protocol for acts committed before its entry into force.',
     [ev("human_rights", "No one shall be held criminally liable under this Protocol for acts committed before", "required")]),
    ('The definitions of offences shall be strictly construed and shall not be extended by analogy; in case of doubt they shall be interpreted in favour of the accused.',
     [ev("human_rights", "strictly construed", "required"), ev("human_rights", "not be extended by analogy", "required"), ev("human_rights", "interpreted in favour of the accused", "required")]),
    ('A person convicted under this Statute may be punished only in accordance with its provisions.',
     [ev("human_rights", "be punished only in accordance with", "required")]),
    ('The suspect may at any time request the disqualification of a judge whose impartiality might reasonably be doubted.',
     [ev("human_rights", "request the disqualification of a judge", "required")]),
    ('Every person shall be informed, before being questioned, that he or she is suspected of an offence.',
     [ev("human_rights", "informed, before being questioned", "required")]),
    ('At the hearing, the accused may challenge the evidence presented and object to the charges.',
     [ev("human_rights", "challenge the evidence presented and object to the charges", "required")]),
    ('The accused shall be provided with a copy of the indictment and shall receive reasonable notice before the hearing of any amendment of the charges.',
     [ev("human_rights", "provided with a copy of the indictment", "required"), ev("human_rights", "reasonable notice before the hearing of any amendment", "required")]),
    ('Correspondence between a detained person and the tribunal shall be unhindered.',
     [ev("human_rights", "Correspondence between a detained person and the tribunal shall be unhindered", "required")]),
    ('A witness may be transferred with his or her free consent.',
     [ev("human_rights", "free consent", "required")]),
    # refoulement: a surrender barred where there are grounds to believe (the gold's BWBV0002507 3)
    ('No person shall be surrendered where there are serious grounds to believe that he or she would face the death penalty.',
     [ev("refusal_grounds", "surrendered where there are serious grounds", "required")]),
    # domestic law deciding how a measure is applied, in other words (codebook, "Domestic law binds
    # measures only"; the gold's customs and sentenced-persons agreements; the drafts of 2026-12-05)
    ('Wherever possible and consistent with fundamental principles of domestic law, a Party may permit a hearing by video conference.',
     [ev("domestic_law", "consistent with fundamental principles of domestic law", "required")]),
    ('Each Party shall take such measures as may be necessary under its domestic law to investigate the facts reported.',
     [ev("domestic_law", "necessary under its domestic law to investigate", "required")]),
    ('Without prejudice to domestic law, a competent authority may transmit information without prior request.',
     [ev("domestic_law", "Without prejudice to domestic law,", "required")]),
    ('Information received shall enjoy the same protection as under the laws and regulations of the country that supplied it.',
     [ev("domestic_law", "under the laws and regulations of", "required")]),
    ('The customs administrations may permit controlled deliveries according to their national legal and administrative provisions.',
     [ev("domestic_law", "according to their national legal and administrative provisions", "required")]),
    ('Either Party may grant a pardon in accordance with its constitution or other laws.',
     [ev("domestic_law", "accordance with its constitution or other laws", "required")]),
    ('The law of the receiving State shall be exclusively applicable to the execution of the sentence.',
     [ev("domestic_law", "law of the receiving State shall be exclusively applicable to", "required")]),
    ('The requested Party shall follow, and shall be bound by, its domestic law and rules of procedure.',
     [ev("domestic_law", "follow, and shall be bound by, its domestic law and rules", "required")]),
    ('Nothing in this Agreement entitles officials of one Party to perform any act which the law of another Party reserves to its own authorities.',
     [ev("domestic_law", "reserves to its own authorities", "required")]),
    ('Every act of the team shall conform to the law of the State of operation.',
     [ev("domestic_law", "conform to the law of the State", "required")]),
    ('A State Party shall not perform functions in the territory of another State where the law of that other State confines them to its own authorities.',
     [ev("domestic_law", "confines them to its own authorities", "required")]),
    ('The team leader shall exercise no powers beyond those which the law of that State confers on him or her.',
     [ev("domestic_law", "law of that State confers on him", "required")]),
    ('The application shall be dealt with as it would be in a purely domestic investigation.',
     [ev("domestic_law", "purely domestic investigation", "required")]),
    ('The competent authorities shall take account of their national law and follow the procedures of the requested Party.',
     [ev("domestic_law", "account of their national law and follow the procedures of the requested", "required")]),
    ('Each request shall be examined in the light of its law.',
     [ev("domestic_law", "in the light of its law", "required")]),
    ('Domestic law, which shall govern the procedures for executing requests, shall apply.',
     [ev("domestic_law", "Domestic law, which shall govern", "required")]),
    ('The requested Party shall deal with the request under its domestic law.',
     [ev("domestic_law", "request under its domestic law", "required")]),
    ('The contact point shall act directly in so far as the law and practice of its State allow.',
     [ev("domestic_law", "far as the law and practice of its State allow", "required")]),
    ('Extradition may be refused where prosecution has become barred by lapse of time under the law of either Party.',
     [ev("refusal_grounds", "refused", "optional"), ev("domestic_law", "lapse of time under the law", "optional")]),
    # limits on a power's reach and duration in other words (codebook, "Proportionality")
    ('The observing officers may neither stop nor arrest the person under observation.',
     [ev("proportionality", "neither stop nor arrest", "required")]),
    ('Force may be used by the escorting officers for reasons of safety.',
     [ev("proportionality", "Force may be used by the escorting officers for reasons of safety", "required")]),
    ('The request may be granted subject to conditions, in particular time limitation.',
     [ev("proportionality", "subject to conditions, in particular time limitation", "required")]),
    ('Those safeguards shall include restrictions on how far and for how long each power may be used.',
     [ev("proportionality", "restrictions on how far", "required")]),
    ('Property up to, but not exceeding, the value of those proceeds may be confiscated.',
     [ev("proportionality", "exceeding, the value", "required")]),
    ('No action shall be taken beyond what the authorisation expressly covers.',
     [ev("proportionality", "beyond what the authorisation expressly covers", "required")]),
    ('Carriers shall transfer the data no more than five times per flight, and any further request shall go no further than is necessary.',
     [ev("proportionality", "no more than five times", "required"), ev("proportionality", "no further than is necessary", "required")]),
    ('Only the minimum amount of data needed shall be disclosed.',
     [ev("proportionality", "Only the minimum", "required")]),
    ('The observation shall be halted as soon as the territorial Party so requires.',
     [ev("proportionality", "halted as soon as", "required")]),
    ('Service weapons may be drawn only where the officers must defend themselves or others.',
     [ev("proportionality", "defend themselves or others", "required")]),
    ('The officers shall not enter private dwellings.',
     [ev("proportionality", "not enter private dwellings", "required")]),
    ('Pursuit may take place only within a zone defined in the declaration.',
     [ev("proportionality", "within a zone", "required")]),
    ('An undercover officer shall not induce any person to commit an offence.',
     [ev("proportionality", "not induce any person to commit", "required")]),
    ('Collection shall cease after thirty days unless extended.',
     [ev("proportionality", "cease after thirty days", "required")]),
    ('The grounds for using the power shall be stated and justified.',
     [ev("proportionality", "grounds for using the power shall be stated and justified", "required")]),
    ('Personal data shall be erased once they are no longer needed for the purpose for which they were supplied.',
     [ev("data_protection", "Personal data shall be erased", "required"), ev("proportionality", "no longer needed for", "required")]),
    ('Controlled delivery shall be decided upon case by case.',
     [ev("proportionality", "decided upon case by case", "required")]),
    # speciality, onward transfer and confidentiality in other words (codebook, "Use limitation")
    ('A Party shall not transfer data received under this Convention to a third State without the prior written consent of the supplying Party.',
     [ev("use_limitation", "not transfer data received under this Convention to a third State without the prior written consent of the supplying Party", "required")]),
    ('The authority shall process the data strictly and exclusively for the purposes set out in Article 3.',
     [ev("use_limitation", "process the data strictly and exclusively for the purposes", "required")]),
    ('The information shall not be put to any use other than the following:',
     [ev("use_limitation", "any use other than", "required")]),
    ('The information shall not serve as evidence unless a judge agrees.',
     [ev("use_limitation", "not serve as evidence", "required")]),
    ('Classified information shall be given a degree of protection no lower than that afforded by the supplying Party.',
     [ev("use_limitation", "Classified information shall be given a degree of protection", "required")]),
    ('The service provider shall not reveal that a preservation order has been issued.',
     [ev("use_limitation", "not reveal that a preservation order", "required")]),
    ('The requesting Party may reveal in its proceedings evidence that tends to clear the accused.',
     [ev("use_limitation", "reveal in its proceedings", "required")]),
    ('Evidence supplied may serve only the proceedings described in the request, and the requesting Party shall not use it for other purposes.',
     [ev("use_limitation", "serve only the proceedings", "required"), ev("use_limitation", "not use it for other purposes", "required")]),
    ('A receiving Party may transfer personal data to a third State only where the supplying Party has consented.',
     [ev("use_limitation", "transfer personal data to a third State only where", "required"), ev("data_protection", "personal data", "required")]),
    # a penalty threshold worded as a custodial sentence; not a sanction the offences carry
    ('Hot pursuit may be undertaken in respect of offences punishable under the law of the pursuing Party by a custodial sentence of at least one year.',
     [ev("serious", "custodial sentence of at least one year")]),
    ('Those acts shall be punishable by imprisonment of at least ten years.',
     [ev("defined", "acts shall be punishable")]),
    # criminalisation in other words: the conduct made or established as criminal offences
    ('Each Party shall make each of the following a criminal offence under its domestic law:',
     [ev("defined", "make each of the following a criminal offence")]),
    ('Each Party shall adopt the measures needed to make the following conduct, when committed intentionally, criminal offences under its domestic law:',
     [ev("defined", "make the following conduct, when committed intentionally, criminal offences")]),
    ('Each Party shall adopt such measures as are needed to establish the following as criminal offences:',
     [ev("defined", "establish the following as criminal offences")]),
    # three drafts read blind later that night: a requested Party that "shall not surrender", the
    # conventions listed in an appendix, an opportunity to consult a lawyer; not re-extradition
    ('The requested Party shall not surrender a person against whom a final judgment has been given in a third State where:',
     [ev("refusal_grounds", "requested Party shall not surrender", "required"), ev("human_rights", "final judgment has been given", "required")]),
    ('an offence within the scope of any of the conventions for the suppression of terrorism listed in the Appendix to this Protocol;',
     [ev("treaty", "conventions for the suppression of terrorism listed in the Appendix")]),
    ('The person shall not be asked to consent without having had the opportunity to consult a lawyer.',
     [ev("human_rights", "consult a lawyer", "required")]),
    ('The requesting State shall not surrender to a third State a person surrendered to it without the consent of the requested State.',
     [ev("use_limitation", "surrender to a third State", "required"), ev("use_limitation", "without the consent of the requested State", "optional")]),
    # ... not: a trial chamber or the court as forum, free passage, examining evidence at trial, criminal
    # responsibility, sharing or joint teams case by case (the gold's BWBV0001668 14, 19), a defence
    # right, facts of offences, a sentence fixed by law
    ('The Trial Chamber shall satisfy itself that the accused understands the nature of the charges.',
     [ev("human_rights", "accused understands", "required")]),
    ('The Court shall satisfy itself that it has jurisdiction in any case brought before it.',
     []),
    ('The Parties shall ensure unimpeded passage for the investigators.',
     []),
    ('The judges shall examine the evidence submitted by the parties.',
     []),
    ('The court may find the person criminally responsible for acts committed by subordinates.',
     []),
    ('The Parties may share confiscated property on a regular or case-by-case basis.',
     []),
    ('Joint investigation teams may be set up by agreement on a case-by-case basis.',
     []),
    ('The person sought shall be given an opportunity to defend himself.',
     [ev("human_rights", "opportunity to defend", "required")]),
    ('The Parties shall exchange information on offences committed in their territory.',
     []),
    ('The term of imprisonment shall be determined by domestic law.',
     []),
])
def test_error_study_drafts_read_blind_eighth(patterns_nlp, text, expected):
    """Wordings studied on 2026-12-05 (night) from the gold's cross-validation misses and four
    drafts read blind (docs/evaluation.md, "Four drafts read blind (2026-12-05, night)"): whole
    outputs, the unlabelled sides included."""
    assert evidence(patterns_nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # pieces of one refusal ground, at most ten words apart: one span, its words between them
    ("A Party shall not decline to render\nassistance on the ground\nof bank secrecy.",
     [ev("refusal_grounds", "decline to render\nassistance on the ground\nof bank secrecy", "waived")]),
    # ... further apart: two spans (thirteen words between them)
    ("A Party shall not decline to render mutual legal assistance pursuant to this article on the ground of "
     "bank secrecy.",
     [ev("refusal_grounds", "decline", "waived"), ev("refusal_grounds", "bank secrecy", "waived")]),
    # a ";" or "." ends the statement: each ground is a span of its own
    ("Assistance may be refused if the request concerns a political offence; it may also be refused if "
     "execution would prejudice the essential interests of the requested Party.",
     [ev("refusal_grounds", "refused if the request concerns a political offence", "optional"),
      ev("refusal_grounds", "refused if execution would prejudice the essential interests", "optional")]),
    # a modal verb begins another statement, here with another polarity
    ("Assistance may be refused if the request concerns a political offence, and shall be refused if it "
     "concerns a military offence.",
     [ev("refusal_grounds", "refused if the request concerns a political offence", "optional"),
      ev("refusal_grounds", "refused if it concerns a military offence", "required")]),
    # (the same words again would be shown once: test_a_label_shows_words_it_repeats_once)
    ("Personal data shall be processed lawfully, and the data subject shall have a right of access to "
     "personal information.",
     [ev("data_protection", "Personal data", "required"), ev("data_protection", "data subject", "required"),
      ev("data_protection", "personal information", "required")]),
])
def test_the_pieces_of_one_statement_are_one_span(patterns_nlp, text, expected):
    """Codebook, "Evidence and polarity": the words that carry a label. Two spans of one label
    and polarity with at most ten words between them, no modal verb and no ";", "." or ":"
    among those words, are one statement of it and one span; the layout changes nothing."""
    assert evidence(patterns_nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the law of a State with two words before it: "its own domestic law", "its national procedural law"
    ("it may afford assistance subject to the conditions provided for by its own domestic law.",
     [ev("domestic_law", "conditions provided for by its own domestic law", "required")]),
    ("A State Party shall authorize, in accordance with its national procedural law, transportation of a person.",
     [ev("domestic_law", "accordance with its national procedural law", "required")]),
    # a State's constitution, and a bare domestic law that authorises
    ("the flag State may, subject to its constitution and laws, authorize the requesting Party to board the vessel.",
     [ev("domestic_law", "subject to its constitution", "required")]),
    ("Sensitive data may not be processed automatically unless authorized by domestic law.",
     [ev("domestic_law", "authorized by domestic law", "required")]),
    # the penal law that makes conduct an offence is no condition of a measure
    ("an act which is a serious offence according to the penal law of the State of registration",
     [ev("serious", "serious offence")]),
])
def test_domestic_law_with_more_words_before_the_law(patterns_nlp, text, expected):
    """Codebook, "Domestic law": the law of a State named with "own" and a second word
    ("its own domestic law", "its national procedural law"), its constitution, or a domestic
    law that authorises ("unless authorized by domestic law") conditions the measure."""
    assert evidence(patterns_nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # offences that another instrument defines: "as ... defined in" an international instrument,
    # offences "established under the instruments", "within the meaning of" a named convention
    ("illicit trafficking in narcotic drugs, as those acts are defined in the international drug control conventions;",
     [ev("treaty", "as those acts are defined in the international drug control conventions")]),
    ("genocide, crimes against humanity or war crimes as defined in the Rome Statute of the International Criminal Court;",
     [ev("treaty", "crimes as defined in the Rome Statute")]),
    ("a crime against humanity as that crime is defined in applicable international law",
     [ev("treaty", "as that crime is defined in applicable international law")]),
    ("an offence established in accordance with one of the conventions adopted within the Union for the suppression "
     "of terrorism", [ev("treaty", "offence established in accordance with one of the conventions")]),
    ("only to offences established under the instruments referred to in Article 2",
     [ev("treaty", "offences established under the instruments")]),
    ("participation in an organised criminal group, within the meaning of the United Nations Convention against "
     "Transnational Organized Crime;", [ev("treaty", "within the meaning of the United Nations Convention")]),
    # offences an instrument named by its title specifies ("the Convention on ...", "the Convention
    # of <date>"), with or without an article of it: `treaty` only
    ("the crimes against humanity specified in the Convention on the Prevention and Punishment of the Crime of "
     "Genocide adopted on 9 December 1948", [ev("treaty", "crimes against humanity specified in the Convention on")]),
    ("persons who commit offences within the meaning of Article 1 of the Convention of May 4th, 1910.",
     [ev("treaty", "offences within the meaning of Article 1 of the Convention of")]),
    ("to extradite persons accused of the offences specified in Articles 1 and 2 of the Convention of May 4th, 1910.",
     [ev("treaty", "offences specified in Articles 1 and 2 of the Convention of")]),
    # ... not: the instrument's own offences, obligations set forth in other instruments, a scope
    # exclusion of armed conflicts as another instrument defines them; "the Convention" with no
    # title after it (a protocol's own parent convention: the drafts' readers gave `defined`)
    ("the offences established in accordance with this Convention",
     [ev("defined", "offences established in accordance with this")]),
    ("the offences specified in Articles 2 to 11 of the Convention shall be regarded as offences",
     [ev("defined", "offences specified in Articles")]),
    ("the Party's international obligations set forth in the international instruments referred to in paragraph 1", []),
    ("shall not apply to an act committed in the course of armed conflicts as defined in the Geneva Conventions of 1949",
     []),
])
def test_offences_another_instrument_defines_are_treaty(patterns_nlp, text, expected):
    """Codebook, `treaty`: offences established under other international instruments, named by
    the instrument that defines them ("as defined in the Rome Statute", "within the meaning of the
    United Nations Convention against Transnational Organized Crime"); the words no longer give
    `defined` ("crimes as defined in the" was read as the instrument's own)."""
    assert evidence(patterns_nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the same words of one label, with one polarity, named again: the first shows the condition
    ("The requested Party shall keep the request confidential. If the request cannot be executed "
     "without breaching that requirement, the requested Party shall inform the requesting Party, "
     "which shall decide whether the request should nevertheless be executed, and the information "
     "shall remain confidential.",
     [ev("use_limitation", "confidential", "required")]),
    ("Personal data shall be processed lawfully, and personal data transferred shall be kept no longer "
     "than necessary.",
     [ev("data_protection", "Personal data", "required"),
      ev("proportionality", "no longer than necessary", "required")]),
    # ... but not when the polarity differs: the ground is optional, then waived
    ("The requested Party may refuse assistance on the ground of bank secrecy in its own cases; it "
     "shall not refuse assistance solely on that ground where the request concerns the offences set "
     "forth in article 3.",
     [ev("refusal_grounds", "refuse assistance on the ground of bank secrecy", "optional"),
      ev("refusal_grounds", "refuse", "waived"), ev("defined", "offences set forth in article", None)]),
])
def test_a_label_shows_words_it_repeats_once(patterns_nlp, text, expected):
    """Evidence names a statement once per label and polarity (``_first_of_repeats``); whole outputs."""
    assert evidence(patterns_nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a crime declared extraditable is granted extraditability: no threshold ...
    ("Foreign bribery shall be considered an extraditable offence under the law of each Party.", []),
    # ... where an extraditable offence as a condition imports one
    ("Assistance shall be granted only for extraditable offences.", [ev("serious", "extraditable offences")]),
    # offences within the scope of a convention named by its title or its place are another treaty's
    ("The central offices may also exchange information concerning offences within the scope of the "
     "Convention of Marest of 12 March 1925 for the Suppression of Forged Securities.",
     [ev("treaty", "offences within the scope of the Convention of Marest")]),
    ("Information on offences within the scope of the Convention for the Suppression of Forged Stamps "
     "may be exchanged.", [ev("treaty", "offences within the scope of the Convention for")]),
    ("Information on offences within the scope of the Convention shall be exchanged.",
     [ev("defined", "offences within the scope of the Convention")]),
    # "any offence punishable ... by imprisonment for a maximum period of two years or more": a
    # threshold, neither any offence nor a limit on a measure's duration
    ("Where a central office obtains information relating to any offence punishable under the law of its "
     "country by imprisonment for a maximum period of two years or more, it may communicate it.",
     [ev("serious", "imprisonment for a maximum period of two years")]),
    ("Assistance may be given in respect of any offence punishable under the law of the requesting Party.",
     [ev("any", "any offence punishable under the law of the requesting Party.")]),
    # urgency as the condition of a provisional arrest, however the sentence orders its words
    ("In case of urgency, the country applied to may arrest the person claimed provisionally until the "
     "request for extradition is received.",
     [ev("proportionality", "urgency, the country applied to may arrest the person claimed provisionally",
         "required")]),
    ("In urgent cases, requests may be sent through the International Criminal Police Organisation.", []),
    # "that Convention" is the other instrument just named
    ("Between Parties bound by the Tessaline Convention against Trafficking, the offences established in "
     "accordance with that Convention shall be treated as offences under this Article.",
     [ev("treaty", "offences established in accordance with that Convention")]),
    # the conduct "also an offence under the law of" the requested Party: dual criminality
    ("Search and seizure shall be carried out only where the conduct to which the request relates is also "
     "an offence under the law of the requested Party.",
     [ev("dual_criminality", "also an offence under the law of", "required")]),
    # a decision taken as for a grave offence compares; it names no scope
    ("Those authorities shall decide on it as they would on a comparably grave offence under the law of "
     "that Party.", []),
    ("Those authorities shall decide whether to prosecute in the same way as they would for any grave "
     "offence under the law of that Party.", []),
    ("Assistance shall be given for any grave offence.", [ev("serious", "grave offence")]),
    # no onward transfer without authorisation across a longer list of recipients (up to 15 words:
    # test_no_shipped_pattern_has_a_long_bounded_gap)
    ("The receiving State Party shall not transfer personal data received under this Convention to a third "
     "State or an international organisation without the prior authorisation of the transferring State Party.",
     [ev("use_limitation", "not transfer personal data received under this Convention to a third State or an "
         "international organisation without the prior authorisation", "optional"),
      ev("data_protection", "personal data", "required")]),
    # "make each of the following ... a criminal offence" establishes offences
    ("Each State Party shall take the measures needed to make each of the following, when committed "
     "intentionally [and without right], a criminal offence under its domestic law:",
     [ev("defined", "make each of the following, when committed intentionally [and without right], a criminal "
         "offence")]),
    # domestic law named among the bases of cooperation
    ("The Parties shall co-operate on the basis of the international instruments that apply between them, of "
     "arrangements resting on reciprocal legislation and of their internal law, for the purposes of:",
     [ev("domestic_law", "legislation and of their internal law", "required")]),
    # the old style's dual criminality and domestic law
    ("The search shall be made only if the act is punishable under the law of that country as well as under "
     "the law of the requesting country.",
     [ev("dual_criminality", "punishable under the law of that country as well as under the law", "required")]),
    # (a Party not bound to admit it may still admit it: optional, as under "shall not be bound to")
    ("No Party shall be bound to admit any form or method of proof which its law does not recognise.",
     [ev("domestic_law", "its law does not recognise", "optional")]),
    # the older treaties' refusal grounds: surrender "shall not take place"; "neither ... shall be
    # bound to deliver up" (optional, as "shall not be bound to")
    ("Surrender shall not take place if the person claimed has already been tried and acquitted for the crime.",
     [ev("refusal_grounds", "Surrender shall not take place", "required"),
      ev("human_rights", "already been tried and acquitted", "required")]),
    ("Neither of the High Contracting Parties shall be bound to deliver up its own subjects.",
     [ev("refusal_grounds", "Neither of the High Contracting Parties shall be bound to deliver", "optional")]),
    ("No person shall be required to give evidence.", []),
    # the financing convention's paraphrases: a State that "may decline to give assistance" (a
    # witness who declines to give evidence refuses no request), value-based forfeiture "up to a
    # value corresponding to" the proceeds, consent given "freely", a person "told ... of the rights"
    ("The requested State Party may decline to give assistance:", [ev("refusal_grounds", "decline", "optional")]),
    ("A witness who declines to give evidence shall not be subject to any penalty.", []),
    # ... nor one who may refuse "to give the evidence" under a privilege (a treaty read blind,
    # 2026-12-06): the person's right, `human_rights`, and no ground for refusing a request
    ("the person concerned may refuse to give evidence in so far as he has a privilege or duty to refuse to give "
     "the evidence -", [ev("human_rights", "refuse to give evidence", "optional")]),
    ("A State Party may order the forfeiture of other property up to a value corresponding to that of the "
     "proceeds.", [ev("proportionality", "up to a value corresponding", "required")]),
    ("the person, once told why the transfer is sought, agrees to it freely and with full knowledge;",
     [ev("human_rights", "agrees to it freely", "required")]),
    ("to be told without delay of the rights set out in subparagraphs (a) and (b).",
     [ev("human_rights", "told without delay of the rights", "required")]),
])
def test_error_study_drafts_read_blind_2026_12_06_evening(patterns_nlp, text, expected):
    """The five drafts read blind on 2026-12-06, evening (docs/evaluation.md, "Five drafts read blind
    (2026-12-06, evening)"): whole outputs, the unlabelled sides included."""
    assert evidence(patterns_nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a tax information exchange agreement: dual criminality waived "without regard to whether the
    # conduct" is a crime; a person's residence is no such condition
    ("Information shall be supplied without regard to whether the conduct under investigation would be a crime "
     "under the laws of the requested Party.",
     [ev("dual_criminality", "without regard to whether the conduct under investigation would be a crime under the laws",
         "waived")]),
    ("Information shall be supplied without regard to whether the person concerned is a resident of either Party.", []),
    ("The requested Party shall supply, to the extent allowable under its domestic laws, certified copies of records.",
     [ev("domestic_law", "extent allowable under its domestic laws", "required")]),
    # tax discrimination against the requested State's nationals (annotation guide, tax decisions)
    ("The requested Party may decline a request which concerns a provision of the tax law of the requesting Party "
     "that discriminates against a national or citizen of the requested Party.",
     [ev("refusal_grounds", "decline", "optional"),
      ev("non_discrimination", "discriminates against a national", "optional")]),
    # no obligation to provide: a ground, optional (as "shall not be construed so as to impose")
    ("This Agreement shall not impose upon a Party any obligation to supply information which would disclose a "
     "trade secret.", [ev("refusal_grounds", "not impose upon a Party any obligation to supply", "optional")]),
    ("Notwithstanding the foregoing, this Agreement does not create an obligation on the Parties to obtain or "
     "provide:", [ev("refusal_grounds", "not create an obligation on the Parties to obtain", "optional")]),
    ("The requested Party shall not be required to obtain and provide information which the requesting Party "
     "could not obtain under its own laws.",
     # (the ground turns on the requesting Party's laws: domestic_law, as the agreement's readers read it)
     [ev("refusal_grounds", "shall not be required to obtain", "optional"),
      ev("domestic_law", "obtain under its own laws", "optional")]),
    # the requested State's own need for the information waived as a ground
    ("The requested Party shall gather the information, notwithstanding that it may not need such information for "
     "its own tax purposes.", [ev("refusal_grounds", "need such information for its own tax purposes", "waived")]),
    # ne bis in idem in the older drug conventions' words
    ("Such offences shall be prosecuted where they were committed, if the offender has not already been prosecuted "
     "and judgment given.", [ev("human_rights", "not already been prosecuted and judgment given", "required")]),
    ("Any person detained shall be allowed to communicate with his or her consular authorities.",
     [ev("human_rights", "communicate with his or her consular authorities", "required")]),
    # liability towards the person a transfer of data injures: an effective remedy
    ("In its relations with the injured person, the receiving Party shall be liable for any damage caused by the "
     "transfer of inaccurate data.", [ev("human_rights", "relations with the injured person", "required")]),
    # the law under which a State is liable, or which governs how a person's rights are exercised, is no
    # condition on a measure; nor conduct "contrary to laws", nor the law on questions of jurisdiction
    ("The sending Party shall be liable for that damage in accordance with the law of the Party in whose "
     "territory its officers were operating.", []),
    ("How the right of the person concerned to be informed of the data held on him is exercised shall be governed "
     "by the domestic law of the Party where he applies.", []),
    ("Each Party shall adopt measures for the repression of acts contrary to laws or regulations adopted under "
     "this Convention.", []),
    ("The provisions of this article shall be subject to the provisions of the domestic law of the Party concerned "
     "on questions of jurisdiction.", []),
    # duties around a refusal name no ground; suspending the agreement refuses no request
    ("The requested Party shall inform the requesting Party of its decision to admit the person, or of the refusal "
     "of admission and the reasons.", []),
    ("The reason(s) for refusing a request for transit shall be stated.", []),
    ("Either Party may suspend this Agreement, after notification, for serious reasons relating to national "
     "security, public order or public health.", []),
    # the use of substances or of a travel document is no use of what was provided
    ("Rigorous measures are necessary to restrict the use of such substances to medical and scientific purposes.", []),
    ("If no travel document is issued within five days, the requested Party shall be deemed to have consented to "
     "the use of a travel document issued by the requesting Party.", []),
    # the prohibition of secret detention protects the person (the drafts' readers and this one agree),
    # and keeps no secret about what was provided
    ("No person deprived of liberty shall be held in secret detention.",
     [ev("human_rights", "secret detention", "required")]),
    # a readmission agreement's data principles, in other words than the gold's: data minimisation,
    # purpose limitation, onward transfer only with approval
    ("Personal data must be appropriate, relevant and not excessive, given the objectives for which they are "
     "collected;", [ev("data_protection", "Personal data", "required"),
                    ev("proportionality", "relevant and not excessive", "required")]),
    ("The data may not be processed further in any way that is incompatible with that objective;",
     [ev("use_limitation", "incompatible with that objective", "required")]),
    ("Forwarding them to other authorities requires the prior consent of the supplying authority;",
     [ev("use_limitation", "Forwarding them to other authorities requires the prior consent of the supplying "
                         "authority", "required")]),
    # five more read whole (two headquarters agreements of international criminal courts, an agreement
    # on administrative assistance in securities matters, a Protocol setting up visits to places of
    # detention, a convention on penal jurisdiction in collisions at sea): safe conduct for acts or
    # convictions prior to a witness's entry (as the gold's "anterior to his departure"), the secrecy
    # of a request, approval required for another use
    ("Witnesses appearing at the seat shall enjoy immunity from personal arrest or detention in respect of acts "
     "or convictions prior to their entry into the territory of the host State.",
     [ev("use_limitation", "acts or convictions prior", "required")]),
    ("Each Authority shall maintain the secrecy of the request and of the information provided under it.",
     [ev("use_limitation", "maintain the secrecy", "required")]),
    ("Prior approval by the requested Authority is required for the use of the information in criminal "
     "proceedings.", [ev("use_limitation", "approval by the requested Authority is required for the use",
                         "required")]),
    # counsel named as a class of persons, with privileges or a certificate, is no defence right; the
    # assistance of counsel, consultation with defence counsel, counsel of one's choosing are
    ("Defence counsel shall enjoy the same privileges as the officials of the Court.", []),
    ("Upon the appointment of counsel, the Registrar shall provide counsel with a certificate.", []),
    ("The accused shall be questioned only after consultation with defence counsel.",
     [ev("human_rights", "with defence counsel", "required")]),
    ("The person shall be entitled to the assistance of counsel.",
     [ev("human_rights", "assistance of counsel", "required")]),
    ("The person had instructed defence counsel, whether of his or her own choosing or assigned by the State.",
     [ev("human_rights", "counsel, whether of his or her own choosing", "required")]),
])
def test_error_study_treaties_read_blind_2026_12_06_session_30(patterns_nlp, text, expected):
    """The four treaties read blind in session 30 (docs/evaluation.md, "Four more treaties read
    blind (2026-12-06, session 30)"): whole outputs, the unlabelled sides included."""
    assert evidence(patterns_nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # nine more treaties read whole and blind (2026-12-06, session 31): a saving clause for the rights
    # granted to refugees binds the agreement as a whole (as the gold's "rights ... of individuals");
    # time to defend is a defence right; the legality of the use of force is proportionality; its
    # use "governed by the Receiving State's law", and cooperation "as well as with their internal
    # law", domestic_law; an offence under an EU framework decision is another instrument's
    ("Nothing in this Protocol shall impair the rights granted to refugees under other instruments.",
     [ev("human_rights", "impair the rights granted to refugees", "required")]),
    ("The court may set aside the judgment where the summons did not reach the person in sufficient time to "
     "enable the defendant to defend.",
     [ev("human_rights", "sufficient time to enable the defendant to defend", "required")]),
    ("The use of force against a renegade aircraft is legitimate only if the Receiving State has authorised it.",
     [ev("proportionality", "legitimate only if", "required")]),
    ("The carrying of arms by visiting officers shall be governed by the host State's law.",
     [ev("domestic_law", "governed by the host State's law", "required")]),
    ("The Contracting States shall assist each other in civil cases in conformity with the applicable conventions, "
     "as well as with their internal law.",
     [ev("domestic_law", "as well as with their internal law", "required")]),
    ("'Terrorist attack' means an attack that constitutes a terrorist offence under the Council Framework "
     "Decision on combating terrorism.",
     [ev("treaty", "offence under the Council Framework Decision")]),
    # an agreement "intended solely for" mutual assistance limits no use; the duty of persons who
    # enjoy privileges to respect the host State's laws binds no measure; the free movement of goods
    # is no human right; "as specified" without a period is no limit on a power
    ("This Protocol is intended solely for the purposes of cooperation between the two customs administrations.",
     []),
    ("Members of the mission enjoying privileges and immunities shall respect the laws of the receiving State.", []),
    ("Wishing to keep border checks compatible with the freedom of movement of goods within the region,", []),
    ("Experts shall carry out their tasks as specified in their letter of appointment.", []),
    ("The requested Party shall answer within a specified period.",
     [ev("proportionality", "a specified period", "required")]),
])
def test_error_study_treaties_read_whole_2026_12_06_session_31(patterns_nlp, text, expected):
    """The nine treaties read whole in session 31 (docs/evaluation.md, "Nine more treaties read whole
    (2026-12-06, session 31)"): whole outputs, the unlabelled sides included."""
    assert evidence(patterns_nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # eighteen more treaties read whole and blind (2026-12-06, session 32): a citation of a
    # sub-paragraph written with a hyphen, and "offences under the present Protocol", are the
    # instrument's own offences
    ("Any person who threatens to commit an offence described in sub-paragraph (c) commits an offence.",
     [ev("defined", "offence described in sub-paragraph")]),
    ("The Parties shall seize the tools used to commit offences under the present Protocol.",
     [ev("defined", "offences under the present Protocol")]),
    # victims of an offence the instrument establishes are described, not a scope (singular, "an",
    # "described" as well as "established")
    ("Each Party shall ensure that a victim of an offence established in accordance with this Convention may "
     "complain to its authorities.", []),
    ("Each Party shall ensure that children who are victims of the offences described in this Protocol receive "
     "support.", []),
    # names and elements that are no safeguard
    ("The Parties shall report to the Committee on the Rights of the Child every five years.", []),
    ("Considering that the Universal Declaration of Human Rights proclaims the dignity of every person,", []),
    ("The Parties shall work with national human rights institutions and with civil society.", []),
    ("Compensation shall be paid even if the offender cannot be prosecuted or punished.", []),
    ("The State that has paid compensation shall be subrogated to the rights of the person compensated.", []),
    ("ensuring that measures may be adopted to protect the privacy and the identity of the child victims;", []),
    ("Each Party shall provide victims with civil remedies against the perpetrator.", []),
    ("Members of the committee shall enjoy exemption from restrictions on their freedom of movement.", []),
    ("a girl who, without the right to refuse, is promised in marriage in return for payment;", []),
    # the principle of non-refoulement protects the persons a measure returns
    ("Each Party shall respect the principle of non-refoulement when returning victims.",
     [ev("human_rights", "non-refoulement", "required")]),
    ("Removal shall respect the prohibition of refoulement.", [ev("human_rights", "of refoulement", "required")]),
    # ne bis in idem in other words, and a detained person's right of complaint (seven more read
    # whole, session 32: patterns that change no gold or draft feature row)
    ("No detained person may be punished more than once for the same act.",
     [ev("human_rights", "punished more than once", "required")]),
    ("Detained persons shall be allowed to exercise their right of complaint.",
     [ev("human_rights", "right of complaint", "required")]),
    # the same words where they are what the codebook labels
    ("Each Party shall provide victims with civil remedies against State authorities that failed in their "
     "duty.", [ev("human_rights", "remedies", "required")]),
    ("The requested Party shall have the right to refuse extradition of its nationals.",
     [ev("refusal_grounds", "refuse", "optional")]),
    ("The person transferred shall not be prosecuted or punished for any offence committed before the transfer.",
     [ev("use_limitation", "not be prosecuted or punished for any offence committed before the transfer",
         "required")]),
    ("The person freely gives his or her informed consent to the transfer;",
     [ev("human_rights", "informed consent", "required")]),
    ("carrying out a medical procedure on a person without his or her prior and informed consent;",
     [ev("human_rights", "informed consent", "required")]),
])
def test_error_study_treaties_read_whole_2026_12_06_session_32(patterns_nlp, text, expected):
    """The eighteen treaties read whole in session 32 (docs/evaluation.md, "Eighteen more treaties
    read whole (2026-12-06, session 32)"): whole outputs, the unlabelled sides included."""
    assert evidence(patterns_nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # fifteen treaties read whole and blind in session 33: the rights of a human-rights instrument
    # in its own words (human_rights binds the treaty's obligations as a whole)
    ("No one shall be held in forced servitude.", [ev("human_rights", "No one shall be held", "required")]),
    ("No one shall be expelled from the territory of the State of which he is a national.",
     [ev("human_rights", "No one shall be expelled", "required")]),
    ("Everyone has the right to a fair hearing within a reasonable time.",
     [ev("human_rights", "Everyone has the right to a fair hearing", "required")]),
    ("Everyone's right to life shall be protected by law.", [ev("human_rights", "Everyone's right", "required")]),
    ("Each Party shall take all necessary measures to abolish the death penalty.",
     [ev("human_rights", "abolish the death penalty", "required")]),
    ("The death penalty shall be abolished in time of peace.",
     [ev("human_rights", "death penalty shall be abolished", "required")]),
    ("Collective expulsion of foreign nationals is prohibited.",
     [ev("human_rights", "Collective expulsion", "required")]),
    # a tax information agreement's waiver of dual criminality, a ground that turns on the
    # requesting Party's laws, and the persons' consent to an interview
    ("Information shall be exchanged whether or not the conduct would constitute a crime under the laws of the "
     "requested Party.", [ev("dual_criminality", "would constitute a crime under the laws", "waived")]),
    ("information which the requesting Party could not obtain under its own laws;",
     [ev("domestic_law", "obtain under its own laws", "required")]),
    ("Officials may interview persons with the prior written consent of the individuals concerned.",
     [ev("human_rights", "with the prior written consent of the individuals", "required")]),
    # an instrument on personal data recalled in a recital is no safeguard
    ("Bearing in mind the Convention for the Protection of Individuals with regard to Automatic Processing of "
     "Personal Data;", []),
])
def test_error_study_treaties_read_whole_2026_12_06_session_33(patterns_nlp, text, expected):
    """The fifteen treaties read whole in session 33 (docs/evaluation.md, "Fifteen more treaties
    read whole (2026-12-06, session 33)"): whole outputs, the unlabelled sides included."""
    assert evidence(patterns_nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # seven drafts read blind in session 34: stated maxima on a power's duration, necessity
    # and data minimisation, the end of a provisional arrest and of a restraint
    ("A warrant under paragraph 3 shall not be issued for more than ninety days.",
     [ev("proportionality", "not be issued for more than", "required")]),
    ("Interception shall not be ordered for more than three months at a time.",
     [ev("proportionality", "not be ordered for more than", "required")]),
    ("Each request shall identify the data sought, confining the request to what is necessary for the purposes of "
     "the investigation.", [ev("proportionality", "confining the request to what is necessary", "required")]),
    ("Each search shall not retrieve more data than is needed to pursue the reason to believe.",
     [ev("proportionality", "more data than is needed", "required")]),
    ("Provisional arrest shall be terminated if the request for extradition has not been received within sixty "
     "days of the arrest.", [ev("proportionality", "arrest shall be terminated", "required")]),
    ("A restraint shall lapse twelve months after it took effect unless a court extends it.",
     [ev("proportionality", "restraint shall lapse", "required")]),
    ("Each Party shall establish the powers for individual criminal investigations or proceedings.",
     [ev("proportionality", "individual criminal investigations", "required")]),
    # ne bis in idem tied to the request's offence (a conviction alone is no such ground)
    ("if the person claimed has been finally judged in the requested State for the offence giving rise to the "
     "request;", [ev("human_rights", "finally judged in the requested State for the offence giving", "required")]),
    ("Extradition shall not be granted if the person has been finally convicted in the requested State.",
     [ev("refusal_grounds", "shall not be granted", "required")]),
    ("Every person arrested shall be entitled to the assistance of a lawyer.",
     [ev("human_rights", "assistance of a lawyer", "required")]),
    ("The warrant may be renewed only on a fresh application to a judge.",
     [ev("judicial_oversight", "application to a judge", "required")]),
    # the instrument's own annex is a closed list; a penalty threshold written "of three years or more"
    ("Interception may be requested only in relation to the offences listed in the Annex to this Protocol.",
     [ev("defined", "offences listed in the Annex")]),
    ("A State Party may limit the powers to offences punishable under its domestic law by deprivation of liberty of "
     "[three] years or more.", [ev("serious", "liberty of [three] years or more")]),
    # domestic law as the source of a data subject's right is no domestic_law (codebook); a
    # Party's law named with a possessive conditions a measure as "its domestic law" does
    ("A person whose personal data have been transferred shall be entitled, in accordance with the law of the "
     "receiving State, to seek access to those data.", [ev("data_protection", "personal data", "required")]),
    ("Any person may request rectification of the data under the conditions laid down by the law of the Member "
     "State in which that right is exercised.", [ev("data_protection", "rectification of the data", "optional")]),
    ("Assistance of any other kind that is compatible with the requested State Party's domestic law.",
     [ev("domestic_law", "compatible with the requested State Party's domestic law", "required")]),
])
def test_error_study_drafts_read_blind_2026_12_06_session_34(patterns_nlp, text, expected):
    """The seven drafts read blind in session 34 (docs/evaluation.md, "Seven drafts of new genres
    read blind (2026-12-06, session 34)"): whole outputs, the unlabelled sides included."""
    assert evidence(patterns_nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # data kept only as long as needed, reviewed or erased by a date, transfers confined to the data
    # needed, a necessity test in other words
    ("Personal data received under this Agreement shall be stored only for as long as they are needed for "
     "the purpose for which they were transmitted.",
     [ev("data_protection", "Personal data", "required"), ev("proportionality", "as long as they are needed", "required")]),
    ("The need to continue storing personal data shall be reviewed not later than three years after their "
     "receipt.",
     [ev("data_protection", "personal data", "required"), ev("proportionality", "reviewed not later than three", "required")]),
    ("In any event, operational personal data relating to a case shall be erased on the earliest of the "
     "following dates:",
     [ev("data_protection", "personal data", "required"), ev("proportionality", "erased on the earliest", "required")]),
    ("Onward transfers shall be limited to the data necessary for the purpose.",
     [ev("use_limitation", "Onward transfers", "required"), ev("proportionality", "limited to the data necessary", "required")]),
    ("The receiving Party may transfer the data onward where this is indispensable to avert an immediate and "
     "serious threat to public security.",
     [ev("proportionality", "indispensable to avert", "required")]),
    ("An essential service means a service indispensable to the maintenance of vital activities.",
     []),
    # a court's decision as the basis of a measure, a judge's reasoned decision, an authority independent
    # of the investigation, an investigating judge
    ("Search and seizure shall be performed on the basis of a court decision where the law of the requested "
     "Party so requires.",
     [ev("judicial_oversight", "basis of a court decision", "required"), ev("domestic_law", "law of the requested Party so requires", "required")]),
    ("The content of communications shall be obtained only on the basis of a decision of a court of the "
     "requested Party.",
     [ev("judicial_oversight", "basis of a decision of a court", "required")]),
    ("The preservation may be renewed once by a reasoned decision of a judge.",
     [ev("judicial_oversight", "reasoned decision of a judge", "required")]),
    ("An order concerning content data shall be issued, or confirmed without delay, by a judge or by another "
     "authority that is independent of the investigating authority.",
     [ev("judicial_oversight", "judge or by another authority that is independent", "required")]),
    ("The measures shall be carried out under the supervision of the investigating judge.",
     [ev("judicial_oversight", "under the supervision of the investigating judge", "required")]),
    ("The sanctions may include an order placing the person under the supervision of a court.",
     []),
    ("The investigating judge may, where the truth so requires, order the search of a computer system.",
     [ev("judicial_oversight", "investigating judge may, where the truth so requires, order", "required")]),
    ("The executing judicial authority may make surrender conditional upon the legal order of the issuing "
     "State allowing that penalty to be reviewed.",
     []),
    # the words of a data-protection regime: the data controller, data relating to him or her (not to a
    # telecommunication)
    ("The data controller shall inform the person concerned of the purposes of the processing.",
     [ev("data_protection", "data controller", "required")]),
    ("Any natural person may oppose the processing of data relating to him or her.",
     [ev("data_protection", "data relating to him", "required")]),
    ("The interception covers the content of telecommunications, together with the data relating to them.",
     []),
    # domestic law as the source of a person's right or remedy conditions no measure (codebook, as the
    # cancellations of session 34); a measure executed "in accordance with" a Party's law still does
    ("A person whose personal data have been transmitted shall have the right, in accordance with the "
     "national legislation of the Party to which he applies, to receive information about such data.",
     [ev("data_protection", "personal data", "required")]),
    ("Any person affected by a provisional measure shall have access to an effective remedy before a court of "
     "the requested Party, in accordance with its domestic law.",
     [ev("human_rights", "effective remedy", "required"), ev("judicial_oversight", "remedy before a court", "required")]),
    ("Data subjects shall enjoy the rights of access, rectification and erasure provided for by domestic law.",
     [ev("data_protection", "Data subjects", "required")]),
    ("The request shall be executed in accordance with the law of the requested Party.",
     [ev("domestic_law", "accordance with the law", "required")]),
])
def test_error_study_drafts_read_blind_2026_12_07_session_35(patterns_nlp, text, expected):
    """The six drafts read blind in session 35 (docs/evaluation.md, "Six drafts read blind
    (2026-12-07, session 35)"): whole outputs, the unlabelled sides included."""
    assert evidence(patterns_nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a translation's "offences stipulated in this Convention" / "in Chapter Two": the treaty's own
    # (not offences "specified in the request")
    ("The Parties shall extend their jurisdiction over the offences stipulated in this Convention.",
     [ev("defined", "offences stipulated in this Convention")]),
    ("Mutual assistance shall be afforded for the offences stipulated in Chapter Two of this Convention.",
     [ev("defined", "offences stipulated in Chapter")]),
    ("Assistance may be refused for offences specified in the request that are not punishable in the "
     "requested Party.",
     [ev("refusal_grounds", "refused", "optional")]),
    # safe conduct for conduct that preceded "the person's departure"
    ("The person shall not be detained in respect of any act or omission which preceded the person's departure "
     "from the requested Party.",
     [ev("use_limitation", "preceded the person's departure", "required")]),
    # a negotiating text's bracketed threshold, punishable "in both States" (a retention period is no threshold)
    ("Interception may be requested for offences punishable in both States by deprivation of liberty for a "
     "maximum period of at least [six] [five] years.",
     [ev("dual_criminality", "punishable in both States", "required"),
      ev("serious", "maximum period of at least [six] [five] years")]),
    ("The data shall be retained for a period of at least [two] [three] years.",
     []),
    # offences marked by the means, without "committed"
    ("Each Party shall make the commission of traditional offences by means of information technology an "
     "aggravating circumstance.",
     [ev("other", "offences by means of information")]),
    # an offence against the law of the requesting Party sets no restriction (of the requested Party's
    # law: a test of dual criminality, no tier)
    ("The requested Party shall endeavour to trace proceeds of an offence against the law of the Requesting "
     "Party.",
     [ev("any", "offence against the law of the Requesting")]),
    ("The conduct would not have constituted an offence against the law of the Requested Party.",
     []),
    # offences under "a multilateral convention", "a multilateral international agreement"
    ("Any offence established in accordance with a multilateral convention against corruption to which both "
     "Parties are party.",
     [ev("treaty", "offence established in accordance with a multilateral convention")]),
    ("Any offence in respect of which both Parties are obliged, under a multilateral international agreement, "
     "to extradite or prosecute.",
     [ev("treaty", "obliged, under a multilateral international agreement")]),
    # a person who declines or fails to appear: no penalty "by reason only of" it; no prosecution on the
    # basis of testimony given under the treaty; a measure the requested Party "could not lawfully take"
    ("A person who fails to comply with a summons shall not be subjected to any penalty or compulsory measure "
     "in either Party by reason only of that failure.",
     [ev("use_limitation", "penalty or compulsory measure in either Party by reason only of that failure", "required")]),
    ("A person who attends shall not be prosecuted on the basis of testimony given there.",
     [ev("use_limitation", "not be prosecuted on the basis of testimony", "required")]),
    ("The Requested Party shall not be obliged to take any measure which it could not lawfully take in a "
     "domestic case.",
     [ev("refusal_grounds", "could not lawfully take", "optional")]),
    # a confiscation order issued by a court of the requesting State names no court reviewing a measure
    ("The requested State shall give effect to a confiscation order issued by a court of the requesting State.",
     []),
])
def test_error_study_drafts_read_blind_2026_12_07_session_36(patterns_nlp, text, expected):
    """The six drafts read blind in session 36 (docs/evaluation.md, "Six more drafts read blind
    (2026-12-07, session 36)"): whole outputs, the unlabelled sides included."""
    assert evidence(patterns_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a penalty the instrument obliges Parties to impose delimits no scope
        ("The offences referred to in Art. 5 shall be punishable by a maximum term of deprivation of liberty of not "
         "less than three years.", [ev("defined", "offences referred to in Art")]),
        ("Each Party shall ensure that the offences established in accordance with Article 4 are punishable by "
         "imprisonment of at least five years.", [ev("defined", "offences established in accordance with Article")]),
        ("Each State shall provide penalties which, for natural persons, include a maximum deprivation of liberty of "
         "at least four years; the maximum penalty shall be imprisonment for not less than fifteen years.", []),
        # ... while a threshold an offence must reach does
        ("Assistance may be given for an offence which is punishable by a maximum deprivation of liberty of at least "
         "four years.", [ev("serious", "maximum deprivation of liberty of at least four years")]),
        # a civil-law translation's citations of items and of the offences the Parties undertake to establish
        ("possessing a device designed for committing any of the offences referred to in nos. 1 to 4 of this "
         "paragraph", [ev("defined", "offences referred to in nos. 1")]),
        ("Part Two applies to the offences which the Parties undertake to establish under Art. 5 to Art. 7, and to "
         "the offences which the Parties are obliged to establish under the international agreements in force.",
         [ev("defined", "offences which the Parties undertake to establish under Art"),
          ev("treaty", "offences which the Parties are obliged to establish under the international agreements")]),
        # a justification excluded names the grounds of no request; "falling within this Convention" names its
        # offences; "whether or not it falls within the scope" limits nothing; a comparison with "any other
        # serious offence" is no threshold
        ("Each State Party shall ensure that no political, racial, ethnic, religious or similar consideration may "
         "ever be relied upon to justify a criminal act falling within this Convention.",
         [ev("defined", "act falling within this Convention")]),
        ("Information may be forwarded in respect of any criminal offence, whether or not it falls within the scope "
         "of this Convention.", [ev("any", "any criminal offence")]),
        ("Those authorities shall decide on the case as they would in the case of any other serious offence under "
         "that law.", []),
        # conditions "relating to the use of the evidence"; a statement "obtained by torture"; no offence "shall be
        # treated as political for the purposes of extradition" (a ground of refusal it rules out)
        ("The requesting State shall comply with conditions relating to the use of the evidence obtained.",
         [ev("use_limitation", "conditions relating to the use", "required")]),
        ("No statement obtained by torture may be used as evidence.", [ev("human_rights", "obtained by torture", "required")]),
        ("No offence shall be treated as political for the purposes of extradition.",
         [ev("refusal_grounds", "treated as political for", "required")]),
        # domestic law that decides whether or how a measure is taken
        ("The contact point shall, where the law and practice of the State Party allow, carry out the preservation.",
         [ev("domestic_law", "law and practice of the State Party allow", "required")]),
        ("Unless domestic law prevents it, authorities may pass information to another State.",
         [ev("domestic_law", "Unless domestic law prevents", "required")]),
        ("The team shall operate under the law, and with the consent, of the State in whose territory it acts.",
         [ev("domestic_law", "operate under the law, and with the consent, of the State", "required")]),
        # a scheme's scope: any offence "irrespective of its nature"; one "committed, facilitated or concealed by
        # means of a computer system" is marked by the means (other, not any); the offences established "in
        # accordance with paragraph 5", "referred to in items (a) to (c)"
        ("Part IV applies to evidence of any offence, irrespective of its nature or gravity.",
         [ev("any", "any offence, irrespective")]),
        ("any offence, of whatever description, which is committed, facilitated or concealed by means of a computer "
         "system.", [ev("other", "committed, facilitated or concealed by means of a computer")]),
        ("the offences which member countries establish in accordance with paragraph 5;",
         [ev("defined", "offences which member countries establish in accordance with paragraph")]),
        ("a device designed for the commission of any of the offences referred to in items (a) to (c);",
         [ev("defined", "offences referred to in items")]),
        # a detained person's rights; a death-penalty condition under the requesting State's law
        ("the right of access to a lawyer during questioning;", [ev("human_rights", "access to a lawyer", "required")]),
        ("the right to be examined by an independent medical doctor;",
         [ev("human_rights", "examined by an independent medical", "required")]),
        ("the recordings are made available to the defence.", [ev("human_rights", "available to the defence", "required")]),
        # "serious crime as defined in Article 2" names serious crime, no citation of the instrument's offences
        ("The measure shall be available only in respect of serious crime as defined in Article 2, paragraph 1(g).",
         [ev("serious", "serious crime")]),
        ("information necessary for the investigation of an offence within the scope of Paragraph 3",
         [ev("defined", "offence within the scope of Paragraph")]),
        ("Where the offence is punishable by death under the law of the requesting State, the requested State may "
         "grant extradition only on condition that the death penalty shall not be imposed.",
         [ev("domestic_law", "punishable by death under the law of", "required"),
          ev("refusal_grounds", "grant extradition only on condition", "required")]),
    ],
)
def test_sanctions_imposed_are_no_threshold_and_civil_law_citations(patterns_nlp, text, expected):
    """Drafts read blind in session 40 (codebook, `serious`: "a penalty threshold that delimits
    scope"; "Criminalisation": an item that names offences, as "(i) to (iv)", is `defined`)."""
    assert evidence(patterns_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a resolution's criminalisation: "serious" qualifies the offences to be established
        ("all States shall ensure that their domestic laws establish serious criminal offences sufficient to "
         "prosecute the following conduct:", []),
        # completion of the act is no dual criminality; the same words about the conduct's criminality are
        ("regardless of whether the terrorist act itself has been carried out or attempted;", []),
        ("irrespective of whether the conduct is an offence under the law of the requested State",
         [ev("dual_criminality", "irrespective of whether the conduct is an offence", "waived")]),
        # offences marked by the means: "the commission, by means of information technology, of any offence"
        ("ensure that the commission, by means of information technology, of any offence established under its "
         "domestic law may be regarded as an aggravating circumstance.",
         [ev("other", "commission, by means of information technology, of any offence")]),
        # a disclosure capped to what identifies the path
        ("the expeditious disclosure of a quantity of traffic data sufficient only to identify the service providers.",
         [ev("proportionality", "sufficient only to identify", "required")]),
    ],
)
def test_three_drafts_of_session_41(patterns_nlp, text, expected):
    """The resolution and the league convention read blind (sessions 40 and 41), studied in session 41."""
    assert evidence(patterns_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an arrest warrant's dual criminality names the executing State's law alone
        ("surrender shall be subject to the condition that the acts for which the warrant has been issued "
         "constitute an offence under the law of the executing State, whatever its constituent elements.",
         [ev("dual_criminality", "constitute an offence under the law of the executing State", "required")]),
        # a stated longest time a power or its data may last; not a custody that lasts "more than" a time
        ("The competent authority shall not retain PNR data for longer than five years from the date of receipt.",
         [ev("proportionality", "not retain PNR data for longer than five years", "required")]),
        ("The order shall oblige the custodian to preserve the data for up to ninety days, renewable.",
         [ev("proportionality", "preserve the data for up to ninety days", "required")]),
        ("The Party shall report on protected persons who are kept in custody for more than two weeks.", []),
        ("PNR data may be disclosed to other authorities only on a case-by-case basis.",
         [ev("use_limitation", "data may be disclosed to other authorities only", "required"),
          ev("proportionality", "only on a case-by-case", "required")]),
        # discrimination in the processing of personal data, and profiling by origin
        ("Such processing shall not result in unlawful discrimination against any natural person.",
         [ev("non_discrimination", "unlawful discrimination", "required")]),
        ("Such criteria shall in no case be based on a person's racial or ethnic origin.",
         [ev("non_discrimination", "based on a person's racial", "required")]),
        # the rights of the person a measure is taken against
        ("An arrest warrant shall be issued only where it is necessary, taking into account the rights of the "
         "requested person.",
         [ev("proportionality", "only where it is necessary", "required"),
          ev("human_rights", "rights of the requested person", "required")]),
        # a restriction of a data subject's right is no limit on a power (guide, session 33)
        ("Every passenger shall have the right to access his or her data, subject only to such restrictions as "
         "are necessary and proportionate to avoid prejudicing an investigation.", []),
        ("Those rights may be restricted only in so far as the restriction is necessary and proportionate.", []),
        # another instrument's offences named by its title, or by the obligation it imposes; not an agreement
        # that binds the Parties to protect data, nor "the present Convention"
        ("Assistance in relation to offences under the Forum Fisheries Crime Treaty may include the following:",
         [ev("treaty", "offences under the Forum Fisheries Crime Treaty")]),
        ("an offence which the States concerned are obliged, by a multilateral instrument to which both are parties, "
         "to prosecute or to extradite;", [ev("treaty", "obliged, by a multilateral instrument")]),
        ("Where both Parties are bound by an international agreement on the protection of personal data, that "
         "agreement shall apply.", [ev("data_protection", "personal data", "required")]),
        # the supervision of processing by an independent authority
        ("Compliance with this article shall be supervised by one or more public authorities acting independently.",
         [ev("judicial_oversight", "authorities acting independently", "required")]),
    ],
)
def test_three_drafts_of_session_42(patterns_nlp, text, expected):
    """Six drafts read blind in session 42 (a partnership agreement's Part, a wildlife convention, a chair's
    text; then an intelligence agreement, a forum's convention from a PDF, a terrorism convention)."""
    assert evidence(patterns_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a back-reference to the article's own offences names no tier; the instrument's own offences still do
        ("each offence covered by this article shall be accepted as an offence giving rise to extradition.", []),
        ("Mutual assistance shall be afforded for the offences covered by this Convention.",
         [ev("defined", "offences covered by this")]),
        # a scope restricted by a penalty, "which is punishable"
        ("in connection with any criminal offence which is punishable under the law of both States by a custodial "
         "sentence of a maximum of at least one year.",
         [ev("dual_criminality", "punishable under the law of both", "required"),
          ev("serious", "custodial sentence of a maximum of at least one year")]),
        # another instrument's offences by its title; the instrument's own "Convention" is not
        ("an offence established in accordance with the Convention on Cybercrime of 23 November 2001.",
         [ev("treaty", "offence established in accordance with the Convention on Cybercrime")]),
        ("offences within the meaning of the following multilateral conventions:",
         [ev("treaty", "within the meaning of the following multilateral conventions")]),
        ("trafficking in firearms within the meaning of the Protocol against the Illicit Manufacturing of Firearms;",
         [ev("treaty", "within the meaning of the Protocol against the Illicit")]),
        # acts punishable under the requesting Party's law (the gold's European Convention 1(3))
        ("in proceedings brought by administrative authorities in respect of acts which are punishable under the "
         "domestic law of the requesting State as regulatory offences;",
         [ev("any", "acts which are punishable under the domestic law of the requesting")]),
        # the law of a Party that allows it to extradite its nationals only on condition
        ("Where the law of a State Party allows it to extradite one of its nationals only on condition that the person "
         "is returned to it,", [ev("domestic_law", "law of a State Party allows it", "required")]),
        # no Party is required to transfer: a ground it may invoke
        ("No State Party is required to transfer personal data where it could not do so consistently with its law.",
         [ev("refusal_grounds", "No State Party is required to transfer", "optional"),
          ev("data_protection", "personal data", "optional"),
          ev("domestic_law", "consistently with its law", "optional")]),
        # a scope by the requesting or issuing Party's law alone, "any other offence under the law of"; not where a
        # penalty restricts it; offences another treaty binds the Parties to establish
        ("any other offence under the domestic law of the requesting or issuing Party;",
         [ev("any", "any other offence under the domestic law of the requesting")]),
        ("any offence under the law of the requesting Party punishable by deprivation of liberty of at least one year",
         [ev("serious", "deprivation of liberty of at least one year")]),
        ("the offences which the Parties are bound to establish under another treaty to which each is a party;",
         [ev("treaty", "bound to establish under another treaty")]),
        # offences for which a legal person may be held liable set a scope (the gold's European Convention 1(3)-(4))
        ("Assistance shall also be afforded in proceedings relating to offences for which a legal person may be held "
         "liable in the requesting State.", [ev("any", "offences for which a legal person may be held liable")]),
        ("in relation to the offences for which a legal person may be held liable in accordance with article 10 of "
         "this Convention in the requesting State Party.", []),
        # offences committed against a child by means of a technology are marked by the means, "any" or "other"
        ("in relation to any criminal offence committed against a child by means of an information technology:",
         [ev("other", "offence committed against a child by means of")]),
        ("to other criminal offences committed against a child by means of an information technology;",
         [ev("other", "offences committed against a child by means of")]),
    ],
)
def test_drafts_of_session_44(patterns_nlp, text, expected):
    """Drafts read blind in session 44 (a secretariat's Word draft, a continental compilation's treaty, a regional
    police office's convention; a Word protocol in legal numbering, an exchange of notes, a convention with a table
    of contents; a compilation of proposals, a treaty forwarded as e-mail, a Markdown export)."""
    assert evidence(patterns_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another instrument's articles cited without "the" ("of Directive (TEC) No 9/2026"): `treaty`, not `defined`
        ("for the offences defined in Articles 4 to 9 of Directive (TEC) No 9/2026 on fraud;",
         [ev("treaty", "offences defined in Articles 4 to 9 of Directive")]),
        ("for offences established by the issuing State in conformity with the Lisbon Convention on Fraud;",
         [ev("treaty", "offences established by the issuing State in conformity with the Lisbon Convention")]),
        # a death-penalty ground turns on the requesting Party's law, with the word "law" or without it
        ("if the offence is punishable by death in the requesting Party, unless that Party gives assurances.",
         [ev("domestic_law", "punishable by death in the requesting Party", "required")]),
        # grounds an authority may raise against an order
        ("the enforcing authority may raise one or more of the following grounds:",
         [ev("refusal_grounds", "raise one or more of the following grounds", "optional")]),
        # the erasure of data a measure yielded
        ("Where data have already been transferred, the issuing authority shall erase them.",
         [ev("data_protection", "shall erase them", "required")]),
        # a lawyer's confidential communications and a journalist's confidential sources are no confidentiality
        # of a request
        ("Content data relating to confidential communications between a lawyer and a client shall not be sought.",
         []),
    ],
)
def test_three_drafts_of_session_43(patterns_nlp, text, expected):
    """Three drafts read blind in session 43 (a fisheries agreement numbered by Parts, a regional regulation on
    orders for electronic evidence, a consolidated text of an amended convention)."""
    assert evidence(patterns_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # scope by the requesting Party's law alone, and dual criminality waived in other words; not where a
        # penalty restricts it
        ("The Parties shall provide assistance in respect of any conduct that constitutes an offence under the law "
         "of the requesting Party, whether or not such conduct is also punishable under the law of the requested "
         "Party.",
         [ev("any", "conduct that constitutes an offence under the law of the requesting Party"),
          ev("dual_criminality", "whether or not such conduct is also punishable under", "waived")]),
        ("This Part applies to conduct which constitutes an offence under the law of the requesting country and for "
         "which that law prescribes imprisonment.", []),
        # another instrument's offences named in other words; the instrument's own offences cited are not
        ("cybercrime as defined in the Convention on Cybercrime;",
         [ev("treaty", "as defined in the Convention on Cybercrime")]),
        ("An offence shall be extraditable where both Parties are bound by a multilateral convention which obliges them "
         "to extradite.", [ev("treaty", "multilateral convention which obliges them")]),
        ("an offence within the scope of any of the following conventions shall not be regarded as political:",
         [ev("treaty", "offence within the scope of any of the following conventions")]),
        # offences marked by the means, in other words; not a proviso on whether the offence is of a kind described
        ("other criminal offences involving a computer system, irrespective of whether the offence is itself of a kind "
         "described in the Convention;", [ev("other", "other criminal offences involving a computer system")]),
        ("offences against the confidentiality, integrity or availability of computer data;", []),
        # a court to which a person may take a measure; custody that ends when a period expires; equal treatment
        ("to challenge the lawfulness of his or her detention before a court.",
         [ev("human_rights", "challenge the lawfulness of his or her detention before a court", "required"),
          ev("judicial_oversight", "challenge the lawfulness of his or her detention before a court", "required")]),
        ("A person arrested shall be discharged from custody upon the expiration of sixty days from the arrest.",
         [ev("proportionality", "discharged from custody upon the expiration of sixty days", "required")]),
        ("Persons sought shall be treated without distinction of any kind.",
         [ev("non_discrimination", "without distinction of any kind", "required")]),
        ("This Statute shall apply equally to all persons without any distinction based on official capacity.", []),
        # the third round: a closed list cited by the section sign; any offence whose evidence is electronic
        ("where the request relates to an offence listed in § 6 (1), within eight hours;",
         [ev("defined", "offence listed in § 6")]),
        ("This Article shall apply to any other offence of which evidence may be found in electronic form.",
         [ev("any", "any other offence of which evidence may be found in electronic form")]),
        # the fourth round: a paper's "provisions" cited as the articles are; an order (not information) that
        # "shall not be used to" do something is a limit on a power, no use limitation
        ("For the offences established in accordance with provisions 5 to 11, dual criminality is not required.",
         [ev("defined", "offences established in accordance with provisions 5"),
          ev("dual_criminality", "dual criminality", "waived")]),
        ("offences established in accordance with provisions of its domestic law", []),
        ("Orders subject to this Agreement shall not be used to infringe freedom of speech.",
         [ev("human_rights", "freedom of speech", "required")]),
    ],
)
def test_three_more_drafts_of_session_43(patterns_nlp, text, expected):
    """Three more drafts read blind in session 43 (an asset recovery treaty translated from Spanish, a memorandum
    of understanding in "Clause" units, a Markdown extradition treaty with a schedule)."""
    assert evidence(patterns_nlp, text) == expected


def test_a_lead_ins_last_sentence_ends_at_a_full_stop_not_at_a_citing_abbreviation():
    """The sentence a lead-in's items continue begins after its last full stop; the stop of "Art.",
    "para." or "no." cites and ends no sentence (a civil-law translation, session 40)."""
    import spacy

    from treatyscope.extensions import last_sentence_start

    nlp = spacy.blank("en")
    doc = nlp("This Part applies. Part Three applies to the offences referred to in Art. 5 para. 1 no. 2 and to:")
    assert doc[last_sentence_start(doc):].text == (
        "Part Three applies to the offences referred to in Art. 5 para. 1 no. 2 and to:")
