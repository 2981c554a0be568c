"""Evidence quality of the patterns-only pipeline against the gold evidence (gold v2).

    python benchmarks/bench_evidence.py [--corpus DIR] [--gold DIR] [--show polarity|loose|missed] [--json]
    python benchmarks/bench_evidence.py --classifier [--ngram-evidence]

For every gold treaty it labels the document with the patterns-only pipeline and compares
the evidence spans with the gold spans of the same clause:

- polarity accuracy: for each gold safeguard span that some predicted span of its label
  overlaps, whether the polarity of the predicted span that overlaps it most equals the gold
  polarity (``required``, ``optional``, ``waived``); with the confusion counts;
- evidence overlap (as ``treatyscope evaluate``): a predicted span is correct when it overlaps
  a gold span of its label in its clause, a gold span is found when a predicted one overlaps it;
- tightness: of the characters of the correct predicted spans, the share inside a gold span
  of the label (character precision), and of the found gold spans' characters, the share
  the predicted spans cover (character recall); and the mean words per span, predicted and gold.

``--classifier`` runs the shipped pipeline (patterns and classifier) instead, and adds the
figures for the evidence of labels the classifier gave alone: how many spans, their mean
words, the share that overlap a gold span of their label, the share that are the whole
clause and the share made only of function words ("if the"); ``--ngram-evidence`` gives those
labels the n-gram that weighed most as evidence, as before ``readable_evidence``, for
comparison. (The shipped model was trained on this gold: its labels are in-sample; the
evidence figures measure where the words are placed, not the labels.)

``--show`` prints the cases behind a figure (polarity errors, loose spans, missed gold
spans), for reading; no treaty text is written anywhere.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def measure(corpus: Path | None, gold: list[str] | None, show: str | None, *, classifier: bool = False,
            ngram_evidence: bool = False) -> dict:
    from treatyscope.evaluate import span_overlap_f1
    from treatyscope.gold import load_records
    from treatyscope.ingest import read_document
    from treatyscope.corpus import document_path, find_corpus
    import treatyscope.pipeline as pipeline
    from treatyscope.components.evidence import _FUNCTION_WORDS
    from treatyscope.pipeline import default_pipeline, label_clauses, patterns_pipeline
    from treatyscope.segment import segment_document
    from treatyscope.types import SAFEGUARDS

    records = load_records(gold, corpus)
    corpus_dir = find_corpus(corpus)
    nlp = default_pipeline() if classifier else patterns_pipeline()
    if ngram_evidence:
        pipeline.readable_evidence = lambda label, text, words: words or (0, len(text))
    clf = {"spans": 0, "words": 0, "overlap_gold": 0, "whole_clause": 0, "function_words_only": 0}
    by_doc: dict[str, list[dict]] = {}
    for r in records:
        by_doc.setdefault(r["doc_id"], []).append(r)
    gold_spans, pred_spans = [], []
    confusion: Counter = Counter()
    unmatched_safeguard = 0
    char_in = char_pred = char_cov = char_gold = 0
    words_pred: list[int] = []
    words_gold: list[int] = []
    for doc_id, recs in sorted(by_doc.items()):
        document = read_document(document_path(corpus_dir, doc_id), doc_id=doc_id)
        clauses = {c.clause_id: c for c in segment_document(document).clauses if not c.skipped}
        wanted = [clauses[r["clause_id"]] for r in recs if r["clause_id"] in clauses]
        labelled = {lc.clause.clause_id: lc for lc in label_clauses(nlp, wanted)}
        text = document.text
        for r in recs:
            lc = labelled.get(r["clause_id"])
            pred = [(e.label, e.start, e.end, e.polarity) for e in (lc.evidence if lc else [])]
            for e in (lc.evidence if lc else []):
                if str(e.source).lower().endswith("classifier"):
                    words = text[e.start:e.end].split()
                    clf["spans"] += 1
                    clf["words"] += len(words)
                    clf["whole_clause"] += (e.start, e.end) == (r["start"], r["end"])
                    clf["function_words_only"] += all(w.lower().strip(".,;:()") in _FUNCTION_WORDS for w in words)
                    clf["overlap_gold"] += any(g["label"] == e.label and _overlap((e.start, e.end), (g["start"], g["end"]))
                                               for g in r["evidence"])
            gold_ev = [(e["label"], e["start"], e["end"], e.get("polarity")) for e in r["evidence"]]
            gold_spans.append([(lab, s, e) for lab, s, e, _ in gold_ev])
            pred_spans.append([(lab, s, e) for lab, s, e, _ in pred])
            words_gold.extend(len(text[s:e].split()) for _, s, e, _ in gold_ev)
            words_pred.extend(len(text[s:e].split()) for _, s, e, _ in pred)
            for lab, s, e, pol in gold_ev:
                same = [p for p in pred if p[0] == lab and _overlap((s, e), (p[1], p[2]))]
                if lab in SAFEGUARDS:
                    if not same:
                        unmatched_safeguard += 1
                    else:
                        best = max(same, key=lambda p: _overlap((s, e), (p[1], p[2])))
                        confusion[(pol, best[3])] += 1
                        if show == "polarity" and pol != best[3]:
                            print(f"{doc_id} {r['clause_id']} {lab}: gold {pol} [{text[s:e]}] / "
                                  f"predicted {best[3]} [{text[best[1]:best[2]]}]")
                if same:
                    char_gold += e - s
                    covered = set()
                    for p in same:
                        covered.update(range(max(s, p[1]), min(e, p[2])))
                    char_cov += len(covered)
                elif show == "missed":
                    print(f"{doc_id} {r['clause_id']} {lab}: missed [{text[s:e]}]")
            for lab, s, e, _ in pred:
                golds = [g for g in gold_ev if g[0] == lab and _overlap((s, e), (g[1], g[2]))]
                if not golds:
                    continue
                inside = set()
                for g in golds:
                    inside.update(range(max(s, g[1]), min(e, g[2])))
                char_in += len(inside)
                char_pred += e - s
                if show == "loose" and len(inside) < (e - s):
                    print(f"{doc_id} {r['clause_id']} {lab}: predicted [{text[s:e]}] / gold "
                          + " | ".join(f"[{text[g[1]:g[2]]}]" for g in golds))
    matched = sum(confusion.values())
    correct = sum(n for (g, p), n in confusion.items() if g == p)
    overlap = span_overlap_f1(gold_spans, pred_spans)
    return {
        "polarity": {"accuracy": correct / matched if matched else 0.0, "matched": matched, "correct": correct,
                     "gold_safeguard_spans_not_found": unmatched_safeguard,
                     "confusion": {f"{g}->{p}": n for (g, p), n in sorted(confusion.items())}},
        "evidence_overlap": overlap,
        "tightness": {"char_precision": char_in / char_pred if char_pred else 0.0,
                      "char_recall": char_cov / char_gold if char_gold else 0.0,
                      "mean_words_predicted": sum(words_pred) / len(words_pred) if words_pred else 0.0,
                      "mean_words_gold": sum(words_gold) / len(words_gold) if words_gold else 0.0},
        "documents": len(by_doc), "clauses": len(records),
        "classifier_evidence": clf if classifier else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--gold", action="append", default=None, help="gold file or folder (default: corpora/gold)")
    parser.add_argument("--show", choices=["polarity", "loose", "missed"], default=None)
    parser.add_argument("--classifier", action="store_true", help="the shipped pipeline, not the patterns alone")
    parser.add_argument("--ngram-evidence", action="store_true", help="with --classifier: the n-gram as evidence")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    out = measure(args.corpus, args.gold, args.show, classifier=args.classifier, ngram_evidence=args.ngram_evidence)
    if args.json:
        print(json.dumps(out, indent=2))
        return
    pol, ov, ti = out["polarity"], out["evidence_overlap"], out["tightness"]
    which = "patterns and classifier" if args.classifier else "patterns-only pipeline"
    print(f"gold: {out['documents']} treaties, {out['clauses']} clauses ({which})")
    print(f"polarity accuracy   {pol['accuracy']:.3f}  ({pol['correct']}/{pol['matched']} gold safeguard spans "
          f"found; {pol['gold_safeguard_spans_not_found']} not found)")
    print("  confusion gold->predicted: " + ", ".join(f"{k} {v}" for k, v in pol["confusion"].items()))
    print(f"evidence overlap    P {ov['precision']:.3f}  R {ov['recall']:.3f}  F1 {ov['f1']:.3f}  "
          f"({ov['predicted']} predicted, {ov['gold']} gold spans)")
    print(f"tightness           char precision {ti['char_precision']:.3f}  char recall {ti['char_recall']:.3f}  "
          f"words per span {ti['mean_words_predicted']:.1f} (gold {ti['mean_words_gold']:.1f})")

    c = out["classifier_evidence"]
    if c:
        n = c["spans"] or 1
        print(f"classifier-only labels: {c['spans']} evidence spans, {c['words'] / n:.1f} words each, "
              f"{c['overlap_gold'] / n:.3f} overlap a gold span, {c['whole_clause'] / n:.3f} whole clause, "
              f"{c['function_words_only'] / n:.3f} function words only")


if __name__ == "__main__":
    main()
