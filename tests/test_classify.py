"""The classifier: deterministic training, safe saving and loading, grouped splits, and metrics."""

from __future__ import annotations

import fractions
import json
import random

import numpy as np
import pandas as pd
import pytest

from treatyscope.classify import LabelModel
from treatyscope.model_store import load_model, save_model
from treatyscope.errors import GoldError, ModelError
from treatyscope.evaluate import cross_validate, fit_full, label_metrics, prepare, span_overlap_f1, split_targets
from treatyscope.types import SAFEGUARDS

# Clause templates of our own wording; each carries the labels it is written to express.
TEMPLATES = [
    ("Each Party shall establish as criminal offences the {x} of data.", ["defined"], []),
    ("The powers apply to serious crime involving {x}.", ["serious"], []),
    ("Assistance may be refused where the request concerns {x}.", [], ["refusal_grounds"]),
    ("The measures shall be carried out in accordance with its domestic law on {x}.", [], ["domestic_law"]),
    ("Parties shall respect human rights when dealing with {x}.", [], ["human_rights"]),
    ("Information about {x} shall be kept confidential by the requesting Party.", [], ["use_limitation"]),
    ("The Secretary General shall notify the Parties of {x}.", [], []),
    ("This Convention enters into force once {x} has been deposited.", [], []),
]
TOPICS = ["interception", "alteration", "seizure", "tracing", "freezing", "transfer", "storage", "copying", "deletion",
          "disclosure"]


def synthetic_records(n_docs=4, per_doc=40, seed=1):
    rng = random.Random(seed)
    records = []
    for d in range(n_docs):
        for i in range(per_doc):
            template, tiers, safeguards = TEMPLATES[(i + d) % len(TEMPLATES)]
            text = template.format(x=rng.choice(TOPICS))
            records.append({"doc_id": f"T{d}", "clause_id": str(i + 1), "start": 0, "end": len(text), "text": text,
                            "heading": "", "chapeau": "", "tiers": tiers, "safeguards": safeguards, "evidence": []})
    return records


@pytest.fixture(scope="module")
def records():
    return synthetic_records()


@pytest.fixture(scope="module")
def model(records):
    return fit_full(records, seed=3)


def test_training_is_deterministic(records, model):
    again = fit_full(records, seed=3)
    prep = prepare(records)
    assert np.array_equal(model.tiers.predict_proba(prep.X), again.tiers.predict_proba(prep.X))
    assert np.array_equal(model.safeguards.thresholds_, again.safeguards.thresholds_)
    assert list(model.safeguards.rules_) == list(again.safeguards.rules_)


def test_model_learns_the_fixture(records, model):
    prep = prepare(records)
    pred = np.hstack([model.tiers.predict(prep.X), model.safeguards.predict(prep.X)])
    assert label_metrics(prep.Y, pred)["all"]["micro_f1"] > 0.95


def test_saved_model_loads_and_predicts_the_same(records, model, tmp_path):
    save_model(model, tmp_path / "m")
    loaded = load_model(tmp_path / "m")
    prep = prepare(records)
    assert np.array_equal(loaded.safeguards.predict_proba(prep.X), model.safeguards.predict_proba(prep.X))
    assert loaded.card["sha256"] == json.loads((tmp_path / "m" / "model.json").read_text())["sha256"]


