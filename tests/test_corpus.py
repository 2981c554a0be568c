"""Acceptance on real treaties (skipped without the corpus).

The Budapest Convention is in the shipped model's training set, so it is read with the
patterns alone; the classifier is checked on a treaty it was not trained on (the Protocol to
Eliminate Illicit Trade in Tobacco Products, whose mutual-assistance and extradition articles
follow UNTOC's), labelled here by reading the codebook.
"""

from __future__ import annotations

import pytest

from treatyscope.corpus import document_path
from treatyscope.ingest import read_document
from treatyscope.pipeline import default_pipeline, label_document, patterns_pipeline

BUDAPEST = "BWBV0001839"
TOBACCO_PROTOCOL = "BWBV0006383"


@pytest.fixture(scope="module")
def budapest(corpus):
    labelled, _ = label_document(read_document(document_path(corpus, BUDAPEST)), nlp=patterns_pipeline())
    return labelled


def article(labelled, key):
    return next(a for a in labelled.articles() if a.key == key)


@pytest.mark.parametrize(
    ("clause_id", "tier"),
    [
        # offences the Convention establishes
        ("14(2)(a)", "defined"),
        # offences committed by means of a computer system
        ("14(2)(b)", "other"),
        # evidence in electronic form of any criminal offence
        ("14(2)(c)", "any"),
    ],
)
def test_article_14_items_carry_the_three_tiers(budapest, clause_id, tier):
    clause = next(c for c in budapest.clauses if c.clause.clause_id == clause_id)
    assert clause.tiers == [tier]


def test_article_15_safeguards(budapest):
    assert {"domestic_law", "human_rights", "proportionality", "judicial_oversight"} <= set(article(budapest, "15").safeguards)


def test_article_21_inherits_from_14_and_15(budapest):
    a21 = article(budapest, "21")
    inherited = a21.inherited()
    for tier in ("defined", "other", "any"):
        assert any(path[-1].startswith("14(") for path in inherited[tier])
    for safeguard in ("domestic_law", "human_rights", "proportionality", "judicial_oversight"):
        assert any(path[-1].startswith("15(") for path in inherited[safeguard])


def test_dutch_version_is_not_labelled(budapest):
    dutch = [c for c in budapest.clauses if c.clause.language == "nl"]
    assert len(dutch) > 200
    assert all(not c.tiers and not c.safeguards and not c.evidence for c in dutch)


@pytest.fixture(scope="module")
def tobacco(corpus):
    # The patterns alone (the shipped classifier is trained on gold version 2, which holds this
    # Protocol; the classifier is checked on a treaty outside the gold below).
    labelled, _ = label_document(read_document(document_path(corpus, TOBACCO_PROTOCOL)), nlp=patterns_pipeline())
    return {lc.clause.clause_id: lc for lc in labelled.clauses}


@pytest.mark.parametrize(
    ("clause_id", "labels"),
    [
        # assistance for the offences the Protocol establishes (Article 14)
        ("29(1)", ["defined"]),
        # information used only for the proceedings stated in the request
        ("29(11)", ["use_limitation"]),
        # the requesting Party may require confidentiality
        ("29(12)", ["use_limitation"]),
        # a ground for refusal: sovereignty, security, ordre public
        ("29(14)(b)", ["refusal_grounds"]),
        # bank secrecy is no ground for refusal
        ("29(16)", ["refusal_grounds"]),
        # refusal for want of dual criminality
        ("29(18)", ["dual_criminality", "refusal_grounds"]),
        # postponement
        ("29(20)", ["refusal_grounds"]),
        # execution as soon as possible: no label
        ("29(19)", []),
        # costs: no label
        ("29(22)", []),
        # extradition needs the offence to be punishable in both Parties
        ("30(1)(b)", ["dual_criminality"]),
        # fair treatment at all stages of the proceedings
        ("30(10)", ["human_rights"]),
        # no obligation to extradite for prosecution on account of sex, race, religion, ...
        ("30(11)", ["refusal_grounds", "non_discrimination"]),
    ],
)
def test_the_patterns_on_the_tobacco_protocol(tobacco, clause_id, labels):
    lc = tobacco[clause_id]
    assert lc.tiers + lc.safeguards == labels


def test_bank_secrecy_is_a_waived_ground(tobacco):
    assert tobacco["29(16)"].polarity("refusal_grounds") == "waived"


