"""Extraction: each label and polarity from the patterns, and cross-references parsed to targets."""

from __future__ import annotations

import pytest

from treatyscope.components.evidence import evidence_of
from treatyscope.components.references import ReferenceGrammar, parse_references, read_reference_grammar
from treatyscope.types import CrossReference


def labels(nlp, text: str) -> dict[str, str | None]:
    """{label: polarity} of the evidence the patterns find (the strongest softening per label)."""
    out: dict[str, str | None] = {}
    order = {None: 0, "required": 1, "optional": 2, "waived": 3}
    for label, _, _, _, pol in evidence_of(nlp(text)):
        if label not in out or order[pol] > order[out[label]]:
            out[label] = pol
    return out


@pytest.mark.parametrize(
    ("text", "label", "polarity"),
    [
        # defined: offences the instrument establishes
        ("the criminal offences established in accordance with Articles 2 through 11", "defined", None),
        # defined: a criminalisation clause
        ("shall adopt such measures as may be necessary to establish as criminal offences the access", "defined", None),
        # treaty: offences under instruments listed in an annex
        ("an offence within the scope of and as defined in one of the treaties listed in the annex", "treaty", None),
        # serious: the term
        ("a range of serious offences to be determined by domestic law", "serious", None),
        # serious: a penalty threshold
        ("punishable by a maximum deprivation of liberty of at least four years", "serious", None),
        # other: means-marked offences, also with bracketed draft alternatives
        ("other criminal offences committed by means of [a computer system] [an ICT device]", "other", None),
        # any: evidence of any criminal offence
        ("the collection of evidence in electronic form of a criminal offence", "any", None),
        # any: the CoE formula
        ("offences the punishment of which falls within the jurisdiction of the judicial authorities", "any", None),
        # dual criminality, required
        ("offences punishable under the laws of both the requesting and requested Parties", "dual_criminality", "required"),
        # dual criminality, optional ("may require")
        ("a requested Party may require dual criminality as a condition", "dual_criminality", "optional"),
        # dual criminality, waived
        ("dual criminality shall not be required for assistance", "dual_criminality", "waived"),
        # dual criminality, waived by "irrespective of whether"
        ("deemed fulfilled irrespective of whether its laws place the offence within the same category",
         "dual_criminality", "waived"),
        # refusal grounds, optional
        ("execution may be refused if it is likely to prejudice its sovereignty or other essential interests",
         "refusal_grounds", "optional"),
        # refusal grounds, waived: bank secrecy
        ("A Party shall not decline to render assistance on the ground of bank secrecy", "refusal_grounds", "waived"),
        # non-discrimination
        ("for the purpose of prosecuting or punishing a person on account of that person's race or religion",
         "non_discrimination", "required"),
        # domestic law conditions
        ("subject to the conditions provided for by the law of the requested Party", "domestic_law", "required"),
        ("to the extent permitted by its domestic law", "domestic_law", "required"),
        # human rights
        ("consistent with its obligations under international human rights law", "human_rights", "required"),
        # judicial oversight
        ("shall include judicial or other independent supervision", "judicial_oversight", "required"),
        # proportionality
        ("shall incorporate the principle of proportionality", "proportionality", "required"),
        ("limitation of the scope and the duration of such power", "proportionality", "required"),
        # data protection
        ("in compliance with its laws on the protection of personal data", "data_protection", "required"),
        # use limitation
        ("shall not use or transmit it for investigations other than those stated in the request",
         "use_limitation", "required"),
        ("may require that the requesting Party keep confidential the fact and substance of the request",
         "use_limitation", "optional"),
    ],
)
def test_label_and_polarity(patterns_nlp, text, label, polarity):
    found = labels(patterns_nlp, text)
    assert label in found, found
    assert found[label] == polarity


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # sanctions "effective, proportionate and dissuasive" are not proportionality
        ("punishable by effective, proportionate and dissuasive sanctions", "proportionality"),
        # domestic law as the place of implementation is not a safeguard
        ("to establish as criminal offences under its domestic law the access", "domestic_law"),
        # a bare cross-reference carries no label of its own
        ("The powers referred to in this article shall be subject to Articles 14 and 15.", "human_rights"),
        # "public or private entity" is not privacy
        ("any public or private entity that provides a service", "data_protection"),
    ],
)
def test_not_a_label(patterns_nlp, text, label):
    assert label not in labels(patterns_nlp, text)


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