def test_tampered_model_file_is_refused(model, tmp_path):
    save_model(model, tmp_path / "m")
    f = tmp_path / "m" / "model.skops"
    data = bytearray(f.read_bytes())
    data[len(data) // 2] ^= 0xFF
    f.write_bytes(bytes(data))
    with pytest.raises(ModelError, match="checksum does not match"):
        load_model(tmp_path / "m")


def test_model_with_a_type_not_allowed_is_refused_before_loading(model, tmp_path):
    import hashlib

    import skops.io as sio

    folder = tmp_path / "m"
    save_model(model, folder)
    crafted = {"tiers": model.tiers, "safeguards": model.safeguards, "payload": fractions.Fraction(1, 3)}
    sio.dump(crafted, folder / "model.skops")
    card = json.loads((folder / "model.json").read_text())
    card["sha256"] = hashlib.sha256((folder / "model.skops").read_bytes()).hexdigest()  # a consistent forgery
    (folder / "model.json").write_text(json.dumps(card))
    with pytest.raises(ModelError, match="types that are not allowed.*fractions.Fraction"):
        load_model(folder)


def test_missing_model_folder_is_a_clear_error(tmp_path):
    with pytest.raises(ModelError, match="not a treatyscope model"):
        load_model(tmp_path)


def test_grouped_split_never_puts_a_treaty_on_both_sides(records):
    prep = prepare(records)
    _, _, folds = cross_validate(prep, folds=4, seed=0)
    flat = [d for fold in folds for d in fold]
    assert sorted(flat) == ["T0", "T1", "T2", "T3"]  # each treaty is tested exactly once ...
    assert all(len(fold) == 1 for fold in folds)  # ... by a model trained on the other three


def drafts_like(records, prefix="D"):
    """Records of labelled drafts: the synthetic treaties' clauses under other names."""
    return [dict(r, doc_id=prefix + r["doc_id"], draft=True) for r in records]


def test_drafts_train_in_every_fold_and_are_never_predicted(records, monkeypatch):
    import treatyscope.classify as classify

    prep, extra = prepare(records), prepare(drafts_like(records[:80]))
    chosen_on: list[int] = []
    real = classify.choose_rule

    def spy(y, *args, **kwargs):
        chosen_on.append(len(y))
        return real(y, *args, **kwargs)

    monkeypatch.setattr(classify, "choose_rule", spy)
    pred, spans, folds = cross_validate(prep, folds=4, seed=0, extra=extra)
    assert pred.shape == prep.Y.shape and len(spans) == len(records)
    assert sorted(d for fold in folds for d in fold) == ["T0", "T1", "T2", "T3"]
    # Each fold trains on three treaties (120 clauses) and the 80 draft clauses; the rules and
    # thresholds are chosen on the treaties' 120 alone (every label that has a positive there).
    assert set(chosen_on) == {120}


def test_a_treaty_only_label_learns_from_the_treaties_alone(records):
    from treatyscope.classify import ClauseLabeler, fit_features

    treaties, drafts = prepare(records[:120]), prepare(drafts_like(records[120:]))
    X = pd.concat([treaties.X, drafts.X], ignore_index=True)
    Y = split_targets(np.vstack([treaties.Y, drafts.Y]))[1]
    groups = np.concatenate([treaties.groups, drafts.groups])
    mask = np.arange(len(X)) < 120
    features = fit_features(X)
    mixed = ClauseLabeler(SAFEGUARDS).fit(X, Y, groups=groups, features=features, tune=mask,
                                          treaty_only=("human_rights",))
    alone = ClauseLabeler(SAFEGUARDS).fit(X[mask], Y[mask], groups=groups[mask], features=(features[0], features[1][mask]))
    coef = {lab: (e.coef_, a.coef_) for lab, e, a in zip(SAFEGUARDS, mixed.pipeline_.named_steps["model"].estimators_,
                                                          alone.pipeline_.named_steps["model"].estimators_)}
    assert np.array_equal(*coef["human_rights"])  # the drafts taught it nothing ...
    assert not np.array_equal(*coef["refusal_grounds"])  # ... and the other labels learnt from them


def test_a_model_trained_with_drafts_names_them_in_its_card(records):
    model = fit_full(records, seed=3, extra_records=drafts_like(records[:40]))
    assert (model.card["data"]["documents"], model.card["data"]["clauses"]) == (["T0", "T1", "T2", "T3"], 160)
    assert (model.card["data"]["drafts"], model.card["data"]["draft_clauses"]) == (["DT0"], 40)
    with pytest.raises(GoldError, match="T0: a labelled draft has the name of a gold document"):
        fit_full(records, extra_records=drafts_like(records[:40], prefix=""))


def test_label_model_decides_from_probabilities(records, model):
    assert isinstance(model, LabelModel)
    prep = prepare(records[:8])
    decided = model.decide(prep.X)
    # each template's labels, nothing else; each with the probability its classifier gives
    assert [sorted(d) for d in decided] == [["defined"], ["serious"], ["refusal_grounds"], ["domestic_law"],
                                            ["human_rights"], ["use_limitation"], [], []]
    probabilities = model.safeguards.predict_proba(prep.X)
    assert decided[2]["refusal_grounds"] == float(probabilities[2, SAFEGUARDS.index("refusal_grounds")])


@pytest.mark.parametrize(
    ("y_true", "y_pred", "label", "expected"),
    [
        # 2 true positives, 1 false positive, 1 false negative: P = R = F1 = 2/3
        ([[1], [1], [0], [1], [0]], [[1], [1], [1], [0], [0]], 0, (2 / 3, 2 / 3, 2 / 3, 3)),
        # no prediction at all: precision 0 by convention, recall 0
        ([[1], [0]], [[0], [0]], 0, (0.0, 0.0, 0.0, 1)),
        # perfect
        ([[1], [0], [1]], [[1], [0], [1]], 0, (1.0, 1.0, 1.0, 2)),
    ],
)
def test_label_metrics_against_hand_computed_values(y_true, y_pred, label, expected):
    m = label_metrics(np.array(y_true), np.array(y_pred), labels=("refusal_grounds",))["labels"]["refusal_grounds"]
    assert (m["precision"], m["recall"], m["f1"], m["support"]) == pytest.approx(expected)


def test_macro_and_micro_averages_by_hand():
    # two labels: A has TP=1 FP=1 (F1 2/3); B has TP=1 FN=1 (F1 2/3); micro: TP=2 FP=1 FN=1 -> 2/3
    y_true = np.array([[1, 1], [0, 1]])
    y_pred = np.array([[1, 1], [1, 0]])
    m = label_metrics(y_true, y_pred, labels=("defined", "human_rights"))
    assert m["all"]["micro_f1"] == pytest.approx(2 / 3)
    assert m["all"]["macro_f1"] == pytest.approx(2 / 3)
    assert m["tiers"]["macro_f1"] == pytest.approx(2 / 3) and m["tiers"]["labels_measured"] == 1


def test_span_overlap_by_hand():
    gold = [[("defined", 0, 10), ("any", 20, 30)]]
    pred = [[("defined", 5, 12), ("defined", 40, 50), ("any", 0, 5)]]
    m = span_overlap_f1(gold, pred)
    # predicted: 1 of 3 overlaps a gold span of its label; gold: 1 of 2 is found
    assert (m["precision"], m["recall"]) == pytest.approx((1 / 3, 1 / 2))
    assert m["f1"] == pytest.approx(2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2))