# A treaty outside the gold corpus (so outside the classifier's training data): the
# Caribbean maritime counter-drug agreement. Expected labels were read against the
# codebook before the model was run on it.
CARIBBEAN_AGREEMENT = "BWBV0004611"
# A reading the shipped model gets wrong: expected to fail, and strict, so that a model that
# gets it right makes the test say so (then move the row back among the passing ones).
MISSED = pytest.mark.xfail(strict=True, reason="the shipped model's miss, recorded in docs/evaluation.md")


def labelled_unseen(corpus, doc_id: str) -> dict:
    """A treaty's clauses labelled by the shipped model, which must not have been trained on it."""
    nlp = default_pipeline()
    card = nlp.get_pipe("treatyscope_classifier").model.card
    assert doc_id not in card["data"]["documents"], "the model was trained on it: pick another treaty"
    labelled, _ = label_document(read_document(document_path(corpus, doc_id)), nlp=nlp)
    return {lc.clause.clause_id: lc for lc in labelled.clauses}


@pytest.fixture(scope="module")
def caribbean(corpus):
    return labelled_unseen(corpus, CARIBBEAN_AGREEMENT)


@pytest.mark.parametrize(
    ("clause_id", "labels"),
    [
        # a boarding power subject to the domestic laws of the designating Party
        ("9(3)", ["domestic_law"]),
        # boarding and search governed by the laws of the boarding Party
        ("16(8)", ["domestic_law"]),
        # force proportional to its objective; the minimum reasonably necessary. Missed by the
        # model of 2026-12-02 and read since: the patterns for these wordings were written after
        # these rows were seen, so they no longer test a treaty unseen (the Beijing rows below do)
        ("22(2)", ["proportionality"]),
        ("22(3)", ["proportionality"]),
        # force during a boarding: officials comply with their domestic laws (as 22(2))
        ("22(6)", ["domestic_law"]),
        # jurisdiction over the offences established under another instrument (the 1988
        # Convention): the model adds `defined`, which the codebook does not give
        pytest.param("23", ["treaty"], marks=MISSED),
        # confiscated assets disposed of under the law of that Party
        ("27(1)", ["domestic_law"]),
        # teams may carry arms; entry into force; the depositary's copies: no label
        ("10(3)", []),
        ("36(2)", []),
        ("42(2)", []),
    ],
)
def test_a_treaty_the_model_was_not_trained_on(caribbean, clause_id, labels):
    lc = caribbean[clause_id]
    assert lc.tiers + lc.safeguards == labels


# A second treaty outside the gold corpus, read against the codebook before the retrained
# model (with the patterns of the error study of gold v2) was run on it: the 2010 Beijing
# Convention on unlawful acts relating to international civil aviation.
BEIJING_CONVENTION = "BWBV0006221"


@pytest.fixture(scope="module")
def beijing(corpus):
    return labelled_unseen(corpus, BEIJING_CONVENTION)


@pytest.mark.parametrize(
    ("clause_id", "labels"),
    [
        # the obligation to punish the offences the Convention sets forth (explicit citation)
        ("3", ["defined"]),
        # sanctions "effective, proportionate and dissuasive" on legal entities: none
        ("4(3)", []),
        # a scope exclusion names no tier
        ("5(1)", []),
        # jurisdiction over the offences set forth in article 1
        ("8(1)", ["defined"]),
        # custody as provided in the law of that State, continued only for such time as is necessary
        ("9(1)", ["domestic_law", "proportionality"]),
        # consular access of the person in custody
        ("9(3)", ["human_rights"]),
        # fair treatment, rights under the law of the State and international human rights law
        ("11", ["human_rights"]),
        # the offences deemed extraditable: the Convention's own, not a penalty threshold
        ("12(1)", ["defined"]),
        # extradition subject to the other conditions provided by the law of the requested State
        ("12(2)", ["defined", "domestic_law"]),
        ("12(3)", ["defined", "domestic_law"]),
        # no refusal on the sole ground of a political offence
        ("13", ["defined", "refusal_grounds"]),
        # no obligation where the request is made on account of race, religion, ...
        ("14", ["defined", "refusal_grounds", "non_discrimination"]),
        # prevention of the offences set forth in article 1, in accordance with national law: no
        # measure, so no domestic_law (missed by the model of 2026-12-03 morning; the domestic_law
        # cancellations of the afternoon's error study, written from the gold, now hold it back)
        ("16(1)", ["defined"]),
        # assistance in proceedings for the Convention's offences, under the law of the requested State
        ("17(1)", ["defined", "domestic_law"]),
        # spontaneous information on one of the Convention's offences, in accordance with national law
        ("18", ["defined", "domestic_law"]),
    ],
)
def test_a_second_treaty_the_model_was_not_trained_on(beijing, clause_id, labels):
    lc = beijing[clause_id]
    assert lc.tiers + lc.safeguards == labels