def test_targets_split_into_tiers_and_safeguards(records):
    prep = prepare(records)
    t, s = split_targets(prep.Y)
    assert (t.shape, s.shape) == ((len(records), 5), (len(records), 9))
    # the second template is "serious", the third "refusal_grounds": their columns, nothing else
    assert (t[1].tolist(), s[2].tolist()) == ([0, 0, 1, 0, 0], [0, 1, 0, 0, 0, 0, 0, 0, 0])


def test_model_card_names_the_labels_with_few_gold_clauses_from_its_figures():
    from treatyscope.model_store import card_markdown

    card = {"name": "m", "data": {"clauses": 10, "documents": ["a"]}, "sha256": "x",
            "metrics": {"classifier": {"tiers": {"macro_f1": 0.5}, "safeguards": {"macro_f1": 0.5},
                                       "all": {"micro_f1": 0.5},
                                       "labels": {"defined": {"support": 40}, "treaty": {"support": 3},
                                                  "other": {"support": 11}, "human_rights": {"support": 12}}}}}
    assert card_markdown(card).splitlines()[-1] == (
        "Limits: the tiers `treaty` and `other` rest on fewer than 12 training clauses each; English text only.")
    card["metrics"]["classifier"]["labels"]["human_rights"]["support"] = 2
    assert "the labels `treaty`, `other` and `human_rights` rest" in card_markdown(card)
    assert card_markdown({**card, "metrics": {}}).splitlines()[-1] == "Limits: English text only."


def test_ablation_cross_validates_each_feature_setup_on_the_same_folds(records):
    from treatyscope.evaluate import ablation

    setups = (("clause only", ()), ("+ function", ("function",)), ("+ vectors", ("vectors",)))
    seen = []
    result = ablation(records, setups=setups, progress=seen.append)
    # without a projection the setups that need one are left out, and said so by their absence
    assert seen == ["clause only", "+ function"]
    assert list(result["setups"]) == ["clause only", "+ function"]
    assert [result["setups"][n]["feature_groups"] for n in seen] == [[], ["function"]]
    for name in seen:
        m = result["setups"][name]
        assert set(m["labels"]) == set(result["patterns"]["labels"])
        assert 0.0 <= m["all"]["micro_f1"] <= 1.0


def test_evaluated_evidence_of_a_classifier_label_is_what_label_shows():
    """evaluate's evidence for a label the patterns did not find: the label's own words nearest
    the n-gram that weighed most (as ``treatyscope label`` shows it); a label only the whole
    clause could show is an empty span, which overlaps no gold span."""
    from types import SimpleNamespace

    from treatyscope.evaluate import _classifier_spans
    from treatyscope.types import LABELS

    texts = ["The measure shall be reported to a court at every stage of the proceedings.",
             "The person surrendered shall be heard at every stage of the proceedings."]
    recs = [{"doc_id": "T", "clause_id": str(i), "start": 0, "end": len(t), "text": t, "heading": "", "chapeau": "",
             "tiers": [], "safeguards": [], "evidence": []} for i, t in enumerate(texts)]
    prep = prepare(recs)
    assert prep.pattern_spans == [[], []]  # the patterns find nothing: the classifier's label stands alone
    stub = SimpleNamespace(top_words=lambda k, words: ["the proceedings"] if "measure" in words else ["the"])
    pred = np.zeros((2, len(LABELS)), dtype=int)
    pred[:, LABELS.index("judicial_oversight")] = 1
    spans = _classifier_spans(stub, stub, prep, np.array([0, 1]), pred)
    first = texts[0].index("a court")
    assert spans == [[("judicial_oversight", first, first + len("a court"))], [("judicial_oversight", 0, 0)]]
    assert span_overlap_f1([[("judicial_oversight", 0, len(texts[1]))]], [spans[1]])["precision"] == 0.0


def test_each_labeler_learns_nothing_from_the_other_labelers_markers(records, model):
    """The tier regressions weigh no safeguard marker (pattern hit, polarity, cue, lead-in label,
    its pairing with the function) and the safeguard regressions no tier marker: such weights are
    exactly zero, so the saved model needs no mask."""
    from treatyscope.classify import _feature_names

    def weights(labeler):
        names = _feature_names(labeler.pipeline_.named_steps["features"])
        coef = np.vstack([est.coef_.ravel() for est in labeler.pipeline_.named_steps["model"].estimators_])
        return {n: bool(np.any(coef[:, i] != 0)) for i, n in enumerate(names)
                if n.split(": ", 1)[0] in ("patterns", "function", "facts")}

    tiers, safeguards = weights(model.tiers), weights(model.safeguards)
    safeguard_markers = sorted(n for n in tiers if any(f"P_{s}" in n for s in SAFEGUARDS) or "POLARITY_" in n)
    tier_markers = sorted(n for n in safeguards if any(f"P_{t}" in n for t in ("defined", "serious")))
    assert safeguard_markers and tier_markers
    assert [n for n in safeguard_markers if tiers[n]] == []
    assert [n for n in tier_markers if safeguards[n]] == []
    # ... while each labeler still weighs its own markers
    assert any(safeguards[n] for n in safeguard_markers) and any(tiers[n] for n in tier_markers)