# Two more treaties outside the gold corpus, read against the codebook on 2026-12-03 (third
# session) before the model retrained that day was run on them: the Genocide Convention (1948)
# and the Additional Protocol to the Criminal Law Convention on Corruption (2003). Blind, the
# model got 8 of 15 Genocide rows and 15 of 15 Protocol rows (docs/evaluation.md). The
# Genocide Convention defines its crime without quotation marks ("In the present Convention,
# genocide means ...") and calls it a political "crime", not "offence": the document model and
# one pattern were taught that after its misses were seen, so rows I and IV to VII no longer
# test a treaty unseen. Rows the model still misses are strict expected failures.
GENOCIDE_CONVENTION = "BWBV0005551"
CORRUPTION_PROTOCOL = "BWBV0001762"


@pytest.fixture(scope="module")
def genocide(corpus):
    return labelled_unseen(corpus, GENOCIDE_CONVENTION)


@pytest.fixture(scope="module")
def corruption_protocol(corpus):
    return labelled_unseen(corpus, CORRUPTION_PROTOCOL)


GENOCIDE_ROWS = [
    # a recital acknowledging that genocide is a crime: no tier
    ("preamble(2)", []),
    # the obligation to prevent and punish the Convention's own crime, named by its term
    ("I", ["defined"]),
    # the definition of the Convention's own crime and its items: no tier (codebook, own crimes)
    ("II", []),
    ("II(a)", []),
    # "The following acts shall be punishable:" establishes offences, and each item names one
    ("III", ["defined"]),
    pytest.param("III(a)", ["defined"], marks=MISSED),
    pytest.param("III(c)", ["defined"], marks=MISSED),
    # punishment, legislation and trial of persons for the acts enumerated in article III
    # (the legislation "in accordance with their Constitutions" is no measure: no domestic_law;
    # a tribunal named as the forum: no judicial_oversight)
    ("IV", ["defined"]),
    ("V", ["defined"]),
    ("VI", ["defined"]),
    # not political crimes for extradition (a ground waived); extradition in accordance with
    # the parties' laws and treaties in force
    ("VII", ["defined", "refusal_grounds", "domestic_law"]),
    # a call on the organs of the United Nations for prevention and suppression: an aim, no measure
    # (the model gives `defined` since it knows genocide as the Convention's own crime)
    pytest.param("VIII", [], marks=MISSED),
    # disputes, territorial application, duration: final clauses
    ("IX", []),
    ("XII", []),
    ("XIV", []),
]

CORRUPTION_PROTOCOL_ROWS = [
    ("preamble(2)", []),
    # definitions of terms that are no class of offences
    ("1(1)", []),
    ("1(3)", []),
    # the prosecuting State applies a definition as far as its national law allows: criminal
    # law, no measure
    ("1(4)", []),
    # criminalisation articles ("under its domestic law" locates the obligation: no domestic_law)
    ("2", ["defined"]),
    ("3", ["defined"]),
    ("4", ["defined"]),
    ("5", ["defined"]),
    ("6", ["defined"]),
    # monitoring body; relationship to the Convention (provisions, not offences); declarations
    ("7", []),
    ("8(1)", []),
    ("9(1)", []),
    # a reservation restricting the passive bribery offences defined in article 5 of the
    # Convention (another instrument, the parent convention): treaty (a careful reader could
    # also give none: a reservation to criminalisation delimits no measure)
    ("9(2)", ["treaty"]),
    ("10(3)", []),
    ("13(3)", []),
]


@pytest.mark.parametrize(("clause_id", "labels"), GENOCIDE_ROWS)
def test_the_genocide_convention_read_blind(genocide, clause_id, labels):
    lc = genocide[clause_id]
    assert lc.tiers + lc.safeguards == labels


@pytest.mark.parametrize(("clause_id", "labels"), CORRUPTION_PROTOCOL_ROWS)
def test_the_corruption_protocol_read_blind(corruption_protocol, clause_id, labels):
    lc = corruption_protocol[clause_id]
    assert lc.tiers + lc.safeguards == labels