def test_the_measures_only_gate_keeps_a_reservation_that_keeps_a_right_to_refuse():
    """A safeguard that binds measures only is no hit in a clause that is no measure (codebook,
    "Measures"), except a reservation among the final clauses that keeps a right to refuse: its
    condition binds the refusal ("reserve the right to refuse where the conduct is not an offence
    under its own law": dual criminality; codebook, "Refusal" and "Dual criminality"); and one that
    keeps or imposes dual criminality itself ("reserves the right to make the execution of requests
    for search or seizure conditional on the conduct being punishable under the law of both
    Parties"). Domestic-law words in a final clause stay no hit."""
    from treatyscope.labelmodel import LabelerRules

    rules = LabelerRules()
    rules.labels, rules.groups = ("dual_criminality", "refusal_grounds", "domestic_law"), ("function", "facts")
    X = {"patterns": ["P_dual_criminality P_refusal_grounds", "P_dual_criminality", "P_domestic_law P_refusal_grounds",
                      "P_dual_criminality P_domestic_law", "P_domestic_law"],
         "facts": ["", "", "", "", ""],
         "function": ["FN_final", "FN_final", "FN_criminalisation", "FN_measure", "FN_final"]}
    assert rules.pattern_hits(X).tolist() == [[True, True, False], [True, False, False], [False, True, False],
                                              [True, False, True], [False, False, False]]


def _fixed_rules(labels, rules, thresholds, probability):
    """Decision rules over a classifier that gives every label of every row ``probability``."""
    import numpy as np

    from treatyscope.labelmodel import LabelerRules

    class Fixed(LabelerRules):
        def predict_proba(self, X):
            return np.full((len(X["patterns"]), len(self.labels)), probability)

    fixed = Fixed()
    fixed.labels, fixed.groups = tuple(labels), ("function", "facts")
    fixed.rules_ = np.array(rules, dtype=object)
    fixed.thresholds_ = np.array(thresholds)
    fixed.active_ = np.array([True] * len(labels))
    fixed.pipeline_ = object()
    return fixed


def test_a_defined_terms_tier_is_given_under_every_decision_rule():
    """Codebook, "Defined terms": a term the instrument defines takes the tier of its definition
    wherever it delimits a measure. The document model's hit (``HIT_``) gives the label whether
    the label's rule is the classifier, the patterns or either; a pattern hit counts under the
    patterns' rules only."""
    rules = _fixed_rules(("defined", "serious", "any"), ["classifier", "union", "patterns"], [0.5, 0.5, 0.5], 0.2)
    X = {"patterns": ["P_none", "P_defined P_serious P_any", "P_none"],
         "facts": ["DT_defined HIT_defined DT_serious HIT_serious", "", "DT_any"],
         "function": ["FN_measure", "FN_measure", "FN_measure"]}
    assert rules.predict(X).tolist() == [[1, 1, 0], [0, 1, 1], [0, 0, 0]]


def test_the_law_a_dual_criminality_condition_names_gives_no_domestic_law():
    """Codebook, "Dual criminality" and "Domestic law binds measures only": where the patterns
    find dual-criminality wording and no domestic-law wording ("where the conduct is not an
    offence under its own law"), the law named is the criterion of criminality, and the
    classifier alone gives no `domestic_law`; a domestic-law pattern beside it still does."""
    rules = _fixed_rules(("dual_criminality", "domestic_law", "human_rights"), ["patterns", "classifier", "classifier"],
                         [0.5, 0.65, 0.8], 0.9)
    X = {"patterns": ["P_dual_criminality P_dual_criminality_optional", "P_dual_criminality P_domestic_law", "P_none",
                      "P_domestic_law"],
         "facts": ["", "", "", ""],
         "function": ["FN_measure", "FN_measure", "FN_measure", "FN_measure"]}
    assert rules.vetoes(X).tolist() == [[False, True, False], [False, False, False], [False, False, False],
                                        [False, False, False]]
    assert rules.predict(X).tolist() == [[1, 0, 1], [1, 1, 1], [0, 1, 1], [0, 1, 1]]


def test_a_clause_that_names_no_offence_gets_no_any_from_the_classifier():
    """Codebook, "Generic offences": `any` is "an offence", "a criminal offence" setting a scope.
    Where a clause's words name no offence ("persons who have been the object of conduct set
    forth in article 6"), the classifier alone gives no `any`; a pattern hit still does, and a
    clause that names an offence keeps the classifier's reading."""
    rules = _fixed_rules(("defined", "serious", "any"), ["union", "union", "union"], [0.5, 0.5, 0.5], 0.9)
    X = {"patterns": ["P_none", "P_none", "P_any"],
         "facts": ["", "", ""],
         "function": ["FN_measure", "FN_measure", "FN_measure"],
         "words": ["protect persons who have been the object of conduct set forth in article 6",
                   "assistance in respect of an offence punishable under its law",
                   "jurisdiction over acts committed on board"]}
    assert rules.vetoes(X).tolist() == [[False, False, True], [False, False, False], [False, False, True]]
    assert rules.predict(X).tolist() == [[1, 1, 0], [1, 1, 1], [1, 1, 1]]


def test_a_clause_that_names_no_instrument_gets_no_treaty_from_the_classifier():
    """Codebook, `treaty`: offences established under other instruments are named through an
    instrument. Where neither the clause, its heading and lead-in (``context``) nor a pattern or a
    document fact names one ("for the investigation of terrorism or its financing"), the classifier
    alone gives no `treaty`; an instrument in the lead-in, a treaty pattern and a term defined by
    another instrument (its ``DT_treaty`` fact) keep the classifier's reading."""
    rules = _fixed_rules(("defined", "treaty"), ["union", "union"], [0.5, 0.5], 0.9)
    X = {"patterns": ["P_none", "P_none", "P_treaty", "P_none"],
         "facts": ["", "", "", "DT_treaty DT_treaty@FN_measure"],
         "function": ["FN_measure"] * 4,
         "context": ["use of information", "offences within the scope of the following conventions",
                     "ctx_none", "ctx_none"],
         "words": ["used only for the investigation of terrorism or its financing",
                   "unlawful seizure of aircraft",
                   "offences under the applicable international instruments",
                   "searched only in relation to the financing of terrorism"]}
    assert rules.vetoes(X).tolist() == [[False, True], [False, False], [False, False], [False, False]]
    assert rules.predict(X).tolist() == [[1, 0], [1, 1], [1, 1], [1, 1]]


def test_a_recital_that_states_no_need_gets_no_human_rights_from_the_classifier():
    """Codebook, "Recitals": a recital gets a safeguard only when it states it as a constraint
    ("Mindful of the need to ensure ... respect for fundamental human rights", "Determined that
    every measure ... shall respect human rights"); one that recalls
    an instrument or acknowledges rights gets no `human_rights` from the classifier. An
    operative clause that names an instrument keeps the classifier's reading."""
    rules = _fixed_rules(("human_rights", "domestic_law"), ["union", "union"], [0.5, 0.5], 0.9)
    X = {"patterns": ["P_none"] * 5,
         "facts": [""] * 5,
         "function": ["FN_preamble", "FN_preamble", "FN_measure", "FN_preamble", "FN_preamble"],
         "raw": ["having regard to the universal declaration of human rights;",
                 "mindful of the need to ensure a proper balance between the interests of law enforcement "
                 "and respect for fundamental human rights;",
                 "the requested party shall act in accordance with the universal declaration of human rights.",
                 "recognizing that everyone has the right to life, liberty and security of person;",
                 "determined that every measure taken under this convention shall respect human rights,"]}
    assert rules.vetoes(X).tolist() == [[True, False], [False, False], [False, False], [True, False], [False, False]]
    assert rules.predict(X).tolist() == [[0, 1], [1, 1], [1, 1], [0, 1], [1, 1]]


def test_the_classifier_alone_must_beat_the_patterns_rules_by_a_margin():
    """A label's rule: the classifier alone is chosen only when its F1 beats the best rule that
    keeps the patterns' hits by RULE_MARGIN or more; a near-tie keeps the patterns' hits. The
    patterns alone (a safeguard's, not under keep_patterns) likewise only when they beat the union."""
    import numpy as np

    from treatyscope.classify import RULE_MARGIN, choose_rule

    assert RULE_MARGIN == 0.01
    y = np.array([True] * 50 + [False] * 50)
    nothing = np.zeros(100, dtype=bool)
    # the classifier finds all 50 and no false one; a pattern hit on one negative row
    oof = np.where(y, 0.9, 0.1)
    one_false = nothing.copy()
    one_false[60] = True
    assert choose_rule(y, oof, one_false, nothing) == ("union", 0.5)  # F1 1.000 against 0.990: a near-tie
    # five false pattern hits: the classifier alone is better by 0.048
    five_false = nothing.copy()
    five_false[60:65] = True
    assert choose_rule(y, oof, five_false, nothing) == ("classifier", 0.5)
    # keep_patterns: never the classifier alone
    assert choose_rule(y, oof, five_false, nothing, keep_patterns=True) == ("union", 0.5)
    # a classifier that finds nothing: the patterns' hits (union, which ties with the patterns alone)
    some = np.array([True] * 40 + [False] * 60)
    assert choose_rule(y, np.zeros(100), some, nothing) == ("union", 0.5)
    # the patterns alone against the union: a classifier that adds one false row is a near-tie (F1 0.99):
    # the union stays; one that adds ten false rows loses by more than the margin: the patterns alone.
    # Under keep_patterns (the tiers) the patterns alone need no margin.
    perfect = y.copy()
    one_more = np.where(np.arange(100) == 60, 0.99, oof)
    assert choose_rule(y, one_more, perfect, nothing) == ("union", 0.5)
    ten_more = np.where((np.arange(100) >= 60) & (np.arange(100) < 70), 0.99, oof)
    assert choose_rule(y, ten_more, perfect, nothing) == ("patterns", 0.5)
    assert choose_rule(y, one_more, perfect, nothing, keep_patterns=True) == ("patterns", 0.5)


def test_a_definition_that_attaches_no_condition_gets_no_human_rights():
    """A definition's human-rights words describe its term ("'violence against women' is understood
    as a violation of human rights ... and shall mean ..."): no `human_rights`, neither from the
    patterns nor from the classifier. A definition that attaches a condition to its term ("on
    condition that the person concerned must have the opportunity of having the case tried by a
    court"), and a measure with the same words, keep it."""
    rules = _fixed_rules(("human_rights", "domestic_law"), ["patterns", "union"], [0.5, 0.5], 0.9)
    X = {"patterns": ["P_human_rights P_domestic_law", "P_human_rights", "P_human_rights"],
         "facts": [""] * 3,
         "function": ["FN_definition", "FN_definition", "FN_measure"],
         "raw": ["\"violence against women\" is understood as a violation of human rights and shall mean all acts of "
                 "gender-based violence;",
                 "\"offence\" comprises acts dealt with under the criminal law on condition that the person concerned "
                 "must have the opportunity of having the case tried by a court;",
                 "a violation of human rights shall be a ground for refusal."]}
    assert rules.pattern_hits(X).tolist() == [[False, False], [True, False], [True, False]]
    assert rules.vetoes(X).tolist() == [[True, False], [False, False], [False, False]]
    assert rules.predict(X).tolist() == [[0, 1], [1, 1], [1, 1]]
