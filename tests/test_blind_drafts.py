"""Drafts read blind: the shipped model on the drafts written for the tests (112 of them).

**Since 2026-12-06 (late) these drafts are also training data** (``corpora/drafts``, where they
moved from ``tests/fixtures/blind``; docs/evaluation.md, "The labelled drafts as training data"):
the shipped model has seen every row below, so a row that passes is no blind measure any more,
and the misses listed are rows the model gets wrong even after training on them. What the
drafts teach a model about drafts it has not seen is measured by draft folds
(``python benchmarks/held_out_drafts.py``); a new draft is a blind measure until it joins them.
The history below tells how each set scored when it was read blind. The model trained on them
gets 7,905 of their 8,656 clauses right (7,363 before), which says only that it learnt them; rows
it still gets wrong that it got right before say "missed by the model trained with the drafts". The
model retrained after the study of the treaties read blind (2026-12-06, session 29) gets 7,927 of
them (729 rows then), its two new misses marked "missed by the model retrained after the study of
the treaties read blind"; the model retrained after the study of nine treaties read whole (2026-12-06,
session 30) gets 7,930 (726 rows then), its new misses marked so; the model retrained after the study
of nine more (session 31) also gets 7,930 (726 rows below: two proportionality misses fixed by the
patterns, two classifier proportionality decisions lost), its new misses marked so; the model
retrained after the study of eighteen more (session 32) gets 7,937 (719 rows below: seven fixed by
the patterns and the document model, none lost); the model retrained after the seven drafts of
session 34 joined them gets 8,083 of the fifty-five's 8,656 and 1,386 of the seven's 1,548 (735 rows
of the sixty-two, its new misses marked so). Six drafts read blind in session 35 (2026-12-07)
got 917 of their 1,216 clauses right blind (the code of the session's start with its segmenter's
mends, the readings as read) and 954 after the session's study with the model of session 34; they
then joined the training, and the model retrained on them gets 1,072 with the session's last cancellations
(1,068 before them; its misses marked "read blind on 2026-12-07 (session 35); missed by the model trained
with them") and 9,471 of the sixty-two's
10,204 (9,469 before; its new misses marked so). Six more read blind in session 36 (2026-12-07) got
1,096 of their 1,282 clauses right blind (the code of the session's start with its segmenter's mends,
the readings as finally set) and 1,134 after the session's study with the model of session 35; they
then joined the training, and the model retrained on them gets 1,196 (its misses marked "read blind on
2026-12-07 (session 36); missed by the model trained with them") and 10,602 of the sixty-eight's 11,420
(10,550 with that code and the model of session 35; its new misses marked so). Five read blind in
session 38 got 896 of their 1,082 clauses right blind and 926 after the study; three read blind in
session 39 got 519 of their 685 right blind (the code of the session's start with its segmenter's mends,
the readings as finally set) and 543 after the study; three read blind in session 40 got 611 of their
706 right blind (the code of the session's start with its segmenter's mends) and 629 after the study, and
three more read blind later in session 40 got 466 of their 574 (the code with that study and their
segmenter's mends) and 476 after theirs, and a third round of three (a memorandum, a resolution, a web
page) 396 of their 531 with the code after both studies, 399 after two mends, and 405 after their study
in session 41 (2026-12-07); three more read blind in session 41 (a union's convention on cyber security
and personal data, a league's convention on information technology offences, an agreement on ICT crimes
with dash-bulleted lists) got 379 of their 483 with the code of that study and 385 after their own.
Three more read blind in session 42 (a partnership agreement's Part numbered by title codes, "Article
LAW.SURR.77"; a river basin's convention on wildlife and forest crime with decimal paragraphs; a chair's
revised negotiating text with options and Markdown footnotes) got 588 of their 704 with the code of the
session's start and its segmenter's mends, and 603 after their study (one reading set to the gold's); three
more read after that study (an intelligence exchange agreement with titles in brackets and items "aa)", a
Pacific forum's convention as text from a PDF with page furniture, a terrorism convention translated from
French with items "1°") got 595 of their 752 blind (the code of commit 9cfa2ec with their segmenter's mends),
592 with the code before the first round's study, and 612 after their own. Three read blind in session 43 (a
fisheries agreement whose articles are numbered by their Part, "Article II-4"; a regional economic community's
regulation on orders for electronic evidence with numbered recitals and a certificate form; a consolidated text
of a convention as two protocols amended it, with inserted articles "6a", paragraphs "2a." and editorial notes)
got 594 of their 744 with the code of the session's start and its segmenter's mends, and 607 after their study
(608 after the second round's); three more read after that study (an asset recovery treaty translated from
Spanish, "ARTICLE 5.- TITLE"; a memorandum of understanding in "Clause 7 – Title" units; a Markdown extradition
treaty with "- (a)" list items and a schedule as a table) got 555 of their 701 blind (the code of commit 74349a3,
and as many with the code before the first round's study) and 562 after their own.
A third round (a General Assembly resolution with the convention it adopts in its annex; a police agreement in
"§ 7" units; a bilingual treaty giving each paragraph in English and then in French, whose French clauses are
listed unlabelled) got 779 of their 895 (the code of commit 46a51b9) and 802 after their study.
A fourth (an HTML page whose paragraphs and items are ordered lists the browser numbers; a data access
agreement with numbered definitions of unquoted terms; a bureau's paper of numbered headings "7. Title" with
superscript footnotes) got 563 of their 695 (the code of commit c98b137, with their layout mends) and 572 after
their study.
Three read blind in session 44 (a secretariat's Word draft whose numbers are Word's automatic numbering, with
the chair's tracked changes; a continental compilation's treaty, "Art. 7 Title" with bare-numbered paragraphs;
a regional police office's convention translated from French) got 577 of their 775 (the code of commit 7bf276c,
with their layout mends) and 601 after their study (602 after the later rounds'); three more (a Word protocol
in legal numbering, "4.1"; an exchange of notes read paragraph by paragraph; a convention with a table of
contents) got 598 of their 750 (commit bd1905f) and 609 after theirs (three readings set to the gold's); three
more (a compilation of delegations' proposals; a treaty forwarded twice as quoted e-mail; a Markdown export
with lazy "1." numbering and bullets) got 597 of their 696 (commit d01353e) and 605 after theirs.
None of these sets is in the shipped model's training (the model of session 36: a model retrained with
them lost on the treaties read whole, docs/evaluation.md), so their rows below are misses of a model
that has not seen them ("not trained on them").

Each draft (now in ``corpora/drafts``) was written for these tests and every clause labelled against
the codebook by a reader who never ran the labeller; where the gold labels the same words
otherwise, the reading was changed to the gold's and its note says so ("[checked: ...]").
``python benchmarks/blind_drafts.py`` prints the figures (docs/evaluation.md, "Three drafts read
blind" and the sections after it).

Three (a UN-style draft on crimes committed by means of ICT, a Council of Europe protocol on
electronic evidence, a regional convention against corruption) were read first: the shipped
model of commit 2f736f0 got 290 of their 387 clauses right (75%). Two more (a bilateral
extradition and assistance treaty, a UN zero draft) were written after the error study those
three prompted: the model of commit 07ef985 got 208 of their 259 clauses right (80%; 197 with
the model of 2f736f0). Two more (a UN-style sectoral convention against attacks on critical
information infrastructure, a regional asset-recovery convention) were read by the model of
commit 1ea412e: 234 of 291 (80%); after their study, two more (a convention on the transfer of
sentenced persons, a regional convention on information technology offences) by the model of
the commit that added them: 250 of 295 (85%; 249 with the model of 1ea412e), then 245 once 37
sentences of the four drafts that repeated a corpus treaty's sentence nearly word for word were
reworded (the project keeps no corpus text). Three more (a bilateral agreement on access to
electronic data held by service providers, a regional treaty on mutual legal assistance, a UN
revised draft with bracketed alternatives) by the model of commit 2c16da0: 358 of 480 (75%),
after 12 sentences that repeated a corpus sentence were reworded and 11 readings set to the
gold's. Three more (a multilateral agreement on police cooperation and information exchange, a
regional extradition convention, a convention on the transfer of criminal proceedings) by the
model of commit a9b5aca: 325 of 507 (64%), after 8 sentences that repeated a corpus sentence
were reworded and 10 readings set to the gold's. Four more (a bilateral extradition treaty in
common-law style, an agreement on the automated exchange of DNA, fingerprint and vehicle data, a
UN-style protocol on further ICT offences with bracketed alternatives, a regional convention on
environmental crime) by the model of commit e4bd982: 475 of 669 (71%), 480 (72%) once 8 readings
were set to the gold's. Four more (a regional protocol on trafficking in human beings and the
smuggling of migrants, a convention on the mutual recognition of freezing, confiscation and
investigation orders, an agreement between financial intelligence units, a protocol on special
investigative techniques) by the model of commit ce41299: 498 of 673 (74%), 501 once 7 readings
were set to the gold's (15 sentences that repeated a corpus sentence were then reworded, which
changed no figure). Three more (a regional arrest warrant convention, a convention on the
protection of witnesses and collaborators of justice, an agreement on the exchange of criminal
records) by the model of commit a5f8435: 339 of 484 (70%), 340 once 6 readings were set to the
gold's (7 sentences near a corpus sentence then reworded). Four more (a regional convention against
illicit drug traffic, an agreement on passenger name record data, an agreement on joint
investigation teams and cross-border operations, a convention on online child sexual exploitation)
by the model of commit f782b3b: 439 of 669 (66%), 440 once 11 readings were set to the gold's (11
sentences near a corpus sentence then reworded). Three more (an amending protocol to an extradition
convention, a convention on offences relating to cultural property, a non-binding memorandum
between customs and police authorities) by the model of commit 20a785b: 355 of 497 (71%), 356 once 3
readings were set to the gold's (7 sentences near a corpus sentence then reworded, which changed
one row). Five more (a bilateral agreement on suppressing illicit traffic by sea, a regional
protocol against the illicit manufacturing of and trafficking in firearms, an agreement with an
international criminal tribunal on cooperation and judicial assistance, a regional convention on
assistance in tax matters, a convention on the cross-border interception of telecommunications
with an annex) by the model of commit ac276b3: 629 of 841 (75%), 628 once 23 sentences near a
corpus sentence were reworded. Four more (an older UN-style convention against unlawful acts
against civil aviation, its articles without titles; a regional convention on the manipulation
of sports competitions; a UN-style convention against enforced disappearance; a regional
convention on counterfeit medical products) were read blind on the third night of 2026-12-05,
each by the code and model of that moment as the others' study went on: 546 of 662 (82%; 547
before one reading was set to the gold's), then 20 sentences near a corpus sentence were
reworded. Four more (a worldwide UN-style convention against ICT crime in the style of a final
text, a protocol against the smuggling of migrants, a convention on crimes against humanity with
an annex on mutual legal assistance, an agreement on orders addressed to service providers) were
read blind on 2026-12-06, each by the code of that moment and the model shipped since commit
0d2fa82: 524 of 665 (79%), then 17 sentences near a corpus sentence were reworded (no row changed). Five
more (an old-style convention against counterfeiting currency, its articles without titles; a
regional convention against trafficking in human organs; a negotiating rolling text on ransomware
with bracketed alternatives; a regional convention on violence against women; an OECD-style
convention against foreign bribery) were read blind on the evening of 2026-12-06 by the code of
commit 14fc276 and the model shipped since c2a4abe: 625 of 747 (84%), then 27 sentences near a
corpus sentence were reworded. Four more (an old bilateral extradition treaty with a closed list of
crimes, an additional protocol on racist and xenophobic acts to a cybercrime convention, a regional
convention on the prevention of terrorism, a UN-style convention against the financing of
terrorism) later that evening, each by the code of its moment (commit f6dbae1 for the first three,
11c06eb for the last) and the model then shipped (c2a4abe for the first two, cd788b9's for the
others): 415 of 530 (78%), then 17 sentences near a corpus sentence were reworded. Seven more, of
genres and layouts the others lack (a regional mutual assistance and extradition convention
translated from French, its titles on the article's line; a piracy agreement; a convention on
cooperation against core international crimes with optional annexes; a UN-style negotiating text
against cyber-enabled fraud with bracketed articles; an agreement on payment messaging data; a
bilateral common-law treaty in capitals; a protocol on data retention and lawful access), written
and read by different helpers in session 34 and read blind by the code of commit 869cf83 and the
model shipped since session 33: 1,190 of 1,548 (77%); 19 readings were then set (7 to the gold's or
the drafts', 12 of "terrorism" to the gold's defined-terms rule) and 97 sentences near a corpus
sentence reworded, and they joined the training
(docs/evaluation.md, "Seven drafts of new genres read blind (2026-12-06, session 34)"). The changes made
after each set's misses were seen make its rows no longer a blind
measure (the sentenced-persons convention's were studied on 2026-12-04,
night; those of the IT offences convention partly). A row the shipped model still gets wrong is
expected to fail, and strict: a model that gets it right makes the test say so (then move the
row among the passing).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from treatyscope.gold import draft_files
from treatyscope.ingest import read_document
from treatyscope.pipeline import default_pipeline, label_document
from treatyscope.segment import segment

BLIND = Path(__file__).parents[1] / "corpora" / "drafts"

# (draft, clause) -> what the shipped model does instead, and why (docs/evaluation.md).
MISSED: dict[tuple[str, str], str] = {
    ("ai_misuse_convention", "1"):
        "gives defined (adds defined): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("ai_misuse_convention", "2(10)"):
        "gives no label (misses defined, other): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("ai_misuse_convention", "2(10)(b)"):
        "gives defined (misses other; adds defined): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("ai_misuse_convention", "3(1)"):
        "gives defined (misses other): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("ai_misuse_convention", "3(2)"):
        "gives defined (adds defined): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("ai_misuse_convention", "15(1)(a)"):
        "gives defined (adds defined): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("ai_misuse_convention", "15(1)(b)"):
        "gives defined (adds defined): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("ai_misuse_convention", "15(1)(c)"):
        "gives defined (adds defined): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("ai_misuse_convention", "15(1)(d)"):
        "gives defined (adds defined): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("ai_misuse_convention", "18(3)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("ai_misuse_convention", "19(1)(c)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("ai_misuse_convention", "19(3)"):
        "gives human_rights, judicial_oversight (misses proportionality): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("ai_misuse_convention", "20(3)"):
        "gives human_rights, proportionality (adds proportionality): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("ai_misuse_convention", "23(1)"):
        "gives defined, any, domestic_law (misses other): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("ai_misuse_convention", "24(6)"):
        "gives defined, refusal_grounds (adds refusal_grounds): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("ai_misuse_convention", "25(1)"):
        "gives defined, any (misses other): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("ai_misuse_convention", "25(3)"):
        "gives dual_criminality (misses domestic_law): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("ai_misuse_convention", "26(4)"):
        "gives refusal_grounds (adds refusal_grounds): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("ai_misuse_convention", "27(1)(a)"):
        "gives defined, refusal_grounds, non_discrimination (adds non_discrimination): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("ai_misuse_convention", "28(3)"):
        "gives use_limitation (misses human_rights): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("ai_misuse_convention", "29(2)"):
        "gives proportionality, data_protection, use_limitation (adds use_limitation): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("ai_misuse_convention", "31(1)"):
        "gives defined, any (misses other): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("ai_misuse_convention", "32(2)"):
        "gives defined, human_rights (adds defined, human_rights): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("ai_misuse_convention", "33(3)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("ai_misuse_convention", "34(2)"):
        "gives human_rights, proportionality, data_protection (adds data_protection): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("ai_misuse_convention", "35(2)(d)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("ai_misuse_convention", "43(3)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("asset_recovery_convention", "2(2)"):
        "gives defined, any: defined on offences named only in contrast ('not solely in respect of the offences established')",
    ("asset_recovery_convention", "10(3)"):
        "gives defined, any: any on 'predicate offences' (a term defined as any criminal offence) where the closed list sets the scope",
    ("asset_recovery_convention", "14(2)"):
        "gives defined, any, dual_criminality: defined and dual_criminality on 'irrespective of whether that conduct also constitutes a laundering offence'; no any for 'any conduct punishable under the criminal law'",
    ("asset_recovery_convention", "16(3)"):
        "gives domestic_law, proportionality: no judicial_oversight: 'the decision ... shall be taken ... by a judicial authority'",
    ("asset_recovery_convention", "18(2)"):
        "gives other, any: other on an example inside 'any criminal offence, including offences committed through the use of computer systems'",
    ("asset_recovery_convention", "28(7)(b)"):
        "gives data_protection, use_limitation: use_limitation carried from the onward-transfer lead-in to its adequacy item",
    ("asset_recovery_treaty_translated", "3(2)"):
        "gives any (misses dual_criminality): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("asset_recovery_treaty_translated", "3(4)(a)"):
        "gives no label (misses domestic_law): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("asset_recovery_treaty_translated", "4(k)"):
        "gives domestic_law (misses proportionality): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("asset_recovery_treaty_translated", "5(1)"):
        "gives dual_criminality, refusal_grounds, human_rights (adds human_rights): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("asset_recovery_treaty_translated", "5(3)"):
        "gives defined, treaty, dual_criminality (misses refusal_grounds; adds defined): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("asset_recovery_treaty_translated", "6(2)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("asset_recovery_treaty_translated", "7(3)"):
        "gives human_rights, proportionality (adds human_rights): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("asset_recovery_treaty_translated", "11(3)"):
        "gives domestic_law (misses human_rights): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("asset_recovery_treaty_translated", "12(1)(a)"):
        "gives refusal_grounds (misses defined): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("asset_recovery_treaty_translated", "12(1)(d)"):
        "gives refusal_grounds, domestic_law, human_rights (adds domestic_law): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("asset_recovery_treaty_translated", "12(3)"):
        "gives domestic_law (misses refusal_grounds): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("asset_recovery_treaty_translated", "13(2)"):
        "gives domestic_law (misses refusal_grounds): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("asset_recovery_treaty_translated", "16(2)"):
        "gives refusal_grounds (misses human_rights; adds refusal_grounds): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("asset_recovery_treaty_translated", "17(3)(c)"):
        "gives no label (misses human_rights): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("asset_recovery_treaty_translated", "19(1)(c)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("asset_recovery_treaty_translated", "21(1)"):
        "gives domestic_law, judicial_oversight, proportionality (adds proportionality): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("asset_recovery_treaty_translated", "21(2)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("asset_recovery_treaty_translated", "23(3)(a)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("asset_recovery_treaty_translated", "23(4)"):
        "gives domestic_law (misses human_rights, proportionality, data_protection): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("asset_recovery_treaty_translated", "23(5)"):
        "gives proportionality, use_limitation (misses data_protection): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("asset_recovery_treaty_translated", "26(2)"):
        "gives use_limitation (misses proportionality): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("asset_recovery_treaty_translated", "27(4)"):
        "gives no label (misses any): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("asset_recovery_treaty_translated", "30(2)(c)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("asset_recovery_treaty_translated", "31(2)"):
        "gives human_rights (misses judicial_oversight): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("asset_recovery_treaty_translated", "33(2)"):
        "gives domestic_law (misses human_rights; adds domestic_law): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("asset_recovery_treaty_translated", "34(2)"):
        "gives human_rights (misses treaty; adds human_rights): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("asset_recovery_treaty_translated", "35(2)"):
        "gives defined (adds defined): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("asset_recovery_treaty_translated", "37(2)(a)"):
        "gives no label (misses use_limitation): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("asset_recovery_treaty_translated", "37(2)(c)"):
        "gives no label (misses use_limitation): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("asset_recovery_treaty_translated", "38(3)(i)"):
        "gives data_protection (misses human_rights): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("asset_recovery_treaty_translated", "38(3)(ii)"):
        "gives data_protection (misses human_rights): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("asset_recovery_treaty_translated", "39(2)"):
        "gives defined (misses treaty): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("asset_recovery_treaty_translated", "45(3)"):
        "gives no label (misses refusal_grounds, domestic_law): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("aviation_security_convention", "1(3)"):
        "gives defined (adds defined): read blind on 2026-12-05 (third night); still missed after its study",
    ("aviation_security_convention", "4"):
        "gives no label (misses defined): missed by the model retrained after the six drafts of session 36 joined the training",
    ("aviation_security_convention", "5(1)"):
        "gives defined, treaty (misses defined; adds treaty): read blind on 2026-12-05 (third night); still missed after its study",
    ("aviation_security_convention", "13(2)"):
        "gives serious (misses treaty): read blind on 2026-12-05 (third night); still missed after its study",
    ("aviation_security_convention", "15(2)"):
        "gives refusal_grounds, use_limitation (adds use_limitation): read blind on 2026-12-05 (third night); still missed after its study",
    ("aviation_security_convention", "20(4)"):
        "gives no label (misses other): read blind on 2026-12-05 (third night); still missed after its study",
    ("aviation_security_convention", "22(1)(b)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-05 (third night); still missed after its study",
    ("aviation_security_convention", "24"):
        "gives no label (misses defined): missed by the model retrained after the six drafts of session 36 joined the training",
    ("bilateral_cyber_evidence_treaty", "12(3)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("bilateral_cyber_evidence_treaty", "18(2)"):
        "gives any, dual_criminality (misses domestic_law): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("bilateral_cyber_evidence_treaty", "18(3)(2)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("bilateral_cyber_evidence_treaty", "19(1)(1)"):
        "gives defined, serious, dual_criminality (adds dual_criminality): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("bilateral_cyber_evidence_treaty", "19(1)(2)"):
        "gives dual_criminality, domestic_law (adds domestic_law): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("bilateral_cyber_evidence_treaty", "20(3)"):
        "gives no label (misses proportionality, data_protection): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("bilateral_cyber_evidence_treaty", "22(2)"):
        "gives serious, dual_criminality, domestic_law (adds dual_criminality): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("bilateral_cyber_evidence_treaty", "22(3)(3)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-07 (session 40); its reading set after the study (an item listing what a request must contain gets no proportionality), which the model of session 36, not trained on it, does not follow",
    ("bilateral_cyber_evidence_treaty", "22(4)"):
        "gives refusal_grounds, domestic_law, data_protection, use_limitation (misses human_rights): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("bilateral_cyber_evidence_treaty", "23(5)(2)"):
        "gives any, refusal_grounds, use_limitation (adds any): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("bilateral_cyber_evidence_treaty", "24(1)"):
        "gives defined, any (adds any): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("bilateral_cyber_evidence_treaty", "25(1)"):
        "gives domestic_law, use_limitation (misses data_protection): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("bilateral_cyber_evidence_treaty", "26(2)"):
        "gives defined, dual_criminality (adds defined): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("bilateral_cyber_evidence_treaty", "26(3)(1)"):
        "gives no label (misses dual_criminality): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("bilateral_cyber_evidence_treaty", "26(3)(2)"):
        "gives no label (misses dual_criminality): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("bilateral_cyber_evidence_treaty", "26(3)(3)"):
        "gives domestic_law (misses dual_criminality): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("bilateral_cyber_evidence_treaty", "29(3)"):
        "gives domestic_law, judicial_oversight (adds judicial_oversight): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("bilateral_cyber_evidence_treaty", "31(2)"):
        "gives use_limitation (misses data_protection): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("bilateral_cyber_evidence_treaty", "31(2)(1)"):
        "gives use_limitation (misses data_protection): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("bilateral_cyber_evidence_treaty", "31(2)(2)"):
        "gives use_limitation (misses data_protection): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("bilateral_cyber_evidence_treaty", "31(2)(3)"):
        "gives no label (misses data_protection, use_limitation): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("bilateral_cyber_evidence_treaty", "31(2)(4)"):
        "gives data_protection, use_limitation (misses human_rights): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("bilateral_cyber_evidence_treaty", "32(3)"):
        "gives no label (misses proportionality, data_protection): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("bilateral_cyber_evidence_treaty", "32(4)"):
        "gives data_protection, use_limitation (adds use_limitation): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("bilateral_cyber_evidence_treaty", "33(1)"):
        "gives data_protection (misses human_rights): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("bilateral_cyber_evidence_treaty", "33(2)"):
        "gives refusal_grounds, proportionality, data_protection (misses human_rights; adds refusal_grounds, proportionality): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("bilateral_cyber_evidence_treaty", "33(3)"):
        "gives data_protection (misses human_rights): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("bilateral_cyber_evidence_treaty", "33(4)"):
        "gives human_rights, judicial_oversight, data_protection (adds judicial_oversight): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("bilateral_cyber_evidence_treaty", "33(5)"):
        "gives non_discrimination (misses human_rights, data_protection): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("bilateral_cyber_evidence_treaty", "34(1)"):
        "gives any, data_protection, use_limitation (adds any): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("bilateral_cyber_evidence_treaty", "34(2)"):
        "gives data_protection, use_limitation (misses proportionality): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("bilateral_cyber_evidence_treaty", "35(2)"):
        "gives judicial_oversight, data_protection (adds judicial_oversight, data_protection): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("bilateral_cyber_evidence_treaty", "35(2)(1)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("bilateral_cyber_evidence_treaty", "35(2)(2)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("bilateral_cyber_evidence_treaty", "35(4)"):
        "gives judicial_oversight (misses data_protection): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("bilateral_cyber_evidence_treaty", "36(2)"):
        "gives no label (misses use_limitation): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("bilateral_cyber_evidence_treaty", "36(3)"):
        "gives domestic_law (misses use_limitation): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("bilateral_cyber_evidence_treaty", "36(5)"):
        "gives use_limitation (misses non_discrimination): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("bilateral_cyber_evidence_treaty", "37(2)"):
        "gives use_limitation (misses human_rights): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("bilateral_cyber_evidence_treaty", "37(3)"):
        "gives use_limitation (misses proportionality): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("bilateral_cyber_evidence_treaty", "37(4)"):
        "gives domestic_law, human_rights (adds domestic_law): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("bilateral_cyber_evidence_treaty", "38(2)"):
        "gives domestic_law, human_rights, judicial_oversight (adds domestic_law): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("bilateral_cyber_evidence_treaty", "38(3)"):
        "gives domestic_law, judicial_oversight, proportionality, use_limitation (misses data_protection; adds use_limitation): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("bilateral_cyber_evidence_treaty", "39(1)"):
        "gives human_rights, data_protection (adds data_protection): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("bilateral_cyber_evidence_treaty", "40(1)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("bilateral_cyber_evidence_treaty", "42(2)(2)"):
        "gives no label (misses serious): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("bilateral_extradition_treaty", "2(1)(d)"):
        "gives any (misses defined; adds any): read blind on 2026-12-05; still missed after its study",
    ("bilateral_extradition_treaty", "2(1)(f)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-05; still missed after its study",
    ("bilateral_extradition_treaty", "3(8)"):
        "gives defined, serious (adds defined): read blind on 2026-12-05; still missed after its study",
    ("bilateral_extradition_treaty", "3(9)"):
        "gives treaty, serious (adds serious): read blind on 2026-12-05; still missed after its study",
    ("bilateral_extradition_treaty", "4(2)(b)"):
        "gives defined (misses treaty; adds defined): read blind on 2026-12-05; still missed after its study",
    ("bilateral_extradition_treaty", "8(4)"):
        "gives any, refusal_grounds, domestic_law (misses defined; adds any): read blind on 2026-12-05; still missed after its study",
    ("bilateral_extradition_treaty", "9(1)(c)"):
        "gives refusal_grounds, human_rights (adds human_rights): read blind on 2026-12-05; still missed after its study",
    ("bilateral_extradition_treaty", "10(4)"):
        "gives domestic_law, human_rights (misses judicial_oversight): read blind on 2026-12-05; still missed after its study",
    ("bilateral_extradition_treaty", "11(4)(d)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-05; still missed after its study",
    ("bilateral_extradition_treaty", "12(1)(a)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-05; still missed after its study",
    ("bilateral_extradition_treaty", "20(2)"):
        "gives use_limitation (misses serious): read blind on 2026-12-05; still missed after its study",
    ("bilateral_extradition_treaty", "24(3)"):
        "gives proportionality, data_protection (adds proportionality): read blind on 2026-12-05; still missed after its study",
    ("bilateral_mla_treaty_common_law", "preamble(6)"):
        "gives no label (misses human_rights): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("bilateral_mla_treaty_common_law", "2(8)"):
        "gives use_limitation (adds use_limitation): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("bilateral_mla_treaty_common_law", "4(2)"):
        "gives treaty, refusal_grounds, human_rights (misses defined, treaty; adds human_rights): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("bilateral_mla_treaty_common_law", "15(2)(a)"):
        "gives domestic_law, human_rights (adds refusal_grounds, domestic_law): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("bilateral_mla_treaty_common_law", "15(5)"):
        "gives domestic_law, human_rights (adds domestic_law): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("bilateral_mla_treaty_common_law", "16(2)"):
        "gives domestic_law (misses judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("bilateral_mla_treaty_common_law", "18(1)"):
        "gives no label (misses proportionality): missed by the model retrained after the six drafts of session 36 joined the training",
    ("bilateral_mla_treaty_common_law", "18(5)"):
        "gives serious, proportionality (misses judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("bilateral_mla_treaty_common_law", "25(2)"):
        "gives serious, dual_criminality (misses defined): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("bilateral_mla_treaty_common_law", "26(1)"):
        "gives domestic_law (misses defined): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("bilateral_mla_treaty_common_law", "26(2)"):
        "gives no label (misses proportionality): missed by the model retrained after the six drafts of session 36 joined the training",
    ("bilateral_mla_treaty_common_law", "31(3)"):
        "gives serious, any (misses treaty; adds any): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("bilateral_mla_treaty_common_law", "31(4)"):
        "gives human_rights (misses judicial_oversight; adds domestic_law): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("bilateral_mla_treaty_common_law", "32(3)"):
        "gives proportionality (misses judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("bilateral_mla_treaty_common_law", "35(3)"):
        "gives proportionality (adds proportionality): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("bilateral_treaty", "3(2)"):
        "gives treaty, serious: serious on 'an extraditable offence' given to offences under a multilateral convention",
    ("bilateral_treaty", "4(2)(a)"):
        "gives defined, human_rights (adds human_rights): missed by the model of 2026-12-06 (evidence join, recitals)",
    ("bilateral_treaty", "5(a)"):
        "gives refusal_grounds, domestic_law: domestic_law on 'regarded under the law of the Requested State' in a ground of refusal",
    ("bilateral_treaty", "11(2)"):
        "gives use_limitation: no use_limitation or serious: speciality for a newly characterised offence",
    ("bilateral_treaty", "14"):
        "gives human_rights, use_limitation: use_limitation on a mention of the rule of speciality; no human_rights or judicial_oversight for consent before a judge",
    ("bilateral_treaty", "18(2)"):
        "gives domestic_law, proportionality: proportionality on 'necessary' in a request for more information",
    ("bilateral_treaty", "27(3)(a)(ii)"):
        "gives domestic_law (misses judicial_oversight): missed by the model of 2026-12-05 (second night)",
    ("bilateral_treaty", "30(5)"):
        "gives proportionality, data_protection: proportionality on 'only to the extent necessary', which limits a data subject's right of access, not a power (a pattern of 2026-12-04, night)",
    ("bilingual_interleaved_mla_treaty", "preamble(7)"):
        "gives other (adds other): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("bilingual_interleaved_mla_treaty", "preamble(9)"):
        "gives human_rights (misses non_discrimination; adds human_rights): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("bilingual_interleaved_mla_treaty", "2(2)"):
        "gives no label (misses any): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("bilingual_interleaved_mla_treaty", "6(2)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("bilingual_interleaved_mla_treaty", "6(3)"):
        "gives refusal_grounds (adds refusal_grounds): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("bilingual_interleaved_mla_treaty", "7(1)(c)"):
        "gives refusal_grounds, domestic_law, human_rights (adds domestic_law): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("bilingual_interleaved_mla_treaty", "7(2)(d)"):
        "gives refusal_grounds, human_rights (misses proportionality): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("bilingual_interleaved_mla_treaty", "11(5)"):
        "gives use_limitation (misses human_rights): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("bilingual_interleaved_mla_treaty", "12(1)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("bilingual_interleaved_mla_treaty", "14(2)"):
        "gives domestic_law, human_rights (adds domestic_law): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("bilingual_interleaved_mla_treaty", "15(5)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("bilingual_interleaved_mla_treaty", "16(2)"):
        "gives no label (misses use_limitation): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("bilingual_interleaved_mla_treaty", "20(2)"):
        "gives serious (misses defined, dual_criminality): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("bilingual_interleaved_mla_treaty", "22(4)"):
        "gives no label (misses human_rights, judicial_oversight): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("bilingual_interleaved_mla_treaty", "27(2)"):
        "gives refusal_grounds (adds refusal_grounds): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("bilingual_interleaved_mla_treaty", "29(1)"):
        "gives other (adds other): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("bilingual_interleaved_mla_treaty", "35(3)"):
        "gives data_protection, use_limitation (adds data_protection, use_limitation): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("biometric_data_exchange_agreement", "preamble(5)"):
        "gives no label (misses any): read blind on 2026-12-05; still missed after its study",
    ("biometric_data_exchange_agreement", "preamble(6)"):
        "gives serious (misses treaty): read blind on 2026-12-05; still missed after its study",
    ("biometric_data_exchange_agreement", "preamble(8)"):
        "gives judicial_oversight, data_protection (adds judicial_oversight, data_protection): read blind on 2026-12-05; still missed after its study",
    ("biometric_data_exchange_agreement", "4(1)"):
        "gives no label (misses any): read blind on 2026-12-05; still missed after its study",
    ("biometric_data_exchange_agreement", "13(1)"):
        "gives domestic_law, data_protection (adds data_protection): read blind on 2026-12-05; still missed after its study",
    ("biometric_data_exchange_agreement", "13(2)"):
        "gives refusal_grounds, data_protection (adds data_protection): missed by the model of 2026-12-05 (second night)",
    ("biometric_data_exchange_agreement", "14(2)"):
        "gives domestic_law, data_protection (misses any; adds data_protection): read blind on 2026-12-05; still missed after its study",
    ("biometric_data_exchange_agreement", "16(1)"):
        "gives no label (misses any): read blind on 2026-12-05; still missed after its study",
    ("biometric_data_exchange_agreement", "17(2)(b)"):
        "gives no label (misses any): read blind on 2026-12-05; still missed after its study",
    ("biometric_data_exchange_agreement", "19(1)"):
        "gives defined, proportionality (misses serious): read blind on 2026-12-05; still missed after its study",
    ("biometric_data_exchange_agreement", "23"):
        "gives data_protection (adds data_protection): read blind on 2026-12-05; still missed after its study",
    ("biometric_data_exchange_agreement", "28(2)(a)"):
        "gives data_protection, use_limitation (adds use_limitation): read blind on 2026-12-05; still missed after its study",
    ("biometric_data_exchange_agreement", "30(1)"):
        "gives judicial_oversight, data_protection (adds judicial_oversight): read blind on 2026-12-05; still missed after its study",
    ("biometric_data_exchange_agreement", "39(2)"):
        "gives no label (misses data_protection): missed by the model of 2026-12-05 (second night)",
    ("biometric_data_exchange_agreement", "44(2)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-05; still missed after its study",
    ("chair_revised_evidence_protocol", "preamble(8)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("chair_revised_evidence_protocol", "2(2)"):
        "gives defined, serious (misses dual_criminality): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("chair_revised_evidence_protocol", "3(f)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("chair_revised_evidence_protocol", "3(j)"):
        "gives serious (misses proportionality): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("chair_revised_evidence_protocol", "7(3)(e)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("chair_revised_evidence_protocol", "7(4)"):
        "gives refusal_grounds (misses domestic_law): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("chair_revised_evidence_protocol", "7(5)"):
        "gives refusal_grounds (adds refusal_grounds): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("chair_revised_evidence_protocol", "7(6)"):
        "gives domestic_law (misses refusal_grounds): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("chair_revised_evidence_protocol", "7 bis(2)"):
        "gives no label (misses refusal_grounds, domestic_law): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("chair_revised_evidence_protocol", "8(3)"):
        "gives dual_criminality, refusal_grounds (misses defined): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("chair_revised_evidence_protocol", "8(4)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("chair_revised_evidence_protocol", "10(1)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("chair_revised_evidence_protocol", "10(2)"):
        "gives domestic_law, judicial_oversight, proportionality (adds proportionality): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("chair_revised_evidence_protocol", "10(5)"):
        "gives use_limitation (misses proportionality, data_protection): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("chair_revised_evidence_protocol", "13(1)"):
        "gives no label (misses human_rights): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("chair_revised_evidence_protocol", "13(4)"):
        "gives dual_criminality, human_rights, use_limitation (misses domestic_law; adds dual_criminality, use_limitation): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("chair_revised_evidence_protocol", "14(1)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("chair_revised_evidence_protocol", "14(3)"):
        "gives no label (misses domestic_law): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("chair_revised_evidence_protocol", "14(5)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("chair_revised_evidence_protocol", "15(2)"):
        "gives data_protection, use_limitation (adds data_protection): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("chair_revised_evidence_protocol", "18(2)(b)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("chair_revised_evidence_protocol", "18(2)(d)"):
        "gives domestic_law, data_protection (misses human_rights; adds domestic_law): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("chair_revised_evidence_protocol", "18(2)(e)"):
        "gives human_rights, judicial_oversight, data_protection (adds data_protection): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("chair_revised_evidence_protocol", "18(2)(tail)"):
        "gives no label (misses domestic_law): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("chair_revised_evidence_protocol", "18 bis(1)"):
        "gives domestic_law, judicial_oversight (misses human_rights): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("chair_revised_evidence_protocol", "18 bis(2)"):
        "gives no label (misses human_rights): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("chair_revised_evidence_protocol", "19(1)"):
        "gives data_protection, use_limitation (adds use_limitation): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("chair_revised_evidence_protocol", "19(2)"):
        "gives refusal_grounds, domestic_law, data_protection (adds domestic_law): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("chair_revised_evidence_protocol", "19(7)(a)"):
        "gives data_protection (misses use_limitation): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("chair_revised_evidence_protocol", "19(7)(tail)"):
        "gives domestic_law, data_protection, use_limitation (misses proportionality): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("chair_revised_evidence_protocol", "19(8)"):
        "gives proportionality, data_protection, use_limitation (adds proportionality, use_limitation): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("chair_revised_evidence_protocol", "19(9)"):
        "gives human_rights, judicial_oversight, data_protection (misses non_discrimination): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("chair_revised_evidence_protocol", "19(10)"):
        "gives data_protection (misses refusal_grounds): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("chair_revised_evidence_protocol", "21"):
        "gives non_discrimination, human_rights, data_protection (adds data_protection): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("chair_revised_evidence_protocol", "24(2)"):
        "gives serious (adds serious): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("chair_revised_evidence_protocol", "25(1)"):
        "gives no label (misses human_rights): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("chair_revised_evidence_protocol", "27(3)"):
        "gives judicial_oversight, data_protection (adds judicial_oversight, data_protection): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("chair_revised_evidence_protocol", "33(2)"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("civil_evidence_convention", "preamble(8)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("civil_evidence_convention", "3"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("civil_evidence_convention", "4(g)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("civil_evidence_convention", "7"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("civil_evidence_convention", "8"):
        "gives domestic_law (misses refusal_grounds, human_rights): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("civil_evidence_convention", "10"):
        "gives domestic_law (misses human_rights): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("civil_evidence_convention", "12"):
        "gives refusal_grounds, human_rights (adds refusal_grounds): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("civil_evidence_convention", "12(a)"):
        "gives refusal_grounds, domestic_law (misses human_rights; adds refusal_grounds, domestic_law): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("civil_evidence_convention", "12(b)"):
        "gives refusal_grounds (misses human_rights; adds refusal_grounds): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("civil_evidence_convention", "12(tail)"):
        "gives human_rights (misses use_limitation): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("civil_evidence_convention", "13(e)"):
        "gives refusal_grounds (misses proportionality): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("civil_evidence_convention", "13(tail)"):
        "gives refusal_grounds, domestic_law (misses dual_criminality): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("civil_evidence_convention", "14"):
        "gives refusal_grounds (misses proportionality): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("civil_evidence_convention", "15"):
        "gives refusal_grounds (adds refusal_grounds): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("civil_evidence_convention", "16"):
        "gives no label (misses human_rights): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("civil_evidence_convention", "17"):
        "gives no label (misses human_rights): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("civil_evidence_convention", "19"):
        "gives domestic_law (misses human_rights): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("civil_evidence_convention", "19(b)"):
        "gives no label (misses human_rights): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("civil_evidence_convention", "19(tail)"):
        "gives no label (misses domestic_law): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("civil_evidence_convention", "20"):
        "gives refusal_grounds (adds refusal_grounds): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("civil_evidence_convention", "21(tail)"):
        "gives domestic_law (misses human_rights): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("civil_evidence_convention", "22"):
        "gives domestic_law, use_limitation (misses human_rights, proportionality; adds use_limitation): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("civil_evidence_convention", "23"):
        "gives human_rights, proportionality (misses domestic_law, judicial_oversight, use_limitation): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("civil_evidence_convention", "24"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("civil_evidence_convention", "25"):
        "gives refusal_grounds, domestic_law (misses human_rights): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("civil_evidence_convention", "26"):
        "gives refusal_grounds, domestic_law (misses human_rights; adds refusal_grounds): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("civil_evidence_convention", "27"):
        "gives no label (misses human_rights): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("civil_evidence_convention", "27(tail)"):
        "gives no label (misses use_limitation): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("civil_evidence_convention", "28"):
        "gives no label (misses data_protection): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("civil_evidence_convention", "29"):
        "gives refusal_grounds, domestic_law, human_rights (adds refusal_grounds, domestic_law, human_rights): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("civil_evidence_convention", "32"):
        "gives domestic_law, data_protection, use_limitation (adds domestic_law): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("civil_evidence_convention", "33"):
        "gives refusal_grounds, domestic_law, use_limitation (adds domestic_law): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("civil_evidence_convention", "36"):
        "gives refusal_grounds, human_rights (misses non_discrimination; adds human_rights): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("civil_evidence_convention", "38"):
        "gives proportionality (adds proportionality): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("civil_evidence_convention", "48"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("coe_evidence_protocol", "2(1)(b)"):
        "gives proportionality: no tier for 'offences established pursuant to that Additional Protocol'; no proportionality as 2(1)(a)",
    ("coe_evidence_protocol", "6(3)"):
        "gives proportionality, use_limitation: proportionality on 'a specific criminal investigation' in what a request must state",
    ("coe_evidence_protocol", "14(11)(b)"):
        "gives data_protection, use_limitation: use_limitation carried from the onward-transfer lead-in to its adequacy item",
    ("coe_evidence_protocol", "14(17)(a)"):
        "gives data_protection: no judicial_oversight: an item stating the independent oversight's powers",
    ("coe_evidence_protocol", "14(17)(b)"):
        "gives data_protection: no judicial_oversight: an item stating the independent oversight's powers",
    ("coe_evidence_protocol", "14(17)(c)"):
        "gives data_protection: no judicial_oversight: an item stating the independent oversight's powers",
    ("coe_evidence_protocol", "14(18)"):
        "gives refusal_grounds, proportionality, data_protection: proportionality on 'a reasonable period' of consultation; no refusal_grounds for suspending transfers",
    ("competition_manipulation_convention", "preamble(9)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("competition_manipulation_convention", "2(1)(b)"):
        "gives human_rights, proportionality (adds human_rights): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("competition_manipulation_convention", "2(1)(d)"):
        "gives data_protection (misses human_rights): missed by the model retrained after the six drafts of session 36 joined the training",
    ("competition_manipulation_convention", "10(2)"):
        "gives proportionality (misses human_rights, judicial_oversight): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("competition_manipulation_convention", "15(3)"):
        "gives data_protection, use_limitation (adds use_limitation): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("competition_manipulation_convention", "15(3)(a)"):
        "gives proportionality, data_protection, use_limitation (adds use_limitation): missed by the model retrained after the six drafts of session 36 joined the training",
    ("competition_manipulation_convention", "15(4)"):
        "gives judicial_oversight, data_protection (misses human_rights; adds judicial_oversight): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("competition_manipulation_convention", "17(1)"):
        "gives no label (misses defined): missed by the model retrained after the six drafts of session 36 joined the training",
    ("competition_manipulation_convention", "18(1)"):
        "gives defined, treaty (adds treaty): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("competition_manipulation_convention", "18(2)"):
        "gives no label (misses defined): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("competition_manipulation_convention", "25(2)(b)"):
        "gives any (adds any): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("competition_manipulation_convention", "25(2)(d)"):
        "gives defined (adds defined): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("competition_manipulation_convention", "30(1)"):
        "gives defined (adds defined): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("competition_manipulation_convention", "32(3)"):
        "gives any (adds any): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("compilation_of_proposals_ict_draft", "preamble(3)"):
        "gives other (adds other): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("compilation_of_proposals_ict_draft", "3(3)"):
        "gives no label (misses defined): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("compilation_of_proposals_ict_draft", "19(3)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("compilation_of_proposals_ict_draft", "21(2)"):
        "gives proportionality, data_protection (adds data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("compilation_of_proposals_ict_draft", "21(3)"):
        "gives domestic_law, use_limitation (adds domestic_law): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("compilation_of_proposals_ict_draft", "28(2)"):
        "gives judicial_oversight, proportionality, data_protection (misses domestic_law): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("compilation_of_proposals_ict_draft", "29(3)"):
        "gives domestic_law (misses refusal_grounds): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("compilation_of_proposals_ict_draft", "29(5)"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("compilation_of_proposals_ict_draft", "31(4)"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("compilation_of_proposals_ict_draft", "32(3)"):
        "gives dual_criminality (misses refusal_grounds): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("compilation_of_proposals_ict_draft", "38(1)"):
        "gives other (adds other): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("consolidated_assistance_convention", "preamble(4)"):
        "gives no label (misses human_rights): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("consolidated_assistance_convention", "2(1)"):
        "gives no label (misses any): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("consolidated_assistance_convention", "2(2a)"):
        "gives refusal_grounds (misses dual_criminality): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("consolidated_assistance_convention", "7(2)"):
        "gives human_rights (misses refusal_grounds): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("consolidated_assistance_convention", "10(1)(e)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("consolidated_assistance_convention", "10(3)"):
        "gives refusal_grounds, proportionality (adds proportionality): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("consolidated_assistance_convention", "11(4)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("consolidated_assistance_convention", "12(1)(b)"):
        "gives no label (misses serious): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("consolidated_assistance_convention", "14(2)"):
        "gives judicial_oversight, use_limitation (adds judicial_oversight): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("consolidated_assistance_convention", "14a(6)"):
        "gives no label (misses human_rights): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("consolidated_assistance_convention", "17(2)"):
        "gives defined, treaty, serious (misses dual_criminality): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("consolidated_assistance_convention", "17c(5)"):
        "gives use_limitation (misses data_protection): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("consolidated_assistance_convention", "18a(2)"):
        "gives domestic_law (misses proportionality): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("consolidated_assistance_convention", "18a(3)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("consolidated_assistance_convention", "18b(2)"):
        "gives defined (misses proportionality): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("consolidated_assistance_convention", "18b(2)(a)"):
        "gives defined (adds defined): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("consolidated_assistance_convention", "18b(2)(b)"):
        "gives defined (adds defined): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("consolidated_assistance_convention", "18b(2)(c)"):
        "gives defined (misses proportionality; adds defined): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("consolidated_assistance_convention", "18b(3)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("consolidated_assistance_convention", "19(2)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("consolidated_assistance_convention", "20(1)"):
        "gives proportionality, use_limitation (adds proportionality): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("consolidated_assistance_convention", "21(2a)"):
        "gives refusal_grounds, domestic_law (misses use_limitation): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("consolidated_assistance_convention", "21a(1)(d)"):
        "gives data_protection, use_limitation (misses human_rights): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("consolidated_assistance_convention", "21a(3)"):
        "gives proportionality, data_protection (misses non_discrimination): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("consolidated_assistance_convention", "21a(5)"):
        "gives human_rights, proportionality, data_protection (adds proportionality): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("consolidated_assistance_convention", "23(4)"):
        "gives dual_criminality, refusal_grounds, domestic_law (adds domestic_law): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("consolidated_assistance_convention", "24(2)(d)"):
        "gives refusal_grounds, human_rights (adds human_rights): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("consolidated_assistance_convention", "27(1)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("consolidated_assistance_convention", "27a(4)"):
        "gives domestic_law (misses human_rights; adds domestic_law): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("consolidated_assistance_convention", "27a(5)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("consolidated_assistance_convention", "28(2)"):
        "gives domestic_law, use_limitation (misses serious; adds domestic_law): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("consolidated_assistance_convention", "34(2a)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("consolidated_assistance_convention", "40"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("core_crimes_cooperation_convention", "1"):
        "gives no label (misses defined): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("core_crimes_cooperation_convention", "3(2)"):
        "gives no label (misses defined, treaty): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("core_crimes_cooperation_convention", "5"):
        "gives defined (adds defined): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("core_crimes_cooperation_convention", "6(1)"):
        "gives defined (adds defined): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("core_crimes_cooperation_convention", "7"):
        "gives defined (adds defined): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("core_crimes_cooperation_convention", "7(d)"):
        "gives defined (adds defined): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("core_crimes_cooperation_convention", "8(1)"):
        "gives no label (misses defined): missed by the model retrained after the six drafts of session 36 joined the training",
    ("core_crimes_cooperation_convention", "9(1)"):
        "gives no label (misses treaty): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("core_crimes_cooperation_convention", "9(3)"):
        "gives defined (misses treaty): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("core_crimes_cooperation_convention", "12(1)"):
        "gives defined, serious, domestic_law (adds serious): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("core_crimes_cooperation_convention", "18(1)(e)"):
        "gives domestic_law (adds domestic_law): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("core_crimes_cooperation_convention", "21(3)"):
        "gives dual_criminality (misses defined, treaty): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("core_crimes_cooperation_convention", "25(2)"):
        "gives domestic_law (misses refusal_grounds): missed by the model retrained after the six drafts of session 36 joined the training",
    ("core_crimes_cooperation_convention", "25(3)"):
        "gives domestic_law, human_rights (misses judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("core_crimes_cooperation_convention", "28(2)"):
        "gives no label (misses judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("core_crimes_cooperation_convention", "35(4)"):
        "gives human_rights (adds human_rights): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("core_crimes_cooperation_convention", "37(1)(a)"):
        "gives use_limitation (misses serious): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("core_crimes_cooperation_convention", "37(1)(c)"):
        "gives human_rights, use_limitation (misses judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("core_crimes_cooperation_convention", "41(2)(c)"):
        "gives serious (adds serious): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("core_crimes_cooperation_convention", "41(2)(d)"):
        "gives human_rights, proportionality (adds proportionality): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("core_crimes_cooperation_convention", "41(4)"):
        "gives dual_criminality, domestic_law, proportionality (adds dual_criminality, proportionality): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("core_crimes_cooperation_convention", "42(2)"):
        "gives dual_criminality, refusal_grounds, human_rights (misses domestic_law): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("core_crimes_cooperation_convention", "44(1)"):
        "gives defined (adds defined): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("core_crimes_cooperation_convention", "45(1)"):
        "gives defined, data_protection, use_limitation (adds defined): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("core_crimes_cooperation_convention", "45(2)"):
        "gives proportionality, data_protection, use_limitation (adds use_limitation): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("core_crimes_cooperation_convention", "45(4)"):
        "gives human_rights, proportionality, data_protection (adds proportionality): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("core_crimes_cooperation_convention", "48(1)"):
        "gives defined (adds defined): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("core_crimes_cooperation_convention", "56"):
        "gives data_protection (adds data_protection): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("core_crimes_cooperation_convention", "annex A(2)"):
        "gives refusal_grounds (misses defined): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("core_crimes_cooperation_convention", "annex C(2)"):
        "gives refusal_grounds, use_limitation (misses defined; adds use_limitation): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("court_cooperation_agreement", "preamble(5)"):
        "gives defined (misses treaty; adds defined): read blind on 2026-12-05 (second night); still missed after its study",
    ("court_cooperation_agreement", "2(c)"):
        "gives no label (misses defined): read blind on 2026-12-05 (second night); still missed after its study",
    ("court_cooperation_agreement", "3(1)"):
        "gives defined, treaty (adds defined): read blind on 2026-12-05 (second night); still missed after its study",
    ("court_cooperation_agreement", "7(4)"):
        "gives no label (misses judicial_oversight): read blind on 2026-12-05 (second night); still missed after its study",
    ("court_cooperation_agreement", "10(3)"):
        "gives human_rights, judicial_oversight (adds judicial_oversight): read blind on 2026-12-05 (second night); still missed after its study",
    ("court_cooperation_agreement", "12(6)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-05 (second night); still missed after its study",
    ("court_cooperation_agreement", "14(1)"):
        "gives defined, treaty, domestic_law (adds defined): read blind on 2026-12-05 (second night); still missed after its study",
    ("court_cooperation_agreement", "14(1)(h)"):
        "gives defined, treaty, domestic_law (adds defined): read blind on 2026-12-05 (second night); still missed after its study",
    ("court_cooperation_agreement", "14(2)"):
        "gives defined, treaty (adds treaty): read blind on 2026-12-05 (second night); still missed after its study",
    ("court_cooperation_agreement", "14(3)"):
        "gives dual_criminality (misses defined): read blind on 2026-12-05 (second night); still missed after its study",
    ("court_cooperation_agreement", "15(4)"):
        "gives human_rights, proportionality (adds human_rights): read blind on 2026-12-05 (second night); still missed after its study",
    ("court_cooperation_agreement", "16(1)"):
        "gives defined, treaty, human_rights (adds defined): read blind on 2026-12-05 (second night); still missed after its study",
    ("court_cooperation_agreement", "20(2)"):
        "gives proportionality (misses judicial_oversight): read blind on 2026-12-05 (second night); still missed after its study",
    ("court_cooperation_agreement", "21(1)"):
        "gives defined, treaty, domestic_law (adds defined): read blind on 2026-12-05 (second night); still missed after its study",
    ("court_cooperation_agreement", "21(3)"):
        "gives proportionality (misses judicial_oversight): read blind on 2026-12-05 (second night); still missed after its study",
    ("court_cooperation_agreement", "22(1)"):
        "gives defined, treaty, serious (adds defined): read blind on 2026-12-05 (second night); still missed after its study",
    ("court_cooperation_agreement", "22(2)(b)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-05 (second night); still missed after its study",
    ("court_cooperation_agreement", "25(2)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-05 (second night); still missed after its study",
    ("court_cooperation_agreement", "27(2)"):
        "gives judicial_oversight, use_limitation (adds judicial_oversight): read blind on 2026-12-05 (second night); still missed after its study",
    ("court_cooperation_agreement", "27(5)"):
        "gives human_rights, use_limitation (adds human_rights): read blind on 2026-12-05 (second night); still missed after its study",
    ("court_cooperation_agreement", "28(2)"):
        "gives proportionality, data_protection (adds proportionality): read blind on 2026-12-05 (second night); still missed after its study",
    ("crimes_against_humanity_convention", "2(2)"):
        "gives defined (adds defined): read blind on 2026-12-06; still missed after its study",
    ("crimes_against_humanity_convention", "3(1)"):
        "gives no label (misses defined): read blind on 2026-12-06; still missed after its study",
    ("crimes_against_humanity_convention", "3(2)(a)"):
        "gives defined (adds defined): read blind on 2026-12-06; still missed after its study",
    ("crimes_against_humanity_convention", "5(2)"):
        "gives defined (adds defined): read blind on 2026-12-06; still missed after its study",
    ("crimes_against_humanity_convention", "6(1)"):
        "gives defined, refusal_grounds, human_rights (adds defined): read blind on 2026-12-06; still missed after its study",
    ("crimes_against_humanity_convention", "20(7)(b)"):
        "gives defined, serious (adds defined): read blind on 2026-12-06; still missed after its study",
    ("crimes_against_humanity_convention", "22(1)(a)"):
        "gives defined, human_rights (adds defined): read blind on 2026-12-06; still missed after its study",
    ("crimes_against_humanity_convention", "24(1)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06; still missed after its study",
    ("crimes_against_humanity_convention", "annex(20)"):
        "gives domestic_law (misses judicial_oversight): read blind on 2026-12-06; still missed after its study",
    ("criminal_records_agreement", "2(b)"):
        "gives no label (misses any): read blind late on 2026-12-05; still missed after its study",
    ("criminal_records_agreement", "4(2)"):
        "gives no label (misses any): read blind late on 2026-12-05; still missed after its study",
    ("criminal_records_agreement", "8(1)"):
        "gives no label (misses any): read blind late on 2026-12-05; still missed after its study",
    ("criminal_records_agreement", "9(1)"):
        "gives human_rights, use_limitation (adds use_limitation): read blind late on 2026-12-05; still missed after its study",
    ("criminal_records_agreement", "9(4)"):
        "gives no label (misses defined): read blind late on 2026-12-05; still missed after its study",
    ("criminal_records_agreement", "10"):
        "gives no label (misses defined): read blind late on 2026-12-05; still missed after its study",
    ("criminal_records_agreement", "14(5)"):
        "gives data_protection (adds data_protection): read blind late on 2026-12-05; still missed after its study",
    ("criminal_records_agreement", "14(6)"):
        "gives data_protection (adds data_protection): read blind late on 2026-12-05; still missed after its study",
    ("cultural_property_convention", "2(2)"):
        "gives no label (misses any): read blind on 2026-12-05 (night, later); still missed after its study",
    ("cultural_property_convention", "5"):
        "gives no label (misses defined): read blind on 2026-12-05 (night, later); still missed after its study",
    ("cultural_property_convention", "18(3)"):
        "gives defined, serious, domestic_law (adds serious): read blind on 2026-12-05 (night, later); still missed after its study",
    ("cultural_property_convention", "20(3)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-05 (night, later); still missed after its study",
    ("cultural_property_convention", "22(2)"):
        "gives domestic_law (misses any): read blind on 2026-12-05 (night, later); still missed after its study",
    ("cultural_property_convention", "23(3)"):
        "gives dual_criminality, refusal_grounds (misses serious; adds refusal_grounds): read blind on 2026-12-05 (night, later); still missed after its study",
    ("cultural_property_convention", "23(6)"):
        "gives refusal_grounds, domestic_law (adds refusal_grounds): read blind on 2026-12-05 (night, later); still missed after its study",
    ("cultural_property_convention", "30(3)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-05 (night, later); still missed after its study",
    ("currency_counterfeiting_convention", "preamble(5)"):
        "gives no label (misses defined): read blind on 2026-12-06 (evening); still missed after its study",
    ("currency_counterfeiting_convention", "11(1)(a)"):
        "gives dual_criminality, refusal_grounds (misses serious): read blind on 2026-12-06 (evening); still missed after its study",
    ("currency_counterfeiting_convention", "14(1)(c)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (evening); still missed after its study",
    ("currency_counterfeiting_convention", "14(3)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (evening); still missed after its study",
    ("currency_counterfeiting_convention", "19(4)"):
        "gives proportionality, data_protection (adds proportionality): read blind on 2026-12-06 (evening); still missed after its study",
    ("customs_police_memorandum", "preamble(5)"):
        "gives no label (misses defined): read blind on 2026-12-05 (night, later); still missed after its study",
    ("customs_police_memorandum", "2(2)"):
        "gives no label (misses defined): read blind on 2026-12-05 (night, later); still missed after its study",
    ("customs_police_memorandum", "2(2)(b)"):
        "gives treaty (misses defined): read blind on 2026-12-05 (night, later); still missed after its study",
    ("customs_police_memorandum", "2(2)(g)"):
        "gives treaty (misses defined): read blind on 2026-12-05 (night, later); still missed after its study",
    ("customs_police_memorandum", "2(3)"):
        "gives serious, dual_criminality (misses domestic_law): read blind on 2026-12-05 (night, later); still missed after its study",
    ("customs_police_memorandum", "4(1)(f)"):
        "gives no label (misses other): read blind on 2026-12-05 (night, later); still missed after its study",
    ("customs_police_memorandum", "9(1)(e)"):
        "gives refusal_grounds, proportionality (adds proportionality): read blind on 2026-12-05 (night, later); still missed after its study",
    ("customs_police_memorandum", "12(5)"):
        "gives human_rights, data_protection (adds human_rights): read blind on 2026-12-05 (night, later); still missed after its study",
    ("customs_police_memorandum", "13(1)"):
        "gives data_protection, use_limitation (adds data_protection): read blind on 2026-12-05 (night, later); still missed after its study",
    ("customs_police_memorandum", "15(2)"):
        "gives domestic_law (misses judicial_oversight): read blind on 2026-12-05 (night, later); still missed after its study",
    ("customs_police_memorandum", "17(2)"):
        "gives proportionality (adds proportionality): missed by the model retrained after the study of fifteen more treaties read whole and the status-note segmentation (2026-12-06, session 33)",
    ("customs_police_memorandum", "18(2)"):
        "gives no label (misses defined): read blind on 2026-12-05 (night, later); still missed after its study",
    ("customs_police_memorandum", "19(3)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-05 (night, later); still missed after its study",
    ("customs_police_memorandum", "19(5)"):
        "gives human_rights (misses data_protection): missed by the model of 2026-12-05 (second night)",
    ("customs_police_memorandum", "26(1)"):
        "gives serious, refusal_grounds, domestic_law (misses defined): read blind on 2026-12-05 (night, later); still missed after its study",
    ("cyber_fraud_convention_draft", "16(4)"):
        "gives serious, use_limitation (adds use_limitation): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("cyber_fraud_convention_draft", "17(3)"):
        "gives human_rights (adds human_rights): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("cyber_fraud_convention_draft", "18(1)"):
        "gives human_rights (adds human_rights): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("cyber_fraud_convention_draft", "19(3)"):
        "gives defined (misses serious): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("cyber_fraud_convention_draft", "21(4)"):
        "gives human_rights (adds human_rights): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("cyber_fraud_convention_draft", "21 bis(1)"):
        "gives no label (misses defined): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("cyber_fraud_convention_draft", "23(3)"):
        "gives human_rights (adds human_rights): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("cyber_fraud_convention_draft", "27(4)"):
        "gives refusal_grounds, use_limitation (adds use_limitation): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("cyber_fraud_convention_draft", "32(3)"):
        "gives dual_criminality, refusal_grounds (misses any): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("cyber_fraud_convention_draft", "37(2)"):
        "gives domestic_law (adds domestic_law): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("cyber_incident_evidence_mou", "preamble(10)"):
        "gives data_protection (misses human_rights, judicial_oversight): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "1(1)"):
        "gives no label (misses domestic_law): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "3(j)"):
        "gives no label (misses domestic_law): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "3(p)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "4(1)(c)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "4(2)"):
        "gives no label (misses domestic_law): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "4(3)"):
        "gives no label (misses domestic_law, judicial_oversight): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "5(3)"):
        "gives defined, any, domestic_law (misses refusal_grounds; adds defined): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "6(1)"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "6(2)"):
        "gives no label (misses other, refusal_grounds): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "7(1)"):
        "gives domestic_law (misses judicial_oversight, data_protection): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "7(2)(a)"):
        "gives human_rights (misses data_protection): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "7(2)(b)"):
        "gives human_rights, proportionality (adds human_rights): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "7(2)(d)"):
        "gives no label (misses domestic_law): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "8(1)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "8(2)"):
        "gives data_protection (misses proportionality): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "8(3)(b)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "9(2)"):
        "gives domestic_law (misses use_limitation): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "11(3)(g)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "14(1)"):
        "gives no label (misses domestic_law): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "16(2)"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "18(1)"):
        "gives no label (misses defined, domestic_law): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "19(2)"):
        "gives no label (misses human_rights): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "19(3)"):
        "gives no label (misses judicial_oversight): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "20(2)"):
        "gives domestic_law (misses proportionality): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "23(2)"):
        "gives no label (misses use_limitation): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "23(3)"):
        "gives no label (misses use_limitation): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "24(2)"):
        "gives use_limitation (misses defined): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "25(1)(a)"):
        "gives no label (misses use_limitation): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "25(1)(c)"):
        "gives no label (misses domestic_law, use_limitation): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "25(2)"):
        "gives domestic_law, data_protection, use_limitation (misses human_rights; adds domestic_law): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "27(1)"):
        "gives domestic_law, data_protection (adds domestic_law): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "28(1)"):
        "gives proportionality, data_protection (misses domestic_law): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "28(2)(b)"):
        "gives no label (misses proportionality, data_protection): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "29(1)"):
        "gives any, domestic_law, data_protection (misses human_rights; adds any, domestic_law): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "29(2)"):
        "gives human_rights (misses judicial_oversight, data_protection): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "30(1)(a)"):
        "gives no label (misses judicial_oversight): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "30(1)(b)"):
        "gives no label (misses judicial_oversight): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "30(1)(c)"):
        "gives judicial_oversight, data_protection (adds data_protection): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "30(2)"):
        "gives no label (misses judicial_oversight): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "30(3)"):
        "gives no label (misses judicial_oversight): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "31(3)"):
        "gives human_rights, use_limitation (misses refusal_grounds): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "32(1)(e)"):
        "gives refusal_grounds, human_rights, proportionality (adds human_rights): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "32(1)(g)"):
        "gives refusal_grounds (misses use_limitation): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "32(3)(b)"):
        "gives dual_criminality, domestic_law (misses defined): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "37(1)"):
        "gives treaty (adds treaty): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_incident_evidence_mou", "42(1)(b)"):
        "gives dual_criminality (misses defined, serious): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("cyber_security_data_protection_convention", "preamble(6)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("cyber_security_data_protection_convention", "preamble(7)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("cyber_security_data_protection_convention", "preamble(9)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("cyber_security_data_protection_convention", "preamble(10)"):
        "gives human_rights (misses defined, other): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("cyber_security_data_protection_convention", "8(3)"):
        "gives no label (misses data_protection): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("cyber_security_data_protection_convention", "12(2)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("cyber_security_data_protection_convention", "13(1)(a)"):
        "gives data_protection (misses judicial_oversight): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("cyber_security_data_protection_convention", "13(1)(b)"):
        "gives data_protection (misses judicial_oversight): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("cyber_security_data_protection_convention", "13(1)(c)"):
        "gives data_protection (misses judicial_oversight): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("cyber_security_data_protection_convention", "13(2)"):
        "gives human_rights, judicial_oversight, data_protection (adds judicial_oversight, data_protection): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("cyber_security_data_protection_convention", "14(1)"):
        "gives data_protection (misses judicial_oversight): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("cyber_security_data_protection_convention", "14(2)"):
        "gives data_protection (misses judicial_oversight): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("cyber_security_data_protection_convention", "14(2)(a)"):
        "gives data_protection (misses judicial_oversight): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("cyber_security_data_protection_convention", "14(2)(b)"):
        "gives data_protection (misses judicial_oversight): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("cyber_security_data_protection_convention", "14(2)(c)"):
        "gives data_protection (misses judicial_oversight): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("cyber_security_data_protection_convention", "14(3)"):
        "gives any, domestic_law, data_protection (adds any): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("cyber_security_data_protection_convention", "15(2)"):
        "gives proportionality, data_protection (adds proportionality): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("cyber_security_data_protection_convention", "15(2)(c)"):
        "gives human_rights, data_protection (adds human_rights): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("cyber_security_data_protection_convention", "20(1)"):
        "gives domestic_law, data_protection (adds domestic_law): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("cyber_security_data_protection_convention", "21(1)"):
        "gives any, domestic_law, proportionality, data_protection (adds any): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("cyber_security_data_protection_convention", "21(3)(c)"):
        "gives data_protection (misses judicial_oversight): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("cyber_security_data_protection_convention", "26(1)(a)"):
        "gives no label (misses data_protection): missed after the study of session 42 (the model of session 36)",
    ("cyber_security_data_protection_convention", "26(1)(b)"):
        "gives no label (misses data_protection): missed after the study of session 42 (the model of session 36)",
    ("cyber_security_data_protection_convention", "26(2)"):
        "gives human_rights, data_protection (misses judicial_oversight; adds human_rights): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("cyber_security_data_protection_convention", "28(3)"):
        "gives no label (misses defined): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("cyber_security_data_protection_convention", "29(2)"):
        "gives data_protection (misses judicial_oversight): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("cyber_security_data_protection_convention", "29(4)"):
        "gives any, data_protection (adds any): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("cyber_security_data_protection_convention", "29(4)(a)"):
        "gives serious, proportionality, data_protection (misses defined): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("cyber_security_data_protection_convention", "29(5)"):
        "gives refusal_grounds, non_discrimination, human_rights, data_protection (adds data_protection): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("cyber_security_data_protection_convention", "30(2)"):
        "gives data_protection (misses judicial_oversight): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("cyber_security_data_protection_convention", "30(3)"):
        "gives domestic_law, proportionality, data_protection (misses defined, treaty): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("cyber_security_data_protection_convention", "39(1)"):
        "gives no label (misses defined): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("cyber_security_data_protection_convention", "39(2)"):
        "gives human_rights (misses defined): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("cyber_security_data_protection_convention", "39(3)"):
        "gives defined, human_rights (adds human_rights): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("cyber_security_data_protection_convention", "40(1)"):
        "gives no label (misses other): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("cyber_security_data_protection_convention", "45(1)"):
        "gives proportionality (misses judicial_oversight): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("cyber_security_data_protection_convention", "47(a)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("cyber_security_data_protection_convention", "47(b)"):
        "gives judicial_oversight, proportionality (adds judicial_oversight): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("cyber_security_data_protection_convention", "48(1)"):
        "gives serious, domestic_law, proportionality (misses judicial_oversight): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("cyber_security_data_protection_convention", "53(1)"):
        "gives judicial_oversight, data_protection (adds data_protection): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("cyber_security_data_protection_convention", "54(2)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("cybercrime_protocol_draft", "preamble(8)"):
        "gives other (adds other): read blind on 2026-12-05; still missed after its study",
    ("cybercrime_protocol_draft", "9(1)"):
        "gives defined, human_rights (adds human_rights): read blind on 2026-12-05; still missed after its study",
    ("cybercrime_protocol_draft", "20(4)"):
        "gives domestic_law (misses judicial_oversight): read blind on 2026-12-05; still missed after its study",
    ("cybercrime_protocol_draft", "24(1)"):
        "gives domestic_law, judicial_oversight (misses defined): missed by the model retrained after the six drafts of session 36 joined the training",
    ("cybercrime_protocol_draft", "27(4)"):
        "gives defined, any, dual_criminality, refusal_grounds (adds defined): read blind on 2026-12-05; still missed after its study",
    ("cybercrime_protocol_draft", "33(2)"):
        "gives refusal_grounds, use_limitation (adds use_limitation): read blind on 2026-12-05; still missed after its study",
    ("cybercrime_protocol_draft", "35(6)"):
        "gives human_rights, judicial_oversight, data_protection (adds judicial_oversight): read blind on 2026-12-05; still missed after its study",
    ("data_access_agreement", "2(1)"):
        "gives no label (misses serious): read blind on 2026-12-04 (evening)",
    ("data_access_agreement", "2(3)"):
        "gives other (misses proportionality): missed by the model retrained after the six drafts of session 36 joined the training",
    ("data_access_agreement", "4(2)(e)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-04 (evening)",
    ("data_access_agreement", "5(2)"):
        "gives proportionality, use_limitation (adds use_limitation): read blind on 2026-12-04 (evening)",
    ("data_access_agreement", "12(1)"):
        "gives human_rights, judicial_oversight, proportionality (adds human_rights): read blind on 2026-12-04 (evening)",
    ("data_access_agreement", "12(3)"):
        "gives defined (adds defined): read blind on 2026-12-04 (evening)",
    ("data_access_agreement", "12(4)"):
        "gives data_protection, use_limitation (adds data_protection): read blind on 2026-12-04 (evening)",
    ("data_access_agreement", "15(3)"):
        "gives proportionality, data_protection, use_limitation (adds use_limitation): read blind on 2026-12-04 (evening)",
    ("drug_trafficking_convention", "5(5)"):
        "gives no label (misses defined): read blind on 2026-12-05 (night); still missed after its study",
    ("drug_trafficking_convention", "10(3)"):
        "gives defined, serious, dual_criminality (adds defined): read blind on 2026-12-05 (night); still missed after its study",
    ("drug_trafficking_convention", "10(5)"):
        "gives refusal_grounds, domestic_law (misses serious): read blind on 2026-12-05 (night); still missed after its study",
    ("drug_trafficking_convention", "11(2)"):
        "gives defined, any (adds any): read blind on 2026-12-05 (night); still missed after its study",
    ("drug_trafficking_convention", "13(6)"):
        "gives use_limitation (misses human_rights): read blind on 2026-12-05 (night); still missed after its study",
    ("drug_trafficking_convention", "16(7)"):
        "gives proportionality, use_limitation (adds use_limitation): read blind on 2026-12-05 (night); still missed after its study",
    ("drug_trafficking_convention", "17(4)"):
        "gives use_limitation (misses any): read blind on 2026-12-05 (night); still missed after its study",
    ("e_evidence_convention", "preamble(3)"):
        "gives any (adds any): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("e_evidence_convention", "preamble(4)"):
        "gives no label (misses human_rights): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("e_evidence_convention", "1(1)"):
        "gives no label (misses human_rights): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("e_evidence_convention", "3(1)(b)"):
        "gives any (misses other; adds any): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("e_evidence_convention", "3(3)"):
        "gives no label (misses domestic_law): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("e_evidence_convention", "4(2)"):
        "gives defined (adds defined): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("e_evidence_convention", "8(2)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("e_evidence_convention", "10(2)(e)"):
        "gives no label (misses data_protection, use_limitation): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("e_evidence_convention", "11(3)"):
        "gives domestic_law, use_limitation (adds domestic_law): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("e_evidence_convention", "12(2)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("e_evidence_convention", "12(3)"):
        "gives human_rights, proportionality (misses serious, judicial_oversight): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("e_evidence_convention", "12(4)"):
        "gives domestic_law (misses human_rights, proportionality): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("e_evidence_convention", "15(2)(b)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("e_evidence_convention", "15(2)(c)"):
        "gives judicial_oversight, proportionality, use_limitation (misses data_protection): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("e_evidence_convention", "15(3)"):
        "gives proportionality (misses human_rights, data_protection, use_limitation): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("e_evidence_convention", "18(1)(f)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("e_evidence_convention", "19(2)(b)"):
        "gives no label (misses dual_criminality): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("e_evidence_convention", "19(2)(c)"):
        "gives domestic_law (misses dual_criminality): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("e_evidence_convention", "19(3)"):
        "gives domestic_law (misses dual_criminality): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("e_evidence_convention", "20(1)(f)"):
        "gives refusal_grounds, domestic_law (misses serious, proportionality): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("e_evidence_convention", "21(3)"):
        "gives refusal_grounds, use_limitation (misses defined, human_rights): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("e_evidence_convention", "22(3)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("e_evidence_convention", "22(4)"):
        "gives human_rights, data_protection, use_limitation (misses proportionality; adds human_rights): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("e_evidence_convention", "25(2)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("e_evidence_convention", "27(7)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("e_evidence_convention", "28(3)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("e_evidence_convention", "29(3)"):
        "gives refusal_grounds, domestic_law (adds refusal_grounds): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("e_evidence_convention", "31(3)(d)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("e_evidence_convention", "35(3)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "preamble(7)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "preamble(14)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "preamble(16)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "preamble(19)"):
        "gives domestic_law, human_rights, proportionality, data_protection (adds data_protection): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "preamble(20)"):
        "gives domestic_law, judicial_oversight, proportionality (adds domestic_law, proportionality): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "preamble(22)"):
        "gives human_rights (misses refusal_grounds, domestic_law): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "preamble(23)"):
        "gives serious, dual_criminality (misses treaty, refusal_grounds): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "preamble(26)"):
        "gives no label (misses human_rights, use_limitation): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "preamble(27)"):
        "gives no label (misses judicial_oversight): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "preamble(29)"):
        "gives defined, data_protection, use_limitation (adds defined, data_protection, use_limitation): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "preamble(33)"):
        "gives non_discrimination (misses refusal_grounds): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "preamble(36)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "2(2)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "3(e)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "4(1)(a)"):
        "gives no label (misses judicial_oversight): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "4(1)(b)"):
        "gives no label (misses domestic_law, judicial_oversight): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "4(3)"):
        "gives no label (misses judicial_oversight): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "4(4)"):
        "gives refusal_grounds, domestic_law (misses judicial_oversight, proportionality, data_protection; adds refusal_grounds): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "5(1)"):
        "gives human_rights, proportionality (misses domestic_law): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "5(3)(b)"):
        "gives no label (misses treaty): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "5(4)(d)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "5(4)(e)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "6(3)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "7(1)"):
        "gives human_rights (misses judicial_oversight): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "7(2)"):
        "gives use_limitation (misses judicial_oversight; adds use_limitation): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "7(3)"):
        "gives refusal_grounds (misses judicial_oversight, proportionality; adds refusal_grounds): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "11(1)(d)"):
        "gives serious, dual_criminality, refusal_grounds (misses treaty): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "11(2)"):
        "gives dual_criminality (misses refusal_grounds): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "12(2)"):
        "gives data_protection (misses use_limitation): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "12(3)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "13(2)"):
        "gives no label (misses human_rights, judicial_oversight): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "13(3)"):
        "gives no label (misses human_rights, judicial_oversight, proportionality): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "14(1)"):
        "gives no label (misses data_protection): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "17(1)"):
        "gives use_limitation (misses data_protection): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "17(2)"):
        "gives no label (misses use_limitation): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "19"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "21(1)"):
        "gives no label (misses judicial_oversight): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "21(2)"):
        "gives no label (misses judicial_oversight): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "21(2)(a)"):
        "gives human_rights (misses judicial_oversight): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "21(2)(b)"):
        "gives no label (misses judicial_oversight): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "21(2)(b)(i)"):
        "gives no label (misses judicial_oversight): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "21(2)(b)(ii)"):
        "gives no label (misses judicial_oversight): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "21(2)(c)"):
        "gives no label (misses judicial_oversight): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "21(2)(d)"):
        "gives no label (misses judicial_oversight): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "21(2)(e)"):
        "gives no label (misses judicial_oversight): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "22(2)"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "22(2)(a)"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "22(2)(b)"):
        "gives defined (misses refusal_grounds; adds defined): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "22(2)(c)"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "22(2)(d)"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "22(2)(e)"):
        "gives domestic_law (misses refusal_grounds): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "22(2)(f)"):
        "gives no label (misses refusal_grounds, human_rights): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "22(3)"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "23(4)"):
        "gives human_rights, judicial_oversight (adds judicial_oversight): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "25(2)"):
        "gives proportionality, data_protection (misses human_rights; adds proportionality): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "27(3)"):
        "gives use_limitation (misses data_protection): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "27(4)"):
        "gives proportionality, use_limitation (misses data_protection): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "29(1)"):
        "gives non_discrimination (misses refusal_grounds): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "29(2)"):
        "gives no label (misses non_discrimination): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "30"):
        "gives domestic_law (misses human_rights; adds domestic_law): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "31(2)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "33(1)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "34(1)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "36"):
        "gives human_rights (adds human_rights): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "37(2)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("e_evidence_orders_regulation", "annex I"):
        "gives serious, any, use_limitation (adds serious, any): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "preamble(2)"):
        "gives serious (adds serious): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "preamble(5)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "preamble(6)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "1(6)"):
        "gives serious (misses defined): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "1(10)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "2(1)"):
        "gives data_protection (misses human_rights): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "3(1)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "4(1)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "4(2)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "4(3)(a)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "4(3)(b)"):
        "gives use_limitation (misses proportionality): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "4(3)(c)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "4(5)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "4(5)(a)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "4(5)(b)"):
        "gives no label (misses proportionality, data_protection): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "5(1)(a)"):
        "gives serious (misses defined): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "5(1)(b)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "5(1)(g)"):
        "gives human_rights, use_limitation (adds use_limitation): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "5(2)(a)"):
        "gives serious (misses proportionality; adds serious): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "5(2)(b)"):
        "gives judicial_oversight, data_protection (misses proportionality; adds judicial_oversight): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "5(2)(c)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "5(3)"):
        "gives proportionality, use_limitation (adds use_limitation): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "6(1)(b)"):
        "gives serious (adds serious): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "6(1)(f)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "6(2)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "6(4)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "8(1)(a)"):
        "gives serious, dual_criminality (misses defined; adds dual_criminality): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "8(1)(b)"):
        "gives proportionality (misses judicial_oversight): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "8(1)(d)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "8(2)"):
        "gives judicial_oversight (misses proportionality): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "9(1)"):
        "gives serious, other (misses defined): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "9(2)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "9(3)"):
        "gives serious, other, dual_criminality (adds serious): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "10(1)"):
        "gives serious, data_protection (misses defined, proportionality): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "10(2)"):
        "gives no label (misses data_protection): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "10(2)(a)"):
        "gives no label (misses data_protection): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "10(2)(b)"):
        "gives serious, proportionality, data_protection (misses defined): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "10(2)(c)"):
        "gives use_limitation (misses data_protection): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "10(2)(c)(i)"):
        "gives use_limitation (misses data_protection): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "10(2)(c)(ii)"):
        "gives use_limitation (misses data_protection): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "10(2)(c)(iii)"):
        "gives serious, use_limitation (misses defined, data_protection): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "10(2)(c)(iv)"):
        "gives use_limitation (misses data_protection): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "10(2)(d)"):
        "gives judicial_oversight, data_protection (misses proportionality; adds judicial_oversight): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "11(1)"):
        "gives serious, use_limitation (misses defined): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "11(2)"):
        "gives human_rights, use_limitation (adds human_rights): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "11(3)(b)"):
        "gives serious (misses defined, proportionality, use_limitation): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "11(3)(d)"):
        "gives no label (misses data_protection, use_limitation): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "11(4)"):
        "gives human_rights (misses refusal_grounds, domestic_law, use_limitation): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "12(2)"):
        "gives no label (misses use_limitation): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "12(3)"):
        "gives refusal_grounds (misses human_rights, use_limitation): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "12(5)"):
        "gives no label (misses refusal_grounds, use_limitation): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "13(2)"):
        "gives human_rights, judicial_oversight, data_protection (adds judicial_oversight): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "14(3)"):
        "gives human_rights (misses data_protection): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "15(2)"):
        "gives judicial_oversight (misses human_rights): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "16(2)"):
        "gives domestic_law, use_limitation (adds domestic_law): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "17(1)(a)"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "17(1)(b)"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "17(1)(c)"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "17(4)"):
        "gives domestic_law (misses judicial_oversight): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "18(3)"):
        "gives human_rights (misses refusal_grounds; adds human_rights): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "21(1)"):
        "gives human_rights (misses judicial_oversight; adds human_rights): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "22(3)"):
        "gives domestic_law, use_limitation (adds domestic_law, use_limitation): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "24(1)"):
        "gives judicial_oversight, data_protection (adds judicial_oversight, data_protection): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "26(1)"):
        "gives serious (misses defined): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "26(1)(c)"):
        "gives defined, other (misses treaty, dual_criminality; adds defined): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "27(1)"):
        "gives serious, domestic_law (misses defined; adds domestic_law): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "28(1)"):
        "gives dual_criminality, refusal_grounds (misses use_limitation): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "29(2)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "30(1)"):
        "gives serious (adds serious): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_data_access_agreement", "34(2)(a)"):
        "gives no label (misses use_limitation): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("electronic_evidence_orders_agreement", "4(4)"):
        "gives domestic_law, use_limitation (adds use_limitation): read blind on 2026-12-06; still missed after its study",
    ("electronic_evidence_orders_agreement", "5(2)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-06; still missed after its study",
    ("electronic_evidence_orders_agreement", "6(3)"):
        "gives proportionality, use_limitation (adds use_limitation): read blind on 2026-12-06; still missed after its study",
    ("electronic_evidence_orders_agreement", "8(7)"):
        "gives human_rights, use_limitation (adds use_limitation): read blind on 2026-12-06; still missed after its study",
    ("electronic_evidence_orders_agreement", "9(e)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06; still missed after its study",
    ("electronic_evidence_orders_agreement", "10(2)"):
        "gives no label (misses judicial_oversight): read blind on 2026-12-06; still missed after its study",
    ("electronic_evidence_orders_agreement", "13(1)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-06; still missed after its study",
    ("electronic_evidence_orders_agreement", "15(3)"):
        "gives human_rights, use_limitation (adds use_limitation): read blind on 2026-12-06; still missed after its study",
    ("electronic_evidence_orders_agreement", "16(3)"):
        "gives judicial_oversight, data_protection, use_limitation (adds data_protection): read blind on 2026-12-06; still missed after its study",
    ("electronic_evidence_orders_agreement", "23(4)"):
        "gives human_rights, judicial_oversight, data_protection (adds judicial_oversight): read blind on 2026-12-06; still missed after its study",
    ("electronic_evidence_orders_agreement", "24(2)"):
        "gives human_rights, data_protection (misses judicial_oversight): read blind on 2026-12-06; still missed after its study",
    ("electronic_evidence_orders_agreement", "24(4)"):
        "gives human_rights, proportionality (misses judicial_oversight): read blind on 2026-12-06; still missed after its study",
    ("electronic_evidence_orders_agreement", "26(1)(b)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-06; still missed after its study",
    ("electronic_evidence_orders_agreement", "27"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-06; still missed after its study",
    ("electronic_evidence_orders_agreement", "28(1)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06; still missed after its study",
    ("electronic_evidence_orders_agreement", "29(1)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-06; still missed after its study",
    ("electronic_evidence_orders_agreement", "33(1)"):
        "gives no label (misses data_protection): read blind on 2026-12-06; still missed after its study",
    ("elements_paper_numbered_headings", "preamble(2)"):
        "gives other (adds other): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("elements_paper_numbered_headings", "preamble(7)"):
        "gives human_rights, data_protection (misses non_discrimination): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("elements_paper_numbered_headings", "4(2)(a)"):
        "gives no label (misses other): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("elements_paper_numbered_headings", "4(3)"):
        "gives defined (adds defined): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("elements_paper_numbered_headings", "18(3)"):
        "gives human_rights (misses data_protection): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("elements_paper_numbered_headings", "19(1)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("elements_paper_numbered_headings", "19(3)"):
        "gives domestic_law (misses use_limitation; adds domestic_law): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("elements_paper_numbered_headings", "20(3)"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("elements_paper_numbered_headings", "21(2)"):
        "gives serious, domestic_law (adds domestic_law): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("elements_paper_numbered_headings", "22(3)"):
        "gives proportionality (misses human_rights): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("elements_paper_numbered_headings", "24(3)(b)"):
        "gives no label (misses human_rights): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("elements_paper_numbered_headings", "25(2)"):
        "gives no label (misses defined): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("elements_paper_numbered_headings", "25(3)"):
        "gives defined, proportionality (misses refusal_grounds): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("elements_paper_numbered_headings", "25(4)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("elements_paper_numbered_headings", "26(2)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("elements_paper_numbered_headings", "28(3)"):
        "gives defined, dual_criminality, domestic_law (adds defined, domestic_law): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("elements_paper_numbered_headings", "29(4)"):
        "gives refusal_grounds (adds refusal_grounds): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("elements_paper_numbered_headings", "30(2)"):
        "gives use_limitation (misses human_rights): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("elements_paper_numbered_headings", "34(5)"):
        "gives domestic_law, data_protection (misses human_rights; adds domestic_law): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("elements_paper_numbered_headings", "35(1)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("elements_paper_numbered_headings", "35(2)"):
        "gives no label (misses proportionality, data_protection): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("elements_paper_numbered_headings", "36(2)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("elements_paper_numbered_headings", "37(2)(b)"):
        "gives no label (misses human_rights): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("elements_paper_numbered_headings", "38(3)"):
        "gives defined, human_rights (adds defined, human_rights): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("elements_paper_numbered_headings", "39(1)"):
        "gives defined (adds defined): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("elements_paper_numbered_headings", "39(2)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-07 (session 43, fourth round); still missed after its study (the model of session 36, not trained on them)",
    ("enforced_disappearance_convention", "1(1)"):
        "gives no label (misses defined): missed by the model retrained after the six drafts of session 36 joined the training",
    ("enforced_disappearance_convention", "6(1)"):
        "gives no label (misses defined): read blind on 2026-12-05 (third night); still missed after its study",
    ("enforced_disappearance_convention", "6(1)(a)"):
        "gives defined (adds defined): read blind on 2026-12-05 (third night); still missed after its study",
    ("enforced_disappearance_convention", "9(1)"):
        "gives no label (misses defined): missed by the model retrained after the six drafts of session 36 joined the training",
    ("enforced_disappearance_convention", "12(2)"):
        "gives no label (misses defined): missed by the model retrained after the six drafts of session 36 joined the training",
    ("enforced_disappearance_convention", "20(1)"):
        "gives dual_criminality, data_protection, use_limitation (misses domestic_law; adds dual_criminality): read blind on 2026-12-05 (third night); still missed after its study",
    ("enforced_disappearance_convention", "21(2)(e)"):
        "gives human_rights (misses judicial_oversight): read blind on 2026-12-05 (third night); still missed after its study",
    ("enforced_disappearance_convention", "23(a)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-05 (third night); still missed after its study",
    ("enforced_disappearance_convention", "26(2)"):
        "gives no label (misses defined): read blind on 2026-12-05 (third night); still missed after its study",
    ("enforced_disappearance_convention", "26(3)"):
        "gives human_rights (misses defined; adds human_rights): read blind on 2026-12-05 (third night); still missed after its study",
    ("enforced_disappearance_convention", "27(1)"):
        "gives no label (misses defined): missed by the model retrained after the six drafts of session 36 joined the training",
    ("enforced_disappearance_convention", "29"):
        "gives human_rights (adds human_rights): read blind on 2026-12-05 (third night); still missed after its study",
    ("environmental_crime_convention", "13(3)"):
        "gives serious, domestic_law (misses judicial_oversight): read blind on 2026-12-05; still missed after its study",
    ("environmental_crime_convention", "20(2)"):
        "gives human_rights, judicial_oversight (adds human_rights): read blind on 2026-12-05; still missed after its study",
    ("environmental_crime_convention", "23(2)"):
        "gives defined, treaty (adds defined): read blind on 2026-12-05; still missed after its study",
    ("environmental_crime_convention", "23(3)"):
        "gives defined, any, domestic_law (adds defined): read blind on 2026-12-05; still missed after its study",
    ("environmental_crime_convention", "27(2)"):
        "gives refusal_grounds, use_limitation (adds use_limitation): read blind on 2026-12-05; still missed after its study",
    ("environmental_crime_convention", "42(2)"):
        "gives data_protection (adds data_protection): missed by the model of 2026-12-05 (second night)",
    ("environmental_crimes_draft_articles", "preamble(7)"):
        "gives human_rights (misses non_discrimination): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("environmental_crimes_draft_articles", "1(2)"):
        "gives defined (adds defined): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("environmental_crimes_draft_articles", "1(2)(b)"):
        "gives defined (misses treaty; adds defined): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("environmental_crimes_draft_articles", "3(2)"):
        "gives no label (misses domestic_law): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("environmental_crimes_draft_articles", "4(1)(b)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("environmental_crimes_draft_articles", "5(1)"):
        "gives serious (misses treaty): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("environmental_crimes_draft_articles", "9(3)"):
        "gives no label (misses defined): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("environmental_crimes_draft_articles", "10(1)"):
        "gives serious (adds serious): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("environmental_crimes_draft_articles", "10(1)(c)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("environmental_crimes_draft_articles", "12(2)"):
        "gives defined, other, any (adds any): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("environmental_crimes_draft_articles", "15(1)"):
        "gives defined (misses serious, dual_criminality): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("environmental_crimes_draft_articles", "17(1)(d)"):
        "gives refusal_grounds (misses non_discrimination): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("environmental_crimes_draft_articles", "17(2)"):
        "gives dual_criminality, refusal_grounds, use_limitation (misses domestic_law; adds use_limitation): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("environmental_crimes_draft_articles", "20(1)"):
        "gives defined (adds defined): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("environmental_crimes_draft_articles", "20(2)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(1)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(6)"):
        "gives serious, human_rights, judicial_oversight, data_protection (adds serious): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(19)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(22)"):
        "gives defined, treaty, serious, other, data_protection (misses proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(23)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(30)"):
        "gives no label (misses proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(31)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(32)"):
        "gives defined, treaty, serious, any, domestic_law (misses refusal_grounds): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(33)"):
        "gives non_discrimination, data_protection, use_limitation (misses proportionality; adds non_discrimination, use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(34)"):
        "gives defined, treaty, serious, proportionality, data_protection, use_limitation (misses non_discrimination): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(42)"):
        "gives defined, treaty, refusal_grounds, domestic_law (misses judicial_oversight): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(44)"):
        "gives dual_criminality, domestic_law, data_protection (misses proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(46)"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(47)"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(48)"):
        "gives no label (misses refusal_grounds, use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(49)"):
        "gives data_protection (misses refusal_grounds, human_rights, proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(50)"):
        "gives domestic_law (misses refusal_grounds): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(55)"):
        "gives data_protection, use_limitation (misses proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(56)"):
        "gives proportionality, data_protection, use_limitation (misses non_discrimination; adds use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(57)"):
        "gives data_protection (misses use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(58)"):
        "gives judicial_oversight, proportionality, data_protection, use_limitation (adds use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(59)"):
        "gives judicial_oversight, data_protection, use_limitation (adds use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(61)"):
        "gives judicial_oversight, proportionality, data_protection (misses human_rights; adds proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(62)"):
        "gives judicial_oversight (misses data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(66)"):
        "gives serious, data_protection (adds serious, data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(67)"):
        "gives judicial_oversight, proportionality, data_protection (adds judicial_oversight, proportionality, data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(69)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(78)"):
        "gives serious, human_rights, judicial_oversight, data_protection (adds serious): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(91)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(94)"):
        "gives defined, treaty, serious, other, data_protection (misses proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(95)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(102)"):
        "gives no label (misses proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(103)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(104)"):
        "gives defined, treaty, serious, any, domestic_law (misses refusal_grounds): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(105)"):
        "gives non_discrimination, data_protection, use_limitation (misses proportionality; adds non_discrimination, use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(106)"):
        "gives defined, treaty, serious, proportionality, data_protection, use_limitation (misses non_discrimination): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(114)"):
        "gives defined, treaty, refusal_grounds, domestic_law (misses judicial_oversight): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(116)"):
        "gives dual_criminality, domestic_law, data_protection (misses proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(118)"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(119)"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(120)"):
        "gives no label (misses refusal_grounds, use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(121)"):
        "gives data_protection (misses refusal_grounds, human_rights, proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(122)"):
        "gives domestic_law (misses refusal_grounds): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(127)"):
        "gives data_protection, use_limitation (misses proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(128)"):
        "gives proportionality, data_protection, use_limitation (misses non_discrimination; adds use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(129)"):
        "gives data_protection (misses use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(130)"):
        "gives judicial_oversight, proportionality, data_protection, use_limitation (adds use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(131)"):
        "gives judicial_oversight, data_protection, use_limitation (adds use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(133)"):
        "gives judicial_oversight, proportionality, data_protection (misses human_rights; adds proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(134)"):
        "gives judicial_oversight (misses data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(138)"):
        "gives serious, data_protection (adds serious, data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(139)"):
        "gives judicial_oversight, proportionality, data_protection (adds judicial_oversight, proportionality, data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(141)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(150)"):
        "gives defined (adds defined): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(151)"):
        "gives defined, treaty (adds treaty): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(152)"):
        "gives no label (misses defined): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(153)"):
        "gives no label (misses defined): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(154)"):
        "gives no label (misses defined): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(155)"):
        "gives no label (misses defined): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(156)"):
        "gives no label (misses defined): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(157)"):
        "gives no label (misses defined): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(158)"):
        "gives no label (misses defined): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(159)"):
        "gives no label (misses defined): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(161)"):
        "gives defined, treaty (adds treaty): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(162)"):
        "gives no label (misses defined): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(164)"):
        "gives defined, treaty (adds treaty): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(165)"):
        "gives defined, treaty (adds treaty): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(168)"):
        "gives defined, domestic_law (adds domestic_law): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("exchange_of_notes_police_data", "body(169)"):
        "gives defined, treaty, human_rights (adds defined, treaty): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_amending_protocol", "preamble(7)"):
        "gives no label (misses serious): read blind on 2026-12-05 (night, later); still missed after its study",
    ("extradition_amending_protocol", "preamble(10)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-05 (night, later); still missed after its study",
    ("extradition_amending_protocol", "5(1)(d)"):
        "gives serious (misses defined; adds serious): read blind on 2026-12-05 (night, later); still missed after its study",
    ("extradition_amending_protocol", "10(1)(d)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-05 (night, later); still missed after its study",
    ("extradition_amending_protocol", "12(2)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-05 (night, later); still missed after its study",
    ("extradition_amending_protocol", "13(1)"):
        "gives refusal_grounds, domestic_law (adds refusal_grounds): read blind on 2026-12-05 (night, later); still missed after its study",
    ("extradition_amending_protocol", "14(4)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-05 (night, later); still missed after its study",
    ("extradition_amending_protocol", "18(2)"):
        "gives human_rights, use_limitation (adds use_limitation): read blind on 2026-12-05 (night, later); still missed after its study",
    ("extradition_amending_protocol", "19(1)"):
        "gives human_rights, use_limitation (misses judicial_oversight): read blind on 2026-12-05 (night, later); still missed after its study",
    ("extradition_amending_protocol", "24(2)"):
        "gives serious, refusal_grounds, use_limitation (adds use_limitation): read blind on 2026-12-05 (night, later); still missed after its study",
    ("extradition_amending_protocol", "24(3)"):
        "gives human_rights, use_limitation (adds use_limitation): read blind on 2026-12-05 (night, later); still missed after its study",
    ("extradition_amending_protocol", "24(4)"):
        "gives refusal_grounds, human_rights, use_limitation (adds use_limitation): read blind on 2026-12-05 (night, later); still missed after its study",
    ("extradition_amending_protocol", "26(5)"):
        "gives proportionality, data_protection (adds proportionality): read blind on 2026-12-05 (night, later); still missed after its study",
    ("extradition_treaty_schedule", "preamble(5)"):
        "gives no label (misses human_rights): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "1(1)(e)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "2(1)"):
        "gives no label (misses serious): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "2(2)"):
        "gives domestic_law (misses refusal_grounds): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "4(2)(c)"):
        "gives no label (misses dual_criminality): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "4(3)"):
        "gives domestic_law (misses refusal_grounds): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "4(5)"):
        "gives serious, dual_criminality (misses other; adds serious, dual_criminality): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "5(2)"):
        "gives no label (misses dual_criminality): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "6(1)"):
        "gives treaty, serious (adds serious): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "6(2)"):
        "gives no label (misses treaty): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "6(3)"):
        "gives defined, refusal_grounds (adds defined): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "7(2)(a)"):
        "gives defined, human_rights (adds human_rights): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "7(2)(c)"):
        "gives serious (misses defined): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "7(3)"):
        "gives treaty (misses refusal_grounds): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "7(4)"):
        "gives domestic_law (misses judicial_oversight): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "8(1)(a)"):
        "gives serious, refusal_grounds, non_discrimination (adds serious): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "8(1)(b)"):
        "gives dual_criminality, refusal_grounds (adds dual_criminality): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "8(1)(d)"):
        "gives refusal_grounds (misses domestic_law): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "8(2)"):
        "gives domestic_law, human_rights (misses refusal_grounds): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "9(1)(c)"):
        "gives refusal_grounds (misses human_rights): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "9(1)(e)"):
        "gives refusal_grounds, human_rights (adds human_rights): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "10(2)"):
        "gives no label (misses human_rights): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "11(3)"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "12(1)"):
        "gives refusal_grounds (misses human_rights): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "12(1)(b)"):
        "gives refusal_grounds (misses human_rights): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "13(3)"):
        "gives no label (misses refusal_grounds, domestic_law): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "14(1)"):
        "gives human_rights (misses data_protection): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "14(2)"):
        "gives refusal_grounds (misses non_discrimination): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "15(2)"):
        "gives defined, serious (adds serious): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "16(1)"):
        "gives no label (misses domestic_law): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "18(2)"):
        "gives domestic_law, judicial_oversight (adds judicial_oversight): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "18(3)"):
        "gives no label (misses domestic_law): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "19(1)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "19(2)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "21(4)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "22(1)"):
        "gives no label (misses domestic_law, human_rights): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "22(3)"):
        "gives serious, judicial_oversight (misses domestic_law): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "22(4)"):
        "gives domestic_law (misses refusal_grounds, human_rights; adds domestic_law): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "22(5)"):
        "gives no label (misses human_rights): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "23(2)(a)"):
        "gives judicial_oversight (misses human_rights): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "23(2)(b)"):
        "gives domestic_law, human_rights (adds domestic_law): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "23(3)"):
        "gives human_rights, judicial_oversight (misses domestic_law): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "24(1)"):
        "gives domestic_law (misses human_rights, judicial_oversight): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "24(2)"):
        "gives domestic_law, human_rights, use_limitation (adds domestic_law): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "24(3)"):
        "gives domestic_law (misses human_rights; adds domestic_law): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "26(2)"):
        "gives no label (misses domestic_law): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "27(2)"):
        "gives refusal_grounds, domestic_law (misses proportionality): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "27(3)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "28(2)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "29(3)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "30(1)(a)"):
        "gives use_limitation (misses serious): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "31(1)(b)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "31(2)"):
        "gives refusal_grounds (misses use_limitation): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "32(3)"):
        "gives domestic_law, human_rights, proportionality (adds human_rights): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "34(2)"):
        "gives human_rights (misses domestic_law): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "37(3)(a)"):
        "gives refusal_grounds (adds refusal_grounds): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "42(1)"):
        "gives no label (misses defined, refusal_grounds): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("extradition_treaty_schedule", "annex"):
        "gives defined, serious, other, dual_criminality, domestic_law (adds domestic_law): read blind on 2026-12-07 (session 43, second round); still missed after its study (the model of session 36, not trained on them)",
    ("financial_intelligence_agreement", "preamble(5)"):
        "gives no label (misses defined, any): read blind on 2026-12-05 (evening); still missed after its study",
    ("financial_intelligence_agreement", "2(d)"):
        "gives any (adds any): read blind on 2026-12-05 (evening); still missed after its study",
    ("financial_intelligence_agreement", "3(2)"):
        "gives defined, any (adds defined): read blind on 2026-12-05 (evening); still missed after its study",
    ("financial_intelligence_agreement", "7(3)"):
        "gives any, dual_criminality, refusal_grounds (adds any): read blind on 2026-12-05 (evening); still missed after its study",
    ("financial_intelligence_agreement", "11(2)"):
        "gives use_limitation (misses refusal_grounds): missed by the model retrained after the six drafts of session 36 joined the training",
    ("financial_intelligence_agreement", "12(2)"):
        "gives refusal_grounds, use_limitation (adds use_limitation): read blind on 2026-12-05 (evening); still missed after its study",
    ("financial_intelligence_agreement", "15(1)"):
        "gives human_rights, data_protection (adds human_rights): read blind on 2026-12-05 (evening); still missed after its study",
    ("financial_intelligence_agreement", "16(3)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-05 (evening); still missed after its study",
    ("financial_intelligence_agreement", "18(4)"):
        "gives proportionality, data_protection (adds proportionality, data_protection): read blind on 2026-12-05 (evening); still missed after its study",
    ("financial_intelligence_agreement", "19(1)"):
        "gives no label (misses proportionality): missed by the model retrained after the six drafts of session 36 joined the training",
    ("financial_intelligence_agreement", "20(1)"):
        "gives domestic_law (misses any): read blind on 2026-12-05 (evening); still missed after its study",
    ("financial_intelligence_agreement", "20(2)(c)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-05 (evening); still missed after its study",
    ("financial_intelligence_agreement", "25(1)"):
        "gives defined, judicial_oversight (adds defined): read blind on 2026-12-05 (evening); still missed after its study",
    ("financial_messaging_data_agreement", "preamble(12)"):
        "gives data_protection (adds data_protection): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("financial_messaging_data_agreement", "2(j)"):
        "gives judicial_oversight (adds judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("financial_messaging_data_agreement", "4(2)"):
        "gives non_discrimination, data_protection (adds data_protection): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("financial_messaging_data_agreement", "4(3)"):
        "gives non_discrimination, judicial_oversight, data_protection (adds judicial_oversight): missed by the model retrained after the six drafts of session 36 joined the training",
    ("financial_messaging_data_agreement", "5(3)"):
        "gives judicial_oversight (misses data_protection): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("financial_messaging_data_agreement", "7(2)(b)"):
        "gives treaty (adds treaty): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("financial_messaging_data_agreement", "8(2)"):
        "gives no label (misses judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("financial_messaging_data_agreement", "8(3)"):
        "gives no label (misses judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("financial_messaging_data_agreement", "8(4)"):
        "gives domestic_law (misses judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("financial_messaging_data_agreement", "8(5)"):
        "gives no label (misses judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("financial_messaging_data_agreement", "9(2)"):
        "gives proportionality (misses judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("financial_messaging_data_agreement", "10(1)"):
        "gives proportionality (misses judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("financial_messaging_data_agreement", "10(3)"):
        "gives data_protection (misses judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("financial_messaging_data_agreement", "12(1)"):
        "gives non_discrimination, judicial_oversight, data_protection (adds judicial_oversight): missed by the model retrained after the six drafts of session 36 joined the training",
    ("financial_messaging_data_agreement", "12(3)"):
        "gives treaty, data_protection (adds treaty): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("financial_messaging_data_agreement", "18(2)"):
        "gives data_protection (adds data_protection): missed by the model retrained after the six drafts of session 35 joined the training",
    ("financial_messaging_data_agreement", "18(3)"):
        "gives use_limitation (adds use_limitation): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("financial_messaging_data_agreement", "19(2)"):
        "gives data_protection (misses judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("financial_messaging_data_agreement", "20(2)"):
        "gives no label (misses judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("financial_messaging_data_agreement", "23(1)(b)"):
        "gives treaty, use_limitation (adds treaty): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("financial_messaging_data_agreement", "23(3)"):
        "gives refusal_grounds, human_rights, data_protection, use_limitation (adds data_protection): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("financial_messaging_data_agreement", "24(4)"):
        "gives treaty, serious, use_limitation (adds treaty): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("financial_messaging_data_agreement", "25(4)(a)"):
        "gives refusal_grounds, use_limitation (adds use_limitation): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("financial_messaging_data_agreement", "26(1)"):
        "gives treaty, serious, use_limitation (adds serious): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("financial_messaging_data_agreement", "29(1)"):
        "gives no label (misses judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("financial_messaging_data_agreement", "29(2)"):
        "gives no label (misses judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("financial_messaging_data_agreement", "29(2)(a)"):
        "gives no label (misses judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("financial_messaging_data_agreement", "29(2)(b)"):
        "gives no label (misses judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("financial_messaging_data_agreement", "29(2)(c)"):
        "gives no label (misses judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("financial_messaging_data_agreement", "29(2)(d)"):
        "gives no label (misses judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("financial_messaging_data_agreement", "29(3)"):
        "gives no label (misses judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("financial_messaging_data_agreement", "30(1)"):
        "gives no label (misses judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("financial_messaging_data_agreement", "30(2)"):
        "gives no label (misses judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("financial_messaging_data_agreement", "32(1)"):
        "gives human_rights, judicial_oversight, data_protection (adds judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("financial_messaging_data_agreement", "32(2)"):
        "gives judicial_oversight, data_protection (adds judicial_oversight, data_protection): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("financial_messaging_data_agreement", "32(4)"):
        "gives human_rights, judicial_oversight, data_protection (adds judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("financial_messaging_data_agreement", "33(2)"):
        "gives judicial_oversight, data_protection (adds judicial_oversight, data_protection): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("financial_messaging_data_agreement", "34(2)(a)"):
        "gives human_rights, data_protection (adds data_protection): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("financial_messaging_data_agreement", "34(3)"):
        "gives human_rights, judicial_oversight, data_protection (adds judicial_oversight, data_protection): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("financial_messaging_data_agreement", "36(3)"):
        "gives treaty, human_rights, data_protection (adds treaty, human_rights): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("financial_messaging_data_agreement", "37(3)"):
        "gives judicial_oversight (adds judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("financial_messaging_data_agreement", "annex II(k)"):
        "gives treaty (adds treaty): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("firearms_protocol", "3(1)(a)"):
        "gives no label (misses defined): read blind on 2026-12-05 (second night); still missed after its study",
    ("firearms_protocol", "13(2)(d)"):
        "gives defined (adds defined): read blind on 2026-12-05 (second night); still missed after its study",
    ("firearms_protocol", "18(1)(b)"):
        "gives no label (misses other): read blind on 2026-12-05 (second night); still missed after its study",
    ("firearms_protocol", "18(4)"):
        "gives dual_criminality, refusal_grounds, domestic_law (adds domestic_law): read blind on 2026-12-05 (second night); still missed after its study",
    ("firearms_protocol", "21(1)"):
        "gives defined, dual_criminality, domestic_law (adds domestic_law): missed by the model of 2026-12-06 (rule margin)",
    ("firearms_protocol", "23(2)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-05 (second night); still missed after its study",
    ("fisheries_crime_agreement", "I-2(g)"):
        "gives no label (misses defined, treaty): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("fisheries_crime_agreement", "I-3(2)"):
        "gives serious, any (adds any): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("fisheries_crime_agreement", "I-5"):
        "gives no label (misses human_rights): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("fisheries_crime_agreement", "II-3(1)(b)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("fisheries_crime_agreement", "II-3(3)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("fisheries_crime_agreement", "II-4(1)(a)"):
        "gives defined (misses treaty): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("fisheries_crime_agreement", "II-4(2)"):
        "gives defined (misses treaty): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("fisheries_crime_agreement", "II-5(2)"):
        "gives no label (misses defined): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("fisheries_crime_agreement", "II-7(1)"):
        "gives defined (misses treaty): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("fisheries_crime_agreement", "II-7(2)"):
        "gives defined (misses treaty): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("fisheries_crime_agreement", "II-8(2)"):
        "gives serious (misses defined; adds serious): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("fisheries_crime_agreement", "II-8(4)"):
        "gives defined (misses treaty, domestic_law): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("fisheries_crime_agreement", "III-1(1)(a)"):
        "gives no label (misses domestic_law): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("fisheries_crime_agreement", "III-2(3)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("fisheries_crime_agreement", "III-2(4)"):
        "gives no label (misses defined): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("fisheries_crime_agreement", "III-3(2)"):
        "gives use_limitation (misses proportionality; adds use_limitation): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("fisheries_crime_agreement", "III-3(4)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("fisheries_crime_agreement", "III-4(4)"):
        "gives no label (misses human_rights, proportionality): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("fisheries_crime_agreement", "III-5(5)"):
        "gives defined, treaty (misses human_rights, proportionality; adds defined, treaty): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("fisheries_crime_agreement", "IV-1(1)"):
        "gives no label (misses defined, treaty, proportionality): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("fisheries_crime_agreement", "IV-1(2)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("fisheries_crime_agreement", "IV-2(2)"):
        "gives defined, treaty (adds defined, treaty): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("fisheries_crime_agreement", "IV-3(5)"):
        "gives data_protection (misses judicial_oversight): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("fisheries_crime_agreement", "V-1(2)"):
        "gives defined, treaty, any (misses domestic_law; adds defined, treaty, any): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("fisheries_crime_agreement", "V-4(2)"):
        "gives other, any (misses defined; adds any): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("fisheries_crime_agreement", "V-5(3)"):
        "gives dual_criminality, refusal_grounds (misses domestic_law): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("fisheries_crime_agreement", "V-6(2)"):
        "gives proportionality, use_limitation (adds proportionality): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("fisheries_crime_agreement", "V-6(3)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("fisheries_crime_agreement", "V-8(1)"):
        "gives serious, refusal_grounds, domestic_law (adds serious): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("fisheries_crime_agreement", "V-8(2)"):
        "gives refusal_grounds, domestic_law (adds refusal_grounds): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("fisheries_crime_agreement", "V-9(1)"):
        "gives human_rights (misses defined): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("fisheries_crime_agreement", "VI-2(2)(e)"):
        "gives defined, treaty (adds defined, treaty): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("fisheries_crime_agreement", "VI-3(1)"):
        "gives defined, treaty (adds defined, treaty): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("fisheries_crime_agreement", "VI-3(2)"):
        "gives defined, treaty (adds defined, treaty): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("fisheries_crime_agreement", "VII-6(3)"):
        "gives defined, treaty (adds defined, treaty): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("fisheries_crime_agreement", "VII-7(2)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("fisheries_crime_agreement", "annex A(7)"):
        "gives no label (misses treaty): read blind on 2026-12-07 (session 43); still missed after its study (the model of session 36, not trained on them)",
    ("foreign_bribery_convention", "4(5)"):
        "gives defined (adds defined): read blind on 2026-12-06 (evening); still missed after its study",
    ("foreign_bribery_convention", "6(1)"):
        "gives defined, human_rights (adds human_rights): read blind on 2026-12-06 (evening); still missed after its study",
    ("foreign_bribery_convention", "8(1)"):
        "gives no label (misses defined): read blind on 2026-12-06 (evening); still missed after its study",
    ("foreign_bribery_convention", "8(4)"):
        "gives no label (misses defined): read blind on 2026-12-06 (evening); still missed after its study",
    ("foreign_bribery_convention", "15(1)"):
        "gives defined (adds defined): read blind on 2026-12-06 (evening); still missed after its study",
    ("forwarded_email_mla_treaty", "preamble(12)"):
        "gives no label (misses domestic_law): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("forwarded_email_mla_treaty", "preamble(13)"):
        "gives human_rights, data_protection (misses non_discrimination): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("forwarded_email_mla_treaty", "preamble(14)"):
        "gives serious, judicial_oversight, use_limitation (adds use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("forwarded_email_mla_treaty", "2(1)"):
        "gives no label (misses any): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("forwarded_email_mla_treaty", "2(3)"):
        "gives defined, treaty (adds defined): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("forwarded_email_mla_treaty", "2(4)(a)"):
        "gives other, any (adds any): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("forwarded_email_mla_treaty", "6(1)(e)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("forwarded_email_mla_treaty", "6(3)"):
        "gives no label (misses domestic_law): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("forwarded_email_mla_treaty", "8(1)(a)"):
        "gives defined, refusal_grounds (misses treaty): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("forwarded_email_mla_treaty", "11(2)"):
        "gives domestic_law, use_limitation (adds domestic_law): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("forwarded_email_mla_treaty", "12(3)(c)"):
        "gives use_limitation (misses human_rights): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("forwarded_email_mla_treaty", "13(6)"):
        "gives data_protection, use_limitation (misses proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("forwarded_email_mla_treaty", "14(4)"):
        "gives no label (misses proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("forwarded_email_mla_treaty", "16(3)"):
        "gives no label (misses dual_criminality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("forwarded_email_mla_treaty", "17(2)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("forwarded_email_mla_treaty", "18(1)"):
        "gives serious (misses domestic_law): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("forwarded_email_mla_treaty", "18(3)"):
        "gives serious (adds serious): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("forwarded_email_mla_treaty", "18(4)"):
        "gives use_limitation (misses human_rights, data_protection; adds use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("forwarded_email_mla_treaty", "18(5)"):
        "gives domestic_law (misses human_rights; adds domestic_law): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("forwarded_email_mla_treaty", "20(2)"):
        "gives judicial_oversight (misses proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("forwarded_email_mla_treaty", "21(2)"):
        "gives domestic_law, human_rights (adds domestic_law): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("forwarded_email_mla_treaty", "22(2)"):
        "gives domestic_law, human_rights (adds human_rights): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("forwarded_email_mla_treaty", "24(2)"):
        "gives refusal_grounds, domestic_law (adds refusal_grounds): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("forwarded_email_mla_treaty", "25(1)"):
        "gives domestic_law (misses dual_criminality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("forwarded_email_mla_treaty", "26"):
        "gives no label (misses proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("forwarded_email_mla_treaty", "27(1)"):
        "gives human_rights, use_limitation (adds use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("forwarded_email_mla_treaty", "27(2)"):
        "gives no label (misses proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("forwarded_email_mla_treaty", "29(3)"):
        "gives domestic_law (misses human_rights, judicial_oversight; adds domestic_law): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("forwarded_email_mla_treaty", "31(2)"):
        "gives domestic_law, use_limitation (adds domestic_law): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("forwarded_email_mla_treaty", "35(2)"):
        "gives no label (misses human_rights): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("forwarded_email_mla_treaty", "38(1)"):
        "gives serious, other (adds serious, other): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("forwarded_email_mla_treaty", "39(1)"):
        "gives judicial_oversight, data_protection (adds judicial_oversight, data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("forwarded_email_mla_treaty", "46(2)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("francophone_terrorism_convention", "1(3)"):
        "gives treaty (misses defined): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("francophone_terrorism_convention", "1(6)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("francophone_terrorism_convention", "4(3)"):
        "gives defined (misses human_rights; adds defined): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("francophone_terrorism_convention", "5(1)(1)"):
        "gives defined (misses treaty): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("francophone_terrorism_convention", "5(2)"):
        "gives defined (adds defined): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("francophone_terrorism_convention", "6(1)(1)"):
        "gives defined (misses treaty): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("francophone_terrorism_convention", "6(1)(2)"):
        "gives defined (misses treaty): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("francophone_terrorism_convention", "6(1)(3)"):
        "gives defined (misses treaty): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("francophone_terrorism_convention", "6 bis(1)"):
        "gives defined (misses treaty): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("francophone_terrorism_convention", "6 bis(2)"):
        "gives no label (misses human_rights): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("francophone_terrorism_convention", "7(1)"):
        "gives defined (misses treaty): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("francophone_terrorism_convention", "8(2)"):
        "gives defined (misses treaty): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("francophone_terrorism_convention", "10 bis(2)"):
        "gives no label (misses human_rights): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("francophone_terrorism_convention", "13(2)"):
        "gives any, refusal_grounds (misses defined): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("francophone_terrorism_convention", "13 bis(2)"):
        "gives no label (misses human_rights): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("francophone_terrorism_convention", "15(2)(3)"):
        "gives defined, treaty (adds defined, treaty): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("francophone_terrorism_convention", "16"):
        "gives no label (misses domestic_law): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("francophone_terrorism_convention", "17(2)"):
        "gives no label (misses judicial_oversight): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("francophone_terrorism_convention", "17(2)(1)"):
        "gives no label (misses judicial_oversight): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("francophone_terrorism_convention", "17(2)(2)"):
        "gives no label (misses judicial_oversight, proportionality): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("francophone_terrorism_convention", "17(2)(3)"):
        "gives domestic_law, proportionality (misses judicial_oversight): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("francophone_terrorism_convention", "17(4)"):
        "gives defined, treaty, judicial_oversight, data_protection (misses proportionality): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("francophone_terrorism_convention", "18(1)"):
        "gives defined (misses judicial_oversight, proportionality): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("francophone_terrorism_convention", "18(1)(5)"):
        "gives no label (misses serious): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("francophone_terrorism_convention", "18(2)"):
        "gives judicial_oversight (misses proportionality): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("francophone_terrorism_convention", "24(3)"):
        "gives human_rights (misses judicial_oversight): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("francophone_terrorism_convention", "25(3)"):
        "gives domestic_law (misses refusal_grounds, judicial_oversight): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("francophone_terrorism_convention", "28(3)"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("francophone_terrorism_convention", "31(1)"):
        "gives defined, treaty, serious (adds defined, treaty): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("francophone_terrorism_convention", "32(4)"):
        "gives human_rights, judicial_oversight (misses defined): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("francophone_terrorism_convention", "33(1)"):
        "gives human_rights, proportionality (misses non_discrimination): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("francophone_terrorism_convention", "34(2)(4)"):
        "gives data_protection, use_limitation (misses human_rights): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("francophone_terrorism_convention", "34(4)"):
        "gives domestic_law, data_protection (misses human_rights; adds domestic_law): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("francophone_terrorism_convention", "35(1)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("francophone_terrorism_convention", "36(2)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("francophone_terrorism_convention", "38(1)"):
        "gives treaty (adds treaty): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("ga_resolution_annexed_convention", "preamble(39)"):
        "gives data_protection, use_limitation (adds use_limitation): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("ga_resolution_annexed_convention", "4(1)"):
        "gives defined (misses treaty; adds defined): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("ga_resolution_annexed_convention", "4(2)"):
        "gives any (adds any): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("ga_resolution_annexed_convention", "20(3)(b)"):
        "gives no label (misses domestic_law): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("ga_resolution_annexed_convention", "21(2)"):
        "gives domestic_law, human_rights, judicial_oversight (misses proportionality): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("ga_resolution_annexed_convention", "22(3)"):
        "gives domestic_law, use_limitation (adds domestic_law): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("ga_resolution_annexed_convention", "23(2)"):
        "gives any (misses proportionality): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("ga_resolution_annexed_convention", "24(4)"):
        "gives human_rights, proportionality (adds proportionality): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("ga_resolution_annexed_convention", "28(1)"):
        "gives defined (adds defined): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("ga_resolution_annexed_convention", "30(3)"):
        "gives human_rights, judicial_oversight, data_protection (adds judicial_oversight): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("ga_resolution_annexed_convention", "31(3)"):
        "gives serious, dual_criminality (misses other): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("ga_resolution_annexed_convention", "31(4)"):
        "gives serious (adds serious): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("ga_resolution_annexed_convention", "31(7)"):
        "gives refusal_grounds (adds refusal_grounds): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("ga_resolution_annexed_convention", "34(2)(a)"):
        "gives no label (misses use_limitation): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("ga_resolution_annexed_convention", "34(3)"):
        "gives use_limitation (misses human_rights): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("ga_resolution_annexed_convention", "38(2)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("ga_resolution_annexed_convention", "39(1)"):
        "gives defined, any (misses other; adds any): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("ga_resolution_annexed_convention", "40(2)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("ga_resolution_annexed_convention", "40(2)(a)"):
        "gives defined (adds defined): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("ga_resolution_annexed_convention", "48(3)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("global_ict_crime_convention", "preamble(5)"):
        "gives defined (misses other): read blind on 2026-12-06; still missed after its study",
    ("global_ict_crime_convention", "18(1)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06; still missed after its study",
    ("global_ict_crime_convention", "18(3)"):
        "gives domestic_law, use_limitation (adds domestic_law): read blind on 2026-12-06; still missed after its study",
    ("global_ict_crime_convention", "27(3)"):
        "gives defined (misses serious): read blind on 2026-12-06; still missed after its study",
    ("global_ict_crime_convention", "34(1)"):
        "gives other (adds other): read blind on 2026-12-06; still missed after its study",
    ("global_ict_crime_convention", "35"):
        "gives defined, human_rights (adds human_rights): read blind on 2026-12-06; still missed after its study",
    ("global_ict_crime_convention", "36(2)"):
        "gives other (adds other): read blind on 2026-12-06; still missed after its study",
    ("ict_crime_consolidated_negotiating_text", "30(1)"):
        "gives defined (adds defined): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("ict_crime_consolidated_negotiating_text", "30(2)#3"):
        "gives defined, other (misses serious): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("ict_crime_consolidated_negotiating_text", "32(1)"):
        "gives defined, serious, domestic_law (misses other): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("ict_crime_consolidated_negotiating_text", "34(1)"):
        "gives defined (adds defined): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("ict_crime_consolidated_negotiating_text", "35(2)"):
        "gives domestic_law (misses judicial_oversight): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("ict_crime_consolidated_negotiating_text", "39(3)(d)"):
        "gives human_rights, judicial_oversight, data_protection (adds judicial_oversight): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("ict_crime_consolidated_negotiating_text", "40(7)"):
        "gives refusal_grounds, domestic_law (adds refusal_grounds): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("ict_crime_consolidated_negotiating_text", "43(2)"):
        "gives any, domestic_law (misses defined; adds any): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("ict_crime_consolidated_negotiating_text", "45(6)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("ict_crime_consolidated_negotiating_text", "49(2)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("ict_crime_consolidated_negotiating_text", "53(2)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("ict_crimes_cooperation_agreement", "preamble(8)"):
        "gives human_rights, proportionality, data_protection (adds human_rights, data_protection): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("ict_crimes_cooperation_agreement", "2"):
        "gives no label (misses defined): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("ict_crimes_cooperation_agreement", "3"):
        "gives serious, other, domestic_law (misses defined, treaty, any, dual_criminality; adds domestic_law): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("ict_crimes_cooperation_agreement", "4"):
        "gives domestic_law, human_rights, judicial_oversight, proportionality, use_limitation (adds use_limitation): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("ict_crimes_cooperation_agreement", "6"):
        "gives domestic_law (misses defined): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("ict_crimes_cooperation_agreement", "10"):
        "gives proportionality (adds proportionality): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("ict_crimes_cooperation_agreement", "11"):
        "gives domestic_law, proportionality, use_limitation (adds proportionality): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("ict_crimes_cooperation_agreement", "13"):
        "gives dual_criminality, domestic_law, data_protection (misses any, refusal_grounds; adds data_protection): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("ict_crimes_cooperation_agreement", "18"):
        "gives defined, dual_criminality, refusal_grounds, non_discrimination, domestic_law (misses human_rights): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("ict_crimes_cooperation_agreement", "20"):
        "gives domestic_law, use_limitation (adds domestic_law): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("ict_crimes_cooperation_agreement", "36"):
        "gives data_protection (misses use_limitation): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("ict_crimes_cooperation_agreement", "annex"):
        "gives other, data_protection (misses defined, treaty, dual_criminality; adds data_protection): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("identity_crime_convention", "preamble(2)"):
        "gives serious (adds serious): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("identity_crime_convention", "preamble(5)"):
        "gives serious (adds serious): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("identity_crime_convention", "3(1)(c)"):
        "gives no label (misses treaty): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("identity_crime_convention", "3(4)"):
        "gives defined (adds defined): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("identity_crime_convention", "6(3)"):
        "gives no label (misses defined): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("identity_crime_convention", "8(1)(b)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("identity_crime_convention", "8(3)"):
        "gives no label (misses human_rights): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("identity_crime_convention", "11(1)"):
        "gives no label (misses defined): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("identity_crime_convention", "14(1)"):
        "gives defined, serious (adds serious): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("identity_crime_convention", "14(3)(b)"):
        "gives treaty (adds treaty): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("identity_crime_convention", "16(2)(d)"):
        "gives defined (adds defined): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("identity_crime_convention", "17(2)(e)"):
        "gives no label (misses human_rights): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("identity_crime_convention", "20(4)"):
        "gives proportionality, use_limitation (misses data_protection): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("identity_crime_convention", "22(2)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("identity_crime_convention", "23(1)(c)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("identity_crime_convention", "24(1)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("identity_crime_convention", "24(2)"):
        "gives defined (adds defined): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("identity_crime_convention", "25(1)(c)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("identity_crime_convention", "25(3)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("identity_crime_convention", "28(4)"):
        "gives refusal_grounds, non_discrimination, human_rights (misses domestic_law): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("identity_crime_convention", "29(3)"):
        "gives refusal_grounds, domestic_law (misses defined): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("identity_crime_convention", "29(4)"):
        "gives dual_criminality (misses domestic_law): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("identity_crime_convention", "31(1)(a)"):
        "gives refusal_grounds (misses any): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("identity_crime_convention", "31(4)"):
        "gives refusal_grounds, data_protection (adds data_protection): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("identity_crime_convention", "32(3)"):
        "gives use_limitation (misses human_rights): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("identity_crime_convention", "33(1)(e)"):
        "gives data_protection (misses human_rights): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("identity_crime_convention", "33(3)"):
        "gives no label (misses refusal_grounds, data_protection): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("identity_crime_convention", "34(2)"):
        "gives data_protection, use_limitation (adds data_protection): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("identity_crime_convention", "37(2)"):
        "gives no label (misses proportionality, data_protection): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("identity_crime_convention", "37(3)"):
        "gives no label (misses proportionality, data_protection, use_limitation): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("identity_crime_convention", "39(3)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("identity_crime_convention", "47(2)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("illicit_trade_protocol", "preamble(9)"):
        "gives human_rights, data_protection (misses non_discrimination): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("illicit_trade_protocol", "1(1)(n)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("illicit_trade_protocol", "3(2)(a)"):
        "gives no label (misses defined): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("illicit_trade_protocol", "6(1)"):
        "gives human_rights (misses domestic_law): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("illicit_trade_protocol", "6(2)"):
        "gives proportionality (misses judicial_oversight): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("illicit_trade_protocol", "7(3)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("illicit_trade_protocol", "7(4)"):
        "gives defined, serious (adds defined, serious): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("illicit_trade_protocol", "8(2)"):
        "gives no label (misses data_protection): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("illicit_trade_protocol", "12(3)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("illicit_trade_protocol", "14(3)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("illicit_trade_protocol", "16(1)(h)"):
        "gives defined (adds defined): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("illicit_trade_protocol", "17(4)"):
        "gives defined (adds defined): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("illicit_trade_protocol", "19(3)"):
        "gives defined, domestic_law, human_rights (adds domestic_law): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("illicit_trade_protocol", "20(1)"):
        "gives no label (misses defined): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("illicit_trade_protocol", "20(2)"):
        "gives defined, refusal_grounds (misses domestic_law): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("illicit_trade_protocol", "20(3)"):
        "gives no label (misses human_rights, judicial_oversight): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("illicit_trade_protocol", "21(2)"):
        "gives human_rights (misses proportionality): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("illicit_trade_protocol", "23(4)"):
        "gives no label (misses human_rights): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("illicit_trade_protocol", "25(1)"):
        "gives domestic_law (misses proportionality): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("illicit_trade_protocol", "25(4)"):
        "gives use_limitation (misses data_protection; adds use_limitation): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("illicit_trade_protocol", "26(1)"):
        "gives domestic_law, data_protection, use_limitation (adds domestic_law): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("illicit_trade_protocol", "26(2)"):
        "gives domestic_law, data_protection (adds domestic_law): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("illicit_trade_protocol", "27(2)"):
        "gives use_limitation (misses human_rights): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("illicit_trade_protocol", "27(3)"):
        "gives proportionality, use_limitation (adds proportionality): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("illicit_trade_protocol", "29(1)"):
        "gives defined (misses domestic_law): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("illicit_trade_protocol", "29(2)"):
        "gives domestic_law (misses refusal_grounds): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("illicit_trade_protocol", "30(6)"):
        "gives use_limitation (misses human_rights): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("illicit_trade_protocol", "32(4)"):
        "gives refusal_grounds, non_discrimination, human_rights (misses domestic_law): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("illicit_trade_protocol", "34(1)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("illicit_trade_protocol", "38(2)(c)"):
        "gives data_protection (misses judicial_oversight): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("information_technology_offences_convention", "preamble(7)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("information_technology_offences_convention", "3"):
        "gives no label (misses defined): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("information_technology_offences_convention", "12(1)(d)"):
        "gives no label (misses treaty): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("information_technology_offences_convention", "12(2)"):
        "gives no label (misses treaty): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("information_technology_offences_convention", "14(2)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("information_technology_offences_convention", "22(2)"):
        "gives proportionality (misses judicial_oversight): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("information_technology_offences_convention", "23(2)"):
        "gives defined, proportionality (adds defined): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("information_technology_offences_convention", "26(5)"):
        "gives domestic_law, data_protection, use_limitation (misses proportionality): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("information_technology_offences_convention", "34(6)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("information_technology_offences_convention", "36(1)"):
        "gives domestic_law (misses other, any): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("intelligence_exchange_agreement", "preamble(7)"):
        "gives human_rights, judicial_oversight, data_protection (misses use_limitation): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "1(2)"):
        "gives data_protection, use_limitation (adds data_protection, use_limitation): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "2(m)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "3(1)"):
        "gives no label (misses any): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "3(3)(f)"):
        "gives other (misses defined): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "4(4)"):
        "gives judicial_oversight (misses domestic_law): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "5(1)"):
        "gives domestic_law, human_rights (misses refusal_grounds): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "5(2)"):
        "gives proportionality, use_limitation (misses human_rights, data_protection; adds use_limitation): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "7(1)"):
        "gives defined, serious, domestic_law (misses treaty): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "7(4)"):
        "gives domestic_law, use_limitation (misses proportionality): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "8(1)"):
        "gives proportionality (misses any): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "8(2)(d)"):
        "gives judicial_oversight (misses domestic_law): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "8(3)"):
        "gives dual_criminality, judicial_oversight (adds judicial_oversight): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "11(1)(c)"):
        "gives refusal_grounds (misses proportionality): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "11(1)(d)"):
        "gives defined, refusal_grounds (misses treaty): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "11(1)(e)"):
        "gives refusal_grounds, human_rights, use_limitation (adds human_rights): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "12(1)"):
        "gives no label (misses use_limitation): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "12(3)"):
        "gives proportionality (misses use_limitation; adds proportionality): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "12(4)"):
        "gives no label (misses use_limitation): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "13(3)(b)"):
        "gives any, data_protection, use_limitation (adds any, data_protection): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "13(3)(d)"):
        "gives data_protection, use_limitation (misses proportionality; adds data_protection): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "13(4)"):
        "gives use_limitation (misses proportionality): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "14(1)"):
        "gives domestic_law, use_limitation (misses refusal_grounds): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "14(2)"):
        "gives judicial_oversight (misses use_limitation; adds judicial_oversight): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "17(3)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "18(1)"):
        "gives serious (misses proportionality): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "18(2)(c)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "18(4)"):
        "gives domestic_law (misses judicial_oversight): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "19(2)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "19(3)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "19(3)(b)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "19(3)(c)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "19(4)(h)"):
        "gives defined (misses treaty): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "19(5)"):
        "gives no label (misses domestic_law, proportionality): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "20(2)"):
        "gives domestic_law (misses proportionality): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "20(2)(c)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "20(3)"):
        "gives human_rights (misses refusal_grounds): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "20(4)"):
        "gives no label (misses domestic_law): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "21(1)(b)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "21(1)(c)"):
        "gives domestic_law (misses judicial_oversight): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "21(3)"):
        "gives domestic_law, proportionality, use_limitation (misses human_rights; adds proportionality, use_limitation): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "21(4)"):
        "gives proportionality (misses judicial_oversight): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "22(1)"):
        "gives defined, serious (adds defined, serious): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "22(3)"):
        "gives domestic_law (misses human_rights; adds domestic_law): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "24(1)"):
        "gives other (adds other): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "25(4)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "27(2)"):
        "gives no label (misses defined): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "28(3)"):
        "gives no label (misses data_protection): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "28(4)"):
        "gives data_protection (misses human_rights): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "29(2)"):
        "gives data_protection, use_limitation (misses non_discrimination; adds use_limitation): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "31(2)"):
        "gives proportionality (misses data_protection): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "31(2)(a)"):
        "gives no label (misses proportionality, data_protection): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "31(2)(b)"):
        "gives no label (misses proportionality, data_protection): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "31(2)(c)"):
        "gives no label (misses proportionality, data_protection): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "31(3)"):
        "gives proportionality (misses data_protection): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "32(1)"):
        "gives judicial_oversight, data_protection (misses human_rights; adds judicial_oversight): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "32(2)"):
        "gives data_protection (misses human_rights): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "32(3)"):
        "gives proportionality, data_protection (misses human_rights; adds proportionality): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "32(5)"):
        "gives no label (misses data_protection): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "34(2)"):
        "gives judicial_oversight, data_protection (adds judicial_oversight): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "35(3)"):
        "gives judicial_oversight (misses data_protection): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "35(4)"):
        "gives human_rights, judicial_oversight (misses data_protection): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "36(1)(c)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "37(2)"):
        "gives no label (misses use_limitation): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "38(2)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "39(1)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("intelligence_exchange_agreement", "43(3)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("inter_american_assistance_convention", "preamble(6)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("inter_american_assistance_convention", "2"):
        "gives domestic_law, human_rights, judicial_oversight (misses any; adds human_rights, judicial_oversight): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("inter_american_assistance_convention", "9"):
        "gives defined, dual_criminality, refusal_grounds (misses any; adds defined): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("inter_american_assistance_convention", "10"):
        "gives refusal_grounds, proportionality (adds proportionality): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("inter_american_assistance_convention", "11(f)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("inter_american_assistance_convention", "13"):
        "gives domestic_law, human_rights (misses judicial_oversight): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("inter_american_assistance_convention", "15"):
        "gives domestic_law, human_rights (misses any): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("inter_american_assistance_convention", "19"):
        "gives human_rights, use_limitation (misses any; adds human_rights): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("inter_american_assistance_convention", "21(tail)"):
        "gives domestic_law, proportionality, use_limitation (adds use_limitation): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("inter_american_assistance_convention", "23(4)"):
        "gives defined, any, dual_criminality, refusal_grounds (adds defined): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("inter_american_assistance_convention", "23(6)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("inter_american_assistance_convention", "26"):
        "gives judicial_oversight, proportionality, use_limitation (adds use_limitation): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("inter_american_assistance_convention", "27"):
        "gives domestic_law, judicial_oversight, proportionality (misses any): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("inter_american_assistance_convention", "28(a)"):
        "gives dual_criminality (misses serious): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("inter_american_assistance_convention", "28(tail)"):
        "gives refusal_grounds, domestic_law, human_rights, judicial_oversight, proportionality, data_protection, use_limitation (adds domestic_law): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("inter_american_assistance_convention", "30"):
        "gives proportionality, use_limitation (adds use_limitation): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("inter_american_assistance_convention", "31(1)(b)"):
        "gives proportionality, data_protection (adds proportionality): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("inter_american_assistance_convention", "32"):
        "gives human_rights, judicial_oversight, proportionality, data_protection (adds proportionality): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("inter_american_assistance_convention", "35"):
        "gives defined (adds defined): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("interception_agreement", "preamble(7)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-05 (second night); still missed after its study",
    ("interception_agreement", "1(j)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-05 (second night); still missed after its study",
    ("interception_agreement", "8(1)"):
        "gives use_limitation (misses proportionality): missed by the model retrained after the six drafts of session 36 joined the training",
    ("interception_agreement", "12(4)"):
        "gives human_rights, use_limitation (adds human_rights): read blind on 2026-12-05 (second night); still missed after its study",
    ("interception_agreement", "15(4)"):
        "gives human_rights, data_protection (misses judicial_oversight): read blind on 2026-12-05 (second night); still missed after its study",
    ("interception_agreement", "19(3)"):
        "gives refusal_grounds, use_limitation (adds use_limitation): read blind on 2026-12-05 (second night); still missed after its study",
    ("interception_agreement", "20(2)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-05 (second night); still missed after its study",
    ("interception_agreement", "20(4)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-05 (second night); still missed after its study",
    ("interception_agreement", "20(5)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-05 (second night); still missed after its study",
    ("island_forum_mla_convention_pdf", "preamble(11)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("island_forum_mla_convention_pdf", "4(1)"):
        "gives serious (misses treaty, dual_criminality; adds serious): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("island_forum_mla_convention_pdf", "4(3)"):
        "gives defined, refusal_grounds (misses treaty; adds defined): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("island_forum_mla_convention_pdf", "5(2)"):
        "gives other (misses refusal_grounds): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("island_forum_mla_convention_pdf", "5(3)"):
        "gives other, domestic_law (misses any): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("island_forum_mla_convention_pdf", "6(3)"):
        "gives no label (misses defined): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("island_forum_mla_convention_pdf", "6(4)"):
        "gives defined, human_rights (adds defined): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("island_forum_mla_convention_pdf", "9(4)"):
        "gives no label (misses domestic_law): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("island_forum_mla_convention_pdf", "11(3)"):
        "gives no label (misses domestic_law): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("island_forum_mla_convention_pdf", "12(2)(g)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("island_forum_mla_convention_pdf", "12(4)"):
        "gives refusal_grounds, domestic_law (adds refusal_grounds): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("island_forum_mla_convention_pdf", "14(3)"):
        "gives dual_criminality, domestic_law, human_rights (adds dual_criminality): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("island_forum_mla_convention_pdf", "17(1)"):
        "gives domestic_law (misses judicial_oversight): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("island_forum_mla_convention_pdf", "19(4)"):
        "gives domestic_law, use_limitation (adds domestic_law): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("island_forum_mla_convention_pdf", "20(2)"):
        "gives domestic_law, judicial_oversight (misses refusal_grounds): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("island_forum_mla_convention_pdf", "20(3)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("island_forum_mla_convention_pdf", "20(4)"):
        "gives domestic_law, proportionality (misses data_protection, use_limitation): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("island_forum_mla_convention_pdf", "22(4)"):
        "gives human_rights (misses judicial_oversight): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("island_forum_mla_convention_pdf", "23(1)"):
        "gives serious, refusal_grounds, domestic_law (adds serious): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("island_forum_mla_convention_pdf", "23(3)"):
        "gives refusal_grounds, domestic_law (adds refusal_grounds): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("island_forum_mla_convention_pdf", "24(1)(c)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("island_forum_mla_convention_pdf", "24(1)(d)"):
        "gives domestic_law, judicial_oversight (adds judicial_oversight): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("island_forum_mla_convention_pdf", "24(1)(e)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("island_forum_mla_convention_pdf", "25(1)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("island_forum_mla_convention_pdf", "26"):
        "gives defined (adds defined): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("island_forum_mla_convention_pdf", "27(2)"):
        "gives proportionality (misses refusal_grounds): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("island_forum_mla_convention_pdf", "28(1)(a)(i)"):
        "gives defined (adds defined): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("island_forum_mla_convention_pdf", "28(1)(a)(iii)"):
        "gives defined (misses treaty; adds defined): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("island_forum_mla_convention_pdf", "28(2)(c)"):
        "gives refusal_grounds, domestic_law (misses human_rights; adds domestic_law): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("island_forum_mla_convention_pdf", "28(2)(h)"):
        "gives refusal_grounds, domestic_law (adds domestic_law): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("island_forum_mla_convention_pdf", "29(3)"):
        "gives no label (misses human_rights): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("island_forum_mla_convention_pdf", "30(1)(a)"):
        "gives use_limitation (misses serious): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("island_forum_mla_convention_pdf", "30(2)"):
        "gives use_limitation (misses serious): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("island_forum_mla_convention_pdf", "31(2)"):
        "gives domestic_law, use_limitation (misses human_rights; adds domestic_law): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("island_forum_mla_convention_pdf", "33(2)(d)"):
        "gives proportionality, data_protection, use_limitation (adds use_limitation): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("island_forum_mla_convention_pdf", "33(3)"):
        "gives human_rights, judicial_oversight, data_protection (adds judicial_oversight): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("island_forum_mla_convention_pdf", "40(2)(c)"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-07 (session 42, second round); still missed after its study (the model of session 36, not trained on them)",
    ("it_crime_cooperation_agreement", "preamble(5)"):
        "gives other (adds other): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("it_crime_cooperation_agreement", "preamble(9)"):
        "gives data_protection (misses human_rights): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("it_crime_cooperation_agreement", "1(1)"):
        "gives other (misses defined): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("it_crime_cooperation_agreement", "3(2)"):
        "gives no label (misses defined): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("it_crime_cooperation_agreement", "10(1)"):
        "gives defined, other (misses any): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("it_crime_cooperation_agreement", "12"):
        "gives defined, other (adds defined, other): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("it_crime_cooperation_agreement", "13"):
        "gives defined, other (adds defined, other): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("it_crime_cooperation_agreement", "15(3)"):
        "gives domestic_law (misses judicial_oversight): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("it_crime_cooperation_agreement", "17(2)"):
        "gives defined, dual_criminality, refusal_grounds (adds defined): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("it_crime_cooperation_agreement", "18"):
        "gives domestic_law, human_rights, proportionality, data_protection (adds domestic_law): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("it_crime_cooperation_agreement", "22"):
        "gives proportionality (adds proportionality): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("it_crime_cooperation_agreement", "23"):
        "gives domestic_law (misses defined, other): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("it_crime_cooperation_agreement", "annex"):
        "gives defined, other (adds defined, other): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("joint_investigation_agreement", "1(k)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-05 (night); still missed after its study",
    ("joint_investigation_agreement", "9(2)"):
        "gives domestic_law (misses judicial_oversight): read blind on 2026-12-05 (night); still missed after its study",
    ("joint_investigation_agreement", "10(1)"):
        "gives defined, serious, domestic_law, proportionality (adds domestic_law): read blind on 2026-12-05 (night); still missed after its study",
    ("joint_investigation_agreement", "15(3)"):
        "gives use_limitation (misses judicial_oversight): read blind on 2026-12-05 (night); still missed after its study",
    ("joint_investigation_agreement", "31(a)"):
        "gives no label (misses defined): read blind on 2026-12-05 (night); still missed after its study",
    ("joint_investigation_agreement", "31(b)"):
        "gives no label (misses defined): read blind on 2026-12-05 (night); still missed after its study",
    ("joint_investigation_agreement", "31(c)"):
        "gives no label (misses defined): read blind on 2026-12-05 (night); still missed after its study",
    ("joint_investigation_agreement", "31(d)"):
        "gives no label (misses defined): read blind on 2026-12-05 (night); still missed after its study",
    ("joint_investigation_agreement", "31(e)"):
        "gives no label (misses defined): read blind on 2026-12-05 (night); still missed after its study",
    ("joint_investigation_agreement", "31(f)"):
        "gives no label (misses defined): read blind on 2026-12-05 (night); still missed after its study",
    ("joint_investigation_agreement", "31(g)"):
        "gives no label (misses defined): read blind on 2026-12-05 (night); still missed after its study",
    ("judicial_cooperation_unit_agreement", "preamble(4)"):
        "gives serious (adds serious): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("judicial_cooperation_unit_agreement", "preamble(5)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("judicial_cooperation_unit_agreement", "preamble(8)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("judicial_cooperation_unit_agreement", "preamble(9)"):
        "gives judicial_oversight, data_protection (adds judicial_oversight, data_protection): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("judicial_cooperation_unit_agreement", "2(i)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("judicial_cooperation_unit_agreement", "3(1)"):
        "gives serious (misses defined; adds serious): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("judicial_cooperation_unit_agreement", "3(2)(a)"):
        "gives defined, serious (adds serious): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("judicial_cooperation_unit_agreement", "3(4)"):
        "gives serious (adds serious): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("judicial_cooperation_unit_agreement", "4(1)"):
        "gives any (adds any): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("judicial_cooperation_unit_agreement", "6(3)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("judicial_cooperation_unit_agreement", "6(4)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("judicial_cooperation_unit_agreement", "10(4)"):
        "gives dual_criminality, refusal_grounds (misses domestic_law): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("judicial_cooperation_unit_agreement", "11(1)"):
        "gives defined, serious (adds serious): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("judicial_cooperation_unit_agreement", "12(1)"):
        "gives defined, proportionality, data_protection (adds data_protection): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("judicial_cooperation_unit_agreement", "12(2)"):
        "gives data_protection (misses any; adds data_protection): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("judicial_cooperation_unit_agreement", "12(4)"):
        "gives other, domestic_law, judicial_oversight, use_limitation (adds use_limitation): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("judicial_cooperation_unit_agreement", "12(6)(b)"):
        "gives no label (misses refusal_grounds): missed by the model retrained after the six drafts of session 36 joined the training",
    ("judicial_cooperation_unit_agreement", "13(1)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("judicial_cooperation_unit_agreement", "14(3)"):
        "gives human_rights, data_protection, use_limitation (adds human_rights): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("judicial_cooperation_unit_agreement", "18(1)"):
        "gives use_limitation (misses proportionality): missed by the model retrained after the six drafts of session 36 joined the training",
    ("judicial_cooperation_unit_agreement", "20(4)(d)"):
        "gives human_rights, proportionality, data_protection (adds human_rights): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("judicial_cooperation_unit_agreement", "22(4)"):
        "gives proportionality, data_protection (adds proportionality): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("judicial_cooperation_unit_agreement", "22(5)"):
        "gives human_rights, judicial_oversight, data_protection (adds judicial_oversight): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("judicial_cooperation_unit_agreement", "25(3)"):
        "gives judicial_oversight, data_protection, use_limitation (adds use_limitation): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("judicial_cooperation_unit_agreement", "26(3)"):
        "gives refusal_grounds, data_protection (adds refusal_grounds): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("judicial_cooperation_unit_agreement", "30(1)"):
        "gives data_protection, use_limitation (adds data_protection): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("judicial_cooperation_unit_agreement", "30(3)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("judicial_cooperation_unit_agreement", "33(2)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("judicial_cooperation_unit_agreement", "38(2)"):
        "gives no label (misses data_protection): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("judicial_cooperation_unit_agreement", "39(2)"):
        "gives no label (misses data_protection): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("judicial_cooperation_unit_agreement", "annex I"):
        "gives serious (misses defined; adds serious): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("judicial_cooperation_unit_agreement", "annex I(b)"):
        "gives treaty (misses defined): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("judicial_cooperation_unit_agreement", "annex I(f)"):
        "gives other (misses defined): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("lawful_access_data_retention_protocol", "preamble(4)"):
        "gives proportionality (adds proportionality): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("lawful_access_data_retention_protocol", "preamble(6)"):
        "gives data_protection, use_limitation (adds data_protection, use_limitation): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("lawful_access_data_retention_protocol", "preamble(7)"):
        "gives use_limitation (adds use_limitation): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("lawful_access_data_retention_protocol", "2(j)"):
        "gives judicial_oversight (adds judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("lawful_access_data_retention_protocol", "6(2)"):
        "gives no label (misses judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("lawful_access_data_retention_protocol", "6(2)(e)"):
        "gives proportionality (adds proportionality): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("lawful_access_data_retention_protocol", "7(1)"):
        "gives human_rights, proportionality (adds human_rights): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("lawful_access_data_retention_protocol", "8(1)"):
        "gives no label (misses proportionality): missed by the model retrained after the six drafts of session 36 joined the training",
    ("lawful_access_data_retention_protocol", "8(2)"):
        "gives proportionality (misses judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("lawful_access_data_retention_protocol", "9(3)"):
        "gives human_rights, judicial_oversight, proportionality (adds proportionality): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("lawful_access_data_retention_protocol", "10(b)"):
        "gives human_rights, proportionality (misses judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("lawful_access_data_retention_protocol", "12(3)"):
        "gives human_rights, use_limitation (adds human_rights): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("lawful_access_data_retention_protocol", "16(4)"):
        "gives proportionality, use_limitation (adds proportionality): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("lawful_access_data_retention_protocol", "17(1)"):
        "gives proportionality, data_protection (adds data_protection): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("lawful_access_data_retention_protocol", "19(3)"):
        "gives judicial_oversight (adds judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("lawful_access_data_retention_protocol", "20(3)"):
        "gives no label (misses judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("lawful_access_data_retention_protocol", "21(3)"):
        "gives proportionality (misses judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("lawful_access_data_retention_protocol", "22(1)"):
        "gives serious, judicial_oversight (misses proportionality): missed by the model retrained after the six drafts of session 36 joined the training",
    ("lawful_access_data_retention_protocol", "23(2)(a)"):
        "gives no label (misses judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("lawful_access_data_retention_protocol", "23(2)(b)"):
        "gives proportionality (misses serious, judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("lawful_access_data_retention_protocol", "23(2)(c)"):
        "gives proportionality (misses judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("lawful_access_data_retention_protocol", "24(1)"):
        "gives serious, domestic_law, proportionality (misses judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("lawful_access_data_retention_protocol", "24(2)"):
        "gives judicial_oversight, proportionality, data_protection, use_limitation (adds data_protection): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("lawful_access_data_retention_protocol", "25(4)"):
        "gives no label (misses judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("lawful_access_data_retention_protocol", "26"):
        "gives human_rights, judicial_oversight, proportionality (adds refusal_grounds, human_rights): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("lawful_access_data_retention_protocol", "29(1)"):
        "gives human_rights (adds human_rights): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("lawful_access_data_retention_protocol", "29(5)"):
        "gives use_limitation (adds use_limitation): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("lawful_access_data_retention_protocol", "30(4)"):
        "gives use_limitation (adds use_limitation): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("lawful_access_data_retention_protocol", "34(1)"):
        "gives treaty, serious, domestic_law (misses defined; adds treaty): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("lawful_access_data_retention_protocol", "39"):
        "gives judicial_oversight (adds judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("lawful_access_data_retention_protocol", "40(1)"):
        "gives judicial_oversight (adds judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("league_it_offences_convention", "preamble(2)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("league_it_offences_convention", "preamble(5)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("league_it_offences_convention", "preamble(7)"):
        "gives no label (misses other): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("league_it_offences_convention", "3(3)(d)"):
        "gives any, domestic_law (misses refusal_grounds): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("league_it_offences_convention", "4(1)"):
        "gives human_rights, data_protection (misses defined): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("league_it_offences_convention", "5(2)(b)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("league_it_offences_convention", "12(3)"):
        "gives no label (misses defined): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("league_it_offences_convention", "13(2)"):
        "gives defined (misses human_rights): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("league_it_offences_convention", "20(4)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("league_it_offences_convention", "21(2)(e)"):
        "gives no label (misses judicial_oversight): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("league_it_offences_convention", "21(4)"):
        "gives domestic_law (misses human_rights, use_limitation): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("league_it_offences_convention", "22(3)"):
        "gives domestic_law, use_limitation (adds domestic_law): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("league_it_offences_convention", "24(2)"):
        "gives human_rights, judicial_oversight (misses proportionality): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("league_it_offences_convention", "27(2)(a)"):
        "gives serious, judicial_oversight (misses proportionality): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("league_it_offences_convention", "27(2)(b)"):
        "gives proportionality (misses judicial_oversight): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("league_it_offences_convention", "27(2)(c)"):
        "gives proportionality, data_protection (misses judicial_oversight): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("league_it_offences_convention", "27(3)"):
        "gives proportionality, use_limitation (misses domestic_law, data_protection): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("league_it_offences_convention", "33(4)(a)"):
        "gives proportionality, data_protection, use_limitation (adds use_limitation): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("league_it_offences_convention", "33(4)(b)"):
        "gives data_protection, use_limitation (adds use_limitation): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("league_it_offences_convention", "33(4)(d)"):
        "gives human_rights, judicial_oversight, data_protection, use_limitation (adds use_limitation): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("league_it_offences_convention", "33(5)"):
        "gives use_limitation (misses human_rights): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("league_it_offences_convention", "38(2)"):
        "gives domestic_law, judicial_oversight (misses refusal_grounds): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("league_it_offences_convention", "38(3)"):
        "gives data_protection (misses proportionality): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("league_it_offences_convention", "39(1)"):
        "gives no label (misses other): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("league_it_offences_convention", "40(3)"):
        "gives human_rights, data_protection (adds human_rights, data_protection): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "preamble(3)"):
        "gives any (adds any): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "preamble(6)"):
        "gives no label (misses proportionality, data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "preamble(7)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "2(1)(b)"):
        "gives proportionality (misses treaty): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "2(2)"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "2(2)(a)"):
        "gives defined, refusal_grounds (adds refusal_grounds): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "2(2)(c)"):
        "gives treaty, refusal_grounds (adds refusal_grounds): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "2(2)(d)"):
        "gives any, refusal_grounds (adds refusal_grounds): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "3(2)(e)"):
        "gives serious (misses dual_criminality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "3(2)(i)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "5(4)"):
        "gives no label (misses defined): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "6(4)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "7(3)(c)"):
        "gives proportionality, use_limitation (adds proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "8(8)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "9(2)"):
        "gives refusal_grounds (misses domestic_law): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "10(8)"):
        "gives no label (misses use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "12(5)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "12(7)"):
        "gives human_rights, use_limitation (misses domestic_law; adds use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "13(5)(a)"):
        "gives no label (misses use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "13(5)(d)"):
        "gives no label (misses use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "14(3)"):
        "gives judicial_oversight, proportionality (misses data_protection, use_limitation; adds proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "14(6)"):
        "gives no label (misses refusal_grounds, human_rights): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "15(1)(b)"):
        "gives any, data_protection, use_limitation (adds any, use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "15(1)(d)"):
        "gives refusal_grounds, data_protection (misses domestic_law): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "15(7)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "15(7)(c)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "15(9)(a)"):
        "gives data_protection, use_limitation (adds use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "15(10)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "15(11)(a)(ii)"):
        "gives no label (misses data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "15(11)(a)(iii)"):
        "gives no label (misses data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "15(11)(b)"):
        "gives domestic_law, data_protection (adds domestic_law): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "15(11)(c)"):
        "gives domestic_law, data_protection, use_limitation (adds domestic_law): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "15(12)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "15(12)(a)"):
        "gives data_protection (misses human_rights): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "15(12)(a)(i)"):
        "gives domestic_law, proportionality, data_protection (misses human_rights; adds domestic_law, proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "15(12)(a)(ii)"):
        "gives data_protection (misses human_rights): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "15(12)(b)"):
        "gives data_protection (misses human_rights): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "15(13)"):
        "gives human_rights, judicial_oversight, data_protection (adds judicial_oversight): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "15(15)(a)"):
        "gives proportionality, data_protection (adds proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "15(15)(b)"):
        "gives no label (misses data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "15(15)(d)"):
        "gives human_rights, proportionality, data_protection (adds human_rights, proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "16(1)"):
        "gives proportionality, use_limitation (adds proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "17(2)"):
        "gives refusal_grounds, use_limitation (adds use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "18(3)"):
        "gives human_rights, use_limitation (misses non_discrimination; adds use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "19(1)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "19(3)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "21(3)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "31(1)(c)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("legal_numbered_word_protocol", "31(2)"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("list_extradition_treaty", "preamble(4)"):
        "gives no label (misses defined): read blind on 2026-12-06 (late evening); still missed after its study",
    ("list_extradition_treaty", "II"):
        "gives defined, dual_criminality (misses serious): read blind on 2026-12-06 (late evening); still missed after its study",
    ("list_extradition_treaty", "II(25)"):
        "gives defined (misses treaty; adds defined): read blind on 2026-12-06 (late evening); still missed after its study",
    ("list_extradition_treaty", "III(1)"):
        "gives dual_criminality (misses serious, domestic_law): read blind on 2026-12-06 (late evening); still missed after its study",
    ("list_extradition_treaty", "IV(2)"):
        "gives refusal_grounds (misses judicial_oversight): read blind on 2026-12-06 (late evening); still missed after its study",
    ("list_extradition_treaty", "V(2)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-06 (late evening); still missed after its study",
    ("list_extradition_treaty", "VIII(4)"):
        "gives proportionality (misses judicial_oversight; adds proportionality): read blind on 2026-12-06 (late evening); still missed after its study",
    ("list_extradition_treaty", "XI(1)(a)"):
        "gives use_limitation (misses defined): read blind on 2026-12-06 (late evening); still missed after its study",
    ("list_extradition_treaty", "XI(3)"):
        "gives use_limitation (misses serious): read blind on 2026-12-06 (late evening); still missed after its study",
    ("list_extradition_treaty", "XIV(1)"):
        "gives refusal_grounds (misses defined): read blind on 2026-12-06 (late evening); still missed after its study",
    ("list_extradition_treaty", "XVIII(1)"):
        "gives any, domestic_law, proportionality (adds proportionality): read blind on 2026-12-06 (late evening); still missed after its study",
    ("maritime_interdiction_agreement", "preamble(7)"):
        "gives no label (misses defined): read blind on 2026-12-05 (second night); still missed after its study",
    ("maritime_interdiction_agreement", "preamble(10)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-05 (second night); still missed after its study",
    ("maritime_interdiction_agreement", "12(1)"):
        "gives proportionality (misses defined): read blind on 2026-12-05 (second night); still missed after its study",
    ("maritime_interdiction_agreement", "18(5)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-05 (second night); still missed after its study",
    ("maritime_interdiction_agreement", "20(3)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-05 (second night); still missed after its study",
    ("maritime_interdiction_agreement", "25(3)"):
        "gives dual_criminality (misses treaty): read blind on 2026-12-05 (second night); still missed after its study",
    ("markdown_lazy_numbered_convention", "preamble(3)"):
        "gives human_rights, data_protection (adds human_rights, data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "1(1)(b)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "3(1)(c)"):
        "gives defined (adds defined): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "5(1)"):
        "gives no label (misses defined): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "5(1)(a)"):
        "gives defined (adds defined): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "5(2)"):
        "gives defined, domestic_law (adds domestic_law): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "6(1)"):
        "gives no label (misses defined): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "6(3)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "7(2)"):
        "gives no label (misses defined): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "8(3)"):
        "gives defined (adds defined): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "9(2)"):
        "gives defined, human_rights (adds defined, human_rights): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "12(1)(g)"):
        "gives dual_criminality (adds dual_criminality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "14(1)"):
        "gives defined, serious (adds serious): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "14(4)"):
        "gives no label (misses proportionality, data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "15(3)"):
        "gives other (adds other): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "17(3)"):
        "gives no label (misses human_rights, data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "19(3)"):
        "gives human_rights, judicial_oversight, proportionality, use_limitation (adds proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "20(3)"):
        "gives judicial_oversight (misses human_rights, proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "21(3)"):
        "gives defined (misses judicial_oversight, proportionality, data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "22(1)"):
        "gives defined (misses proportionality; adds defined): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "22(3)(a)"):
        "gives no label (misses proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "22(3)(e)"):
        "gives no label (misses proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "22(4)"):
        "gives human_rights (misses refusal_grounds): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "22(5)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "23(1)"):
        "gives defined (adds defined): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "24(1)(c)"):
        "gives no label (misses human_rights): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "24(2)"):
        "gives no label (misses domestic_law, proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "27(1)"):
        "gives no label (misses defined): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "27(2)(f)"):
        "gives domestic_law (misses proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "27(4)"):
        "gives domestic_law, human_rights (adds human_rights): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "28(2)"):
        "gives defined, serious, dual_criminality (misses treaty, other; adds defined): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "29(2)"):
        "gives defined, dual_criminality (misses serious, other; adds defined): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "30(3)"):
        "gives refusal_grounds, use_limitation (adds use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "31(1)(c)"):
        "gives data_protection, use_limitation (adds use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "32(1)"):
        "gives human_rights, use_limitation (adds human_rights): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "32(3)"):
        "gives no label (misses use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "33(1)"):
        "gives no label (misses use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "33(3)(a)"):
        "gives no label (misses data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "33(3)(b)"):
        "gives no label (misses data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "33(3)(d)"):
        "gives no label (misses data_protection, use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "33(4)"):
        "gives no label (misses judicial_oversight, data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "33(5)"):
        "gives no label (misses data_protection, use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "33(6)"):
        "gives no label (misses proportionality, data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "34(1)"):
        "gives no label (misses defined, other): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "34(2)"):
        "gives domestic_law (misses proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "35(3)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("markdown_lazy_numbered_convention", "37(1)"):
        "gives no label (misses human_rights): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("medical_counterfeiting_convention", "1(1)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-05 (third night); still missed after its study",
    ("medical_counterfeiting_convention", "17(1)"):
        "gives defined (adds defined, domestic_law): read blind on 2026-12-05 (third night); still missed after its study",
    ("medical_counterfeiting_convention", "20(2)"):
        "gives no label (misses defined): read blind on 2026-12-05 (third night); still missed after its study",
    ("medical_counterfeiting_convention", "21(6)"):
        "gives refusal_grounds, use_limitation (adds use_limitation): read blind on 2026-12-05 (third night); still missed after its study",
    ("medical_counterfeiting_convention", "28(3)"):
        "gives human_rights (adds human_rights): missed after the study of session 42 (the model of session 36)",
    ("meridian_scheme", "preamble(7)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("meridian_scheme", "preamble(10)"):
        "gives human_rights, data_protection (misses non_discrimination): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("meridian_scheme", "1(2)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("meridian_scheme", "3(4)"):
        "gives no label (misses any): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("meridian_scheme", "3(5)"):
        "gives dual_criminality (adds dual_criminality): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("meridian_scheme", "6(1)"):
        "gives other (adds other): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("meridian_scheme", "16(3)"):
        "gives no label (misses domestic_law): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("meridian_scheme", "17(1)(c)"):
        "gives refusal_grounds (misses treaty): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("meridian_scheme", "17(2)"):
        "gives no label (misses refusal_grounds, human_rights): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("meridian_scheme", "18(1)(g)"):
        "gives refusal_grounds, human_rights (adds human_rights): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("meridian_scheme", "19(1)"):
        "gives dual_criminality (misses serious): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("meridian_scheme", "20(2)(a)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("meridian_scheme", "21(1)"):
        "gives domestic_law, proportionality (misses human_rights; adds proportionality): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("meridian_scheme", "21(4)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("meridian_scheme", "22(2)"):
        "gives domestic_law, proportionality (misses human_rights): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("meridian_scheme", "24"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("meridian_scheme", "25(2)(d)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("meridian_scheme", "25(3)"):
        "gives no label (misses data_protection): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("meridian_scheme", "27(1)(b)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("meridian_scheme", "27(2)"):
        "gives dual_criminality, refusal_grounds, proportionality (adds proportionality): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("meridian_scheme", "27(3)"):
        "gives domestic_law (misses human_rights): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("meridian_scheme", "30(3)"):
        "gives domestic_law, judicial_oversight, proportionality (misses human_rights): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("meridian_scheme", "34(2)(d)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("meridian_scheme", "35(3)"):
        "gives no label (misses human_rights, data_protection): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("meridian_scheme", "37(2)"):
        "gives domestic_law, use_limitation (misses judicial_oversight, proportionality): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("meridian_scheme", "38(2)(b)"):
        "gives proportionality, data_protection, use_limitation (misses domestic_law; adds use_limitation): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("meridian_scheme", "38(4)"):
        "gives data_protection (misses judicial_oversight): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("meridian_scheme", "39(2)(a)"):
        "gives data_protection (misses human_rights): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("meridian_scheme", "39(2)(b)"):
        "gives data_protection (misses human_rights): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("meridian_scheme", "39(2)(c)"):
        "gives data_protection (misses human_rights): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("meridian_scheme", "39(3)"):
        "gives human_rights, data_protection (adds data_protection): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("meridian_scheme", "39(4)"):
        "gives refusal_grounds (misses non_discrimination): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("meridian_scheme", "42(4)"):
        "gives data_protection, use_limitation (adds data_protection, use_limitation): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("migrant_smuggling_protocol", "4(1)(b)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06; still missed after its study",
    ("migrant_smuggling_protocol", "4(3)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06; still missed after its study",
    ("migrant_smuggling_protocol", "15(5)"):
        "gives no label (misses other): read blind on 2026-12-06; still missed after its study",
    ("migrant_smuggling_protocol", "17(1)"):
        "gives no label (misses defined): missed by the model retrained after the six drafts of session 36 joined the training",
    ("migrant_smuggling_protocol", "17(4)"):
        "gives defined (adds defined): missed by the model retrained after the study of the treaties read blind (2026-12-06, session 29)",
    ("migrant_smuggling_protocol", "22(2)"):
        "gives defined, serious, domestic_law (adds defined): read blind on 2026-12-06; still missed after its study",
    ("migrant_smuggling_protocol", "28(1)"):
        "gives non_discrimination, human_rights (adds non_discrimination): read blind on 2026-12-06; still missed after its study",
    ("model_mla_treaty_footnotes", "preamble(13)"):
        "gives proportionality, data_protection (adds proportionality): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("model_mla_treaty_footnotes", "1(1)(f)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("model_mla_treaty_footnotes", "2(2)(c)"):
        "gives any (misses other): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("model_mla_treaty_footnotes", "2(2)(d)"):
        "gives defined, any, dual_criminality (adds defined, dual_criminality): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("model_mla_treaty_footnotes", "3(2)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("model_mla_treaty_footnotes", "9(2)"):
        "gives proportionality, data_protection, use_limitation (misses human_rights; adds use_limitation): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("model_mla_treaty_footnotes", "9(4)"):
        "gives human_rights (misses refusal_grounds): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("model_mla_treaty_footnotes", "10(2)(f)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("model_mla_treaty_footnotes", "10(3)"):
        "gives refusal_grounds (adds refusal_grounds): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("model_mla_treaty_footnotes", "13(2)"):
        "gives use_limitation (misses human_rights): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("model_mla_treaty_footnotes", "17(1)"):
        "gives no label (misses domestic_law): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("model_mla_treaty_footnotes", "18(2)"):
        "gives no label (misses domestic_law, human_rights): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("model_mla_treaty_footnotes", "19(2)"):
        "gives domestic_law (misses human_rights): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("model_mla_treaty_footnotes", "19(4)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("model_mla_treaty_footnotes", "25(1)"):
        "gives use_limitation (misses proportionality; adds use_limitation): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("model_mla_treaty_footnotes", "26(3)"):
        "gives domestic_law (misses proportionality): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("model_mla_treaty_footnotes", "28(3)"):
        "gives no label (misses domestic_law): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("model_mla_treaty_footnotes", "30(4)"):
        "gives proportionality (misses human_rights): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("model_mla_treaty_footnotes", "32(2)"):
        "gives domestic_law, human_rights (adds domestic_law): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("model_mla_treaty_footnotes", "33(1)(d)"):
        "gives data_protection, use_limitation (misses human_rights): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("model_mla_treaty_footnotes", "37(1)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("model_mla_treaty_footnotes", "44(2)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("mutual_recognition_convention", "preamble(10)"):
        "gives no label (misses serious): read blind on 2026-12-05 (evening); still missed after its study",
    ("mutual_recognition_convention", "1"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-05 (evening); still missed after its study",
    ("mutual_recognition_convention", "3(1)"):
        "gives any (misses domestic_law): missed by the model retrained after the six drafts of session 36 joined the training",
    ("mutual_recognition_convention", "5(2)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-05 (evening); still missed after its study",
    ("mutual_recognition_convention", "7(1)(d)"):
        "gives defined, serious (adds defined, serious): read blind on 2026-12-05 (evening); still missed after its study",
    ("mutual_recognition_convention", "7(1)(e)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-05 (evening); still missed after its study",
    ("mutual_recognition_convention", "10(1)(b)"):
        "gives treaty (misses defined): read blind on 2026-12-05 (evening); still missed after its study",
    ("mutual_recognition_convention", "10(2)"):
        "gives dual_criminality (misses any): read blind on 2026-12-05 (evening); still missed after its study",
    ("mutual_recognition_convention", "12(1)(d)"):
        "gives refusal_grounds, domestic_law, human_rights (adds human_rights): read blind on 2026-12-05 (evening); still missed after its study",
    ("mutual_recognition_convention", "14(3)"):
        "gives human_rights, proportionality (adds human_rights): read blind on 2026-12-05 (evening); still missed after its study",
    ("mutual_recognition_convention", "16(3)"):
        "gives human_rights, judicial_oversight (adds human_rights): read blind on 2026-12-05 (evening); still missed after its study",
    ("mutual_recognition_convention", "31(3)"):
        "gives dual_criminality, proportionality (misses defined; adds proportionality): read blind on 2026-12-05 (evening); still missed after its study",
    ("nuclear_terrorism_convention", "preamble(10)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("nuclear_terrorism_convention", "1"):
        "gives defined (adds defined): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("nuclear_terrorism_convention", "13(2)(b)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("nuclear_terrorism_convention", "14(2)"):
        "gives domestic_law, judicial_oversight, proportionality (misses human_rights): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("nuclear_terrorism_convention", "15(2)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("nuclear_terrorism_convention", "17(3)"):
        "gives domestic_law, data_protection (misses human_rights; adds domestic_law, data_protection): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("nuclear_terrorism_convention", "18(2)(d)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("nuclear_terrorism_convention", "21(1)"):
        "gives defined, domestic_law (adds domestic_law): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("nuclear_terrorism_convention", "21(2)"):
        "gives use_limitation (misses domestic_law; adds use_limitation): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("nuclear_terrorism_convention", "22(3)"):
        "gives domestic_law, human_rights (misses refusal_grounds): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("nuclear_terrorism_convention", "24(2)"):
        "gives domestic_law (misses refusal_grounds): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("nuclear_terrorism_convention", "29(4)"):
        "gives data_protection (misses use_limitation): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("nuclear_terrorism_convention", "33(2)"):
        "gives use_limitation (misses proportionality): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("nuclear_terrorism_convention", "34(1)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("nuclear_terrorism_convention", "35(3)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-07 (session 40); still missed after its study (the model of session 36, not trained on them)",
    ("online_child_protection_convention", "1"):
        "gives human_rights (adds human_rights): read blind on 2026-12-05 (night); still missed after its study",
    ("online_child_protection_convention", "12(2)"):
        "gives defined (adds defined): read blind on 2026-12-05 (night); still missed after its study",
    ("online_child_protection_convention", "25(4)"):
        "gives refusal_grounds, domestic_law (misses serious): read blind on 2026-12-05 (night); still missed after its study",
    ("online_child_protection_convention", "30(4)"):
        "gives defined, dual_criminality, refusal_grounds (misses any; adds defined): read blind on 2026-12-05 (night); still missed after its study",
    ("online_child_protection_convention", "32(3)"):
        "gives domestic_law (misses judicial_oversight): read blind on 2026-12-05 (night); still missed after its study",
    ("organ_trafficking_convention", "1(1)(b)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (evening); still missed after its study",
    ("organ_trafficking_convention", "2(2)(b)"):
        "gives defined (adds defined): read blind on 2026-12-06 (evening); still missed after its study",
    ("organ_trafficking_convention", "7(b)"):
        "gives defined (adds defined): read blind on 2026-12-06 (evening); still missed after its study",
    ("organ_trafficking_convention", "18(2)"):
        "gives defined (adds defined): read blind on 2026-12-06 (evening); still missed after its study",
    ("organ_trafficking_convention", "21(2)"):
        "gives defined (adds defined): read blind on 2026-12-06 (evening); still missed after its study",
    ("organ_trafficking_convention", "22"):
        "gives defined (adds defined): read blind on 2026-12-06 (evening); still missed after its study",
    ("organ_trafficking_convention", "24(6)"):
        "gives dual_criminality, data_protection (adds data_protection): read blind on 2026-12-06 (evening); still missed after its study",
    ("organ_trafficking_convention", "24(7)"):
        "gives judicial_oversight, data_protection (adds data_protection): read blind on 2026-12-06 (evening); still missed after its study",
    ("organ_trafficking_convention", "25(2)"):
        "gives domestic_law (misses judicial_oversight): read blind on 2026-12-06 (evening); still missed after its study",
    ("organ_trafficking_convention", "38(2)"):
        "gives dual_criminality, refusal_grounds, data_protection (adds data_protection): read blind on 2026-12-06 (evening); still missed after its study",
    ("organised_crime_bloc_agreement", "1(2)"):
        "gives no label (misses domestic_law): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("organised_crime_bloc_agreement", "2(c)(ix)"):
        "gives defined (misses other): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("organised_crime_bloc_agreement", "3(4)"):
        "gives defined, refusal_grounds (adds defined, refusal_grounds): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("organised_crime_bloc_agreement", "5(2)"):
        "gives domestic_law (misses judicial_oversight): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("organised_crime_bloc_agreement", "7(2)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("organised_crime_bloc_agreement", "7(3)"):
        "gives judicial_oversight (misses domestic_law): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("organised_crime_bloc_agreement", "7(4)"):
        "gives judicial_oversight (misses use_limitation; adds judicial_oversight): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("organised_crime_bloc_agreement", "8(4)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("organised_crime_bloc_agreement", "9(1)"):
        "gives defined, serious, domestic_law (misses proportionality): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("organised_crime_bloc_agreement", "9(4)"):
        "gives no label (misses human_rights): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("organised_crime_bloc_agreement", "10(2)(c)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("organised_crime_bloc_agreement", "10(3)(c)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("organised_crime_bloc_agreement", "11(3)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("organised_crime_bloc_agreement", "13(1)"):
        "gives defined (misses proportionality): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("organised_crime_bloc_agreement", "13(2)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("organised_crime_bloc_agreement", "13(3)(b)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("organised_crime_bloc_agreement", "13(4)(d)"):
        "gives serious, domestic_law (adds domestic_law): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("organised_crime_bloc_agreement", "14(2)"):
        "gives no label (misses human_rights): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("organised_crime_bloc_agreement", "15(1)(b)"):
        "gives defined (misses serious): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("organised_crime_bloc_agreement", "15(3)"):
        "gives defined, dual_criminality (adds defined, dual_criminality): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("organised_crime_bloc_agreement", "19(1)(c)"):
        "gives no label (misses serious): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("organised_crime_bloc_agreement", "19(2)"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("organised_crime_bloc_agreement", "20(1)"):
        "gives serious (misses other): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("organised_crime_bloc_agreement", "20(2)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("organised_crime_bloc_agreement", "23(2)"):
        "gives no label (misses domestic_law): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("organised_crime_bloc_agreement", "23(3)"):
        "gives judicial_oversight (misses human_rights): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("organised_crime_bloc_agreement", "23(4)"):
        "gives no label (misses domestic_law): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("organised_crime_bloc_agreement", "24(1)"):
        "gives defined (misses domestic_law): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("organised_crime_bloc_agreement", "25(1)"):
        "gives no label (misses domestic_law): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("organised_crime_bloc_agreement", "25(2)"):
        "gives human_rights (misses judicial_oversight): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("organised_crime_bloc_agreement", "25(3)"):
        "gives dual_criminality, refusal_grounds, human_rights (misses proportionality): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("organised_crime_bloc_agreement", "26(2)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("organised_crime_bloc_agreement", "27(2)(a)"):
        "gives defined (misses domestic_law): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("organised_crime_bloc_agreement", "27(2)(c)"):
        "gives use_limitation (misses data_protection): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("organised_crime_bloc_agreement", "27(3)"):
        "gives domestic_law (misses data_protection): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("organised_crime_bloc_agreement", "27(4)"):
        "gives judicial_oversight (misses data_protection): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("organised_crime_bloc_agreement", "27(5)"):
        "gives proportionality (misses data_protection): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("organised_crime_bloc_agreement", "30(2)"):
        "gives judicial_oversight (misses data_protection): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("organised_crime_bloc_agreement", "31(1)"):
        "gives use_limitation (misses proportionality): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("organised_crime_bloc_agreement", "33(2)"):
        "gives defined, dual_criminality, refusal_grounds (adds defined): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("organised_crime_bloc_agreement", "36(2)(c)"):
        "gives human_rights, data_protection (adds human_rights, data_protection): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("organised_crime_bloc_agreement", "41(2)(a)"):
        "gives no label (misses defined): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("organised_crime_bloc_agreement", "41(2)(b)"):
        "gives no label (misses domestic_law): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("organised_crime_bloc_agreement", "43(2)"):
        "gives data_protection (misses use_limitation): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("passenger_data_agreement", "preamble(6)"):
        "gives data_protection (misses treaty, serious; adds data_protection): read blind on 2026-12-05 (night); still missed after its study",
    ("passenger_data_agreement", "preamble(9)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-05 (night); still missed after its study",
    ("passenger_data_agreement", "2(1)(j)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-05 (night); still missed after its study",
    ("passenger_data_agreement", "3(2)"):
        "gives treaty, serious, judicial_oversight, proportionality, data_protection, use_limitation (misses any; adds treaty, serious, data_protection): read blind on 2026-12-05 (night); still missed after its study",
    ("passenger_data_agreement", "3(4)"):
        "gives domestic_law, data_protection (adds data_protection): missed by the model of 2026-12-06 (four drafts studied)",
    ("passenger_data_agreement", "4(1)(a)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-05 (night); still missed after its study",
    ("passenger_data_agreement", "4(1)(b)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-05 (night); still missed after its study",
    ("passenger_data_agreement", "4(1)(c)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-05 (night); still missed after its study",
    ("passenger_data_agreement", "4(1)(d)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-05 (night); still missed after its study",
    ("passenger_data_agreement", "4(1)(e)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-05 (night); still missed after its study",
    ("passenger_data_agreement", "4(1)(f)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-05 (night); still missed after its study",
    ("passenger_data_agreement", "4(1)(g)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-05 (night); still missed after its study",
    ("passenger_data_agreement", "4(1)(i)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-05 (night); still missed after its study",
    ("passenger_data_agreement", "4(3)"):
        "gives proportionality, data_protection (adds data_protection): read blind on 2026-12-05 (night); still missed after its study",
    ("passenger_data_agreement", "5(1)"):
        "gives proportionality, data_protection (adds data_protection): read blind on 2026-12-05 (night); still missed after its study",
    ("passenger_data_agreement", "5(2)"):
        "gives proportionality, data_protection (adds data_protection): read blind on 2026-12-05 (night); still missed after its study",
    ("passenger_data_agreement", "7"):
        "gives non_discrimination, data_protection (adds data_protection): read blind on 2026-12-05 (night); still missed after its study",
    ("passenger_data_agreement", "10(2)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-05 (night); still missed after its study",
    ("passenger_data_agreement", "11(3)"):
        "gives human_rights, judicial_oversight, data_protection (adds judicial_oversight): read blind on 2026-12-05 (night); still missed after its study",
    ("passenger_data_agreement", "12(2)"):
        "gives human_rights, judicial_oversight, data_protection (adds judicial_oversight): read blind on 2026-12-05 (night); still missed after its study",
    ("passenger_data_agreement", "12(4)"):
        "gives human_rights, judicial_oversight, data_protection (adds domestic_law, judicial_oversight): read blind on 2026-12-05 (night); still missed after its study",
    ("passenger_data_agreement", "13(2)"):
        "gives proportionality, data_protection (misses treaty, serious): read blind on 2026-12-05 (night); still missed after its study",
    ("passenger_data_agreement", "14(3)"):
        "gives treaty, serious, proportionality, data_protection (adds data_protection): read blind on 2026-12-05 (night); still missed after its study",
    ("passenger_data_agreement", "15(1)"):
        "gives treaty, serious, judicial_oversight, proportionality, data_protection (adds data_protection): read blind on 2026-12-05 (night); still missed after its study",
    ("passenger_data_agreement", "15(2)(c)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-05 (night); still missed after its study",
    ("passenger_data_agreement", "16(3)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-05 (night); still missed after its study",
    ("passenger_data_agreement", "17(2)"):
        "gives refusal_grounds, non_discrimination, human_rights, use_limitation (adds refusal_grounds): read blind on 2026-12-05 (night); still missed after its study",
    ("passenger_data_agreement", "17(3)"):
        "gives data_protection, use_limitation (adds data_protection): read blind on 2026-12-05 (night); still missed after its study",
    ("passenger_data_agreement", "18(1)"):
        "gives treaty, serious, data_protection (adds data_protection): read blind on 2026-12-05 (night); still missed after its study",
    ("passenger_data_agreement", "18(2)"):
        "gives treaty, serious, proportionality, data_protection (adds data_protection): read blind on 2026-12-05 (night); still missed after its study",
    ("passenger_data_agreement", "19(1)"):
        "gives human_rights, judicial_oversight, proportionality, data_protection (adds human_rights, data_protection): read blind on 2026-12-05 (night); still missed after its study",
    ("passenger_data_agreement", "19(2)"):
        "gives judicial_oversight, proportionality, data_protection (adds judicial_oversight): read blind on 2026-12-05 (night); still missed after its study",
    ("passenger_data_agreement", "19(4)"):
        "gives proportionality, data_protection (adds data_protection): read blind on 2026-12-05 (night); still missed after its study",
    ("passenger_data_agreement", "21(2)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-05 (night); still missed after its study",
    ("passenger_data_agreement", "21(3)"):
        "gives human_rights, data_protection (misses judicial_oversight): read blind on 2026-12-05 (night); still missed after its study",
    ("passenger_data_agreement", "23(1)"):
        "gives human_rights, judicial_oversight (adds judicial_oversight): missed by the model retrained after the six drafts of session 36 joined the training",
    ("payment_fraud_convention_contents", "preamble(3)"):
        "gives serious (adds serious): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("payment_fraud_convention_contents", "1(2)"):
        "gives defined (adds defined): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("payment_fraud_convention_contents", "3(c)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("payment_fraud_convention_contents", "7(2)"):
        "gives defined (adds defined): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("payment_fraud_convention_contents", "11(3)(a)"):
        "gives treaty (adds treaty): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("payment_fraud_convention_contents", "11(4)"):
        "gives defined (misses domestic_law): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("payment_fraud_convention_contents", "15(3)"):
        "gives defined, domestic_law (misses proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("payment_fraud_convention_contents", "17(1)"):
        "gives defined, domestic_law (adds domestic_law): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("payment_fraud_convention_contents", "17(2)"):
        "gives domestic_law, proportionality, data_protection (misses use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("payment_fraud_convention_contents", "19(3)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("payment_fraud_convention_contents", "23(2)"):
        "gives domestic_law (misses use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("payment_fraud_convention_contents", "25(3)"):
        "gives dual_criminality (misses domestic_law): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("payment_fraud_convention_contents", "26(5)"):
        "gives refusal_grounds (adds refusal_grounds): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("payment_fraud_convention_contents", "27(3)"):
        "gives use_limitation (misses domestic_law): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("payment_fraud_convention_contents", "29(1)"):
        "gives defined, data_protection (adds defined, data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("payment_fraud_convention_contents", "31(3)"):
        "gives human_rights (misses judicial_oversight, proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("payment_fraud_convention_contents", "32(1)"):
        "gives defined (adds defined): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("payment_fraud_convention_contents", "33(1)"):
        "gives defined (adds defined): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("payment_fraud_convention_contents", "44(3)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("payment_fraud_convention_contents", "annex I(9)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("payment_fraud_convention_contents", "annex I(17)"):
        "gives human_rights, use_limitation (adds human_rights, use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("payment_fraud_convention_contents", "annex I(18)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("payment_fraud_convention_contents", "annex II(6)"):
        "gives data_protection (misses human_rights): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("pdf_revised_ict_draft", "preamble(9)"):
        "gives data_protection (misses non_discrimination, human_rights): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("pdf_revised_ict_draft", "3(1)"):
        "gives no label (misses defined): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("pdf_revised_ict_draft", "3(2)"):
        "gives no label (misses defined): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("pdf_revised_ict_draft", "9(1)(a)"):
        "gives no label (misses defined): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("pdf_revised_ict_draft", "10(2)"):
        "gives defined, human_rights (adds human_rights): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("pdf_revised_ict_draft", "12(2)"):
        "gives defined (misses any): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("pdf_revised_ict_draft", "21(3)"):
        "gives human_rights (misses proportionality): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("pdf_revised_ict_draft", "24(1)"):
        "gives defined (misses domestic_law): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("pdf_revised_ict_draft", "25(1)"):
        "gives defined (adds defined): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("pdf_revised_ict_draft", "28(3)"):
        "gives refusal_grounds (misses domestic_law): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("pdf_revised_ict_draft", "28(5)"):
        "gives refusal_grounds (misses domestic_law): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("pdf_revised_ict_draft", "31(2)"):
        "gives domestic_law, use_limitation (misses proportionality, data_protection): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("pdf_revised_ict_draft", "32(1)"):
        "gives defined, serious (misses proportionality): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("pdf_revised_ict_draft", "34"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("pdf_revised_ict_draft", "36(2)(f)"):
        "gives defined (adds defined): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("pdf_revised_ict_draft", "37(2)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-07 (session 38); still missed after its study (the model of session 36, not trained on them)",
    ("piracy_repression_agreement", "12(2)"):
        "gives no label (misses defined): missed by the model retrained after the six drafts of session 36 joined the training",
    ("piracy_repression_agreement", "18(4)"):
        "gives no label (misses judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("piracy_repression_agreement", "19(1)"):
        "gives no label (misses defined): missed by the model retrained after the six drafts of session 36 joined the training",
    ("piracy_repression_agreement", "20(5)"):
        "gives use_limitation (adds use_limitation): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("piracy_repression_agreement", "20(6)"):
        "gives no label (misses treaty): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("piracy_repression_agreement", "23(3)"):
        "gives judicial_oversight, proportionality (adds judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("piracy_repression_agreement", "28(5)"):
        "gives human_rights, judicial_oversight (adds judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("piracy_repression_agreement", "34"):
        "gives no label (misses defined): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("piracy_repression_agreement", "35(1)"):
        "gives no label (misses defined): missed by the model retrained after the six drafts of session 36 joined the training",
    ("piracy_repression_agreement", "36(2)"):
        "gives serious, data_protection (adds data_protection): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("piracy_repression_agreement", "36(3)"):
        "gives data_protection (adds data_protection): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("piracy_repression_agreement", "40(3)"):
        "gives any, domestic_law (adds any): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("piracy_repression_agreement", "47(1)"):
        "gives defined (adds defined): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("piracy_repression_agreement", "49(2)"):
        "gives data_protection (adds data_protection): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("police_cooperation_agreement", "preamble(5)"):
        "gives serious (misses defined): read blind on 2026-12-04 (night)",
    ("police_cooperation_agreement", "preamble(7)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-04 (night)",
    ("police_cooperation_agreement", "3(1)(b)"):
        "gives treaty (misses defined): read blind on 2026-12-04 (night)",
    ("police_cooperation_agreement", "7"):
        "gives domestic_law, data_protection (misses judicial_oversight; adds data_protection): read blind on 2026-12-04 (night)",
    ("police_cooperation_agreement", "10(1)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-04 (night)",
    ("police_cooperation_agreement", "12(1)"):
        "gives defined, serious, domestic_law, proportionality, data_protection (adds data_protection): read blind on 2026-12-04 (night)",
    ("police_cooperation_agreement", "19(3)"):
        "gives use_limitation (misses judicial_oversight): read blind on 2026-12-04 (night)",
    ("police_cooperation_agreement", "24(2)(a)"):
        "gives proportionality, data_protection, use_limitation (adds proportionality): read blind on 2026-12-04 (night)",
    ("police_cooperation_agreement", "24(2)(b)"):
        "gives proportionality, data_protection, use_limitation (adds proportionality): read blind on 2026-12-04 (night)",
    ("police_cooperation_agreement", "24(2)(c)"):
        "gives proportionality, data_protection, use_limitation (adds proportionality): read blind on 2026-12-04 (night)",
    ("police_cooperation_agreement", "29(3)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-04 (night)",
    ("police_cooperation_agreement", "30(3)"):
        "gives refusal_grounds, human_rights, data_protection (adds data_protection): read blind on 2026-12-04 (night)",
    ("police_cooperation_agreement", "34"):
        "gives human_rights (adds human_rights): read blind on 2026-12-04 (night)",
    ("police_cooperation_agreement", "38(3)"):
        "gives no label (misses defined): read blind on 2026-12-04 (night)",
    ("police_cyber_mou", "preamble(15)"):
        "gives proportionality, data_protection (adds data_protection): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "1(1)"):
        "gives any (misses domestic_law; adds any): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "1(2)(a)"):
        "gives serious (adds serious): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "1(3)"):
        "gives no label (misses judicial_oversight): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "2(i)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "2(m)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "3(1)"):
        "gives no label (misses defined): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "3(1)(a)"):
        "gives no label (misses defined): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "3(1)(b)"):
        "gives other (misses defined): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "3(1)(c)"):
        "gives defined (misses treaty): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "3(3)"):
        "gives defined, any, dual_criminality, refusal_grounds, domestic_law (adds defined, refusal_grounds): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "3(4)"):
        "gives dual_criminality (misses defined; adds dual_criminality): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "4(1)"):
        "gives no label (misses domestic_law, data_protection): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "6(3)(f)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "6(3)(g)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "7(4)"):
        "gives domestic_law (misses refusal_grounds): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "7(4)(a)"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "7(4)(d)"):
        "gives non_discrimination (misses refusal_grounds): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "8(1)"):
        "gives refusal_grounds, domestic_law (adds refusal_grounds): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "8(2)"):
        "gives no label (misses domestic_law): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "9(5)(c)"):
        "gives refusal_grounds, use_limitation (adds use_limitation): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "11(1)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "11(4)"):
        "gives proportionality, data_protection, use_limitation (adds use_limitation): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "12(1)"):
        "gives defined, any, domestic_law (adds any): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "12(4)"):
        "gives data_protection (misses proportionality): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "13(3)"):
        "gives proportionality (misses data_protection): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "14(1)(e)"):
        "gives refusal_grounds (misses domestic_law): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "14(1)(g)"):
        "gives refusal_grounds (misses proportionality): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "15(1)"):
        "gives proportionality (misses defined): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "15(2)"):
        "gives domestic_law (misses judicial_oversight): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "15(5)"):
        "gives proportionality (misses human_rights): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "17(3)"):
        "gives data_protection (misses use_limitation; adds data_protection): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "18(2)"):
        "gives use_limitation (misses domestic_law): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "18(3)(c)"):
        "gives proportionality (misses use_limitation): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "18(4)"):
        "gives no label (misses domestic_law, use_limitation): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "19(2)"):
        "gives data_protection, use_limitation (misses proportionality): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "20(1)"):
        "gives data_protection, use_limitation (adds data_protection): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "22(3)"):
        "gives proportionality, data_protection (misses domestic_law): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "22(3)(a)"):
        "gives data_protection (misses proportionality): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "22(3)(b)"):
        "gives data_protection (misses proportionality): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "22(4)"):
        "gives domestic_law, data_protection (misses proportionality): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "23(3)"):
        "gives data_protection, use_limitation (misses judicial_oversight; adds use_limitation): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "24(1)"):
        "gives data_protection (misses use_limitation): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "24(2)"):
        "gives data_protection (misses use_limitation): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "24(3)"):
        "gives domestic_law, data_protection (adds domestic_law): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "26(1)"):
        "gives domestic_law, judicial_oversight, data_protection (adds domestic_law): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "26(2)"):
        "gives domestic_law, data_protection (misses judicial_oversight; adds domestic_law): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "26(3)"):
        "gives data_protection (misses judicial_oversight): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "26(4)"):
        "gives domestic_law, human_rights, judicial_oversight, data_protection (adds domestic_law): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "26(5)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "27(1)"):
        "gives human_rights (misses data_protection): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "27(2)"):
        "gives human_rights (misses use_limitation): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "27(4)"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "28(3)"):
        "gives domestic_law, data_protection (misses use_limitation; adds domestic_law): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("police_cyber_mou", "29(2)(c)"):
        "gives judicial_oversight, data_protection (adds judicial_oversight, data_protection): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("ransomware_rolling_text", "preamble(4)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-06 (evening); still missed after its study",
    ("ransomware_rolling_text", "8(2)"):
        "gives defined, serious, other, any (adds any): read blind on 2026-12-06 (evening); still missed after its study",
    ("ransomware_rolling_text", "11(2)"):
        "gives defined (adds defined): read blind on 2026-12-06 (evening); still missed after its study",
    ("ransomware_rolling_text", "23(3)"):
        "gives dual_criminality (misses domestic_law): read blind on 2026-12-06 (evening); still missed after its study",
    ("ransomware_rolling_text", "27(6)"):
        "gives refusal_grounds, domestic_law (adds domestic_law): missed by the model trained with the drafts (2026-12-06, late)",
    ("ransomware_rolling_text", "27(9)"):
        "gives domestic_law (misses proportionality): missed by the model retrained after the six drafts of session 36 joined the training",
    ("ransomware_rolling_text", "30(2)(b)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (evening); still missed after its study",
    ("regional_arrest_warrant_convention", "preamble(12)"):
        "gives data_protection (adds data_protection): read blind late on 2026-12-05; still missed after its study",
    ("regional_arrest_warrant_convention", "3(2)"):
        "gives dual_criminality (misses defined): read blind late on 2026-12-05; still missed after its study",
    ("regional_arrest_warrant_convention", "3(2)(n)"):
        "gives treaty (misses defined): missed by the model of 2026-12-06 (retrained after the bodies' powers were read as measures)",
    ("regional_arrest_warrant_convention", "3(2)(tail)"):
        "gives no label (misses serious): read blind late on 2026-12-05; still missed after its study",
    ("regional_arrest_warrant_convention", "3(3)"):
        "gives defined, any, dual_criminality (adds defined): read blind late on 2026-12-05; still missed after its study",
    ("regional_arrest_warrant_convention", "4(3)"):
        "gives no label (misses judicial_oversight): read blind late on 2026-12-05; still missed after its study",
    ("regional_arrest_warrant_convention", "5(1)(e)"):
        "gives human_rights (adds human_rights): read blind late on 2026-12-05; still missed after its study",
    ("regional_arrest_warrant_convention", "6(2)"):
        "gives judicial_oversight (adds judicial_oversight): read blind late on 2026-12-05; still missed after its study",
    ("regional_arrest_warrant_convention", "9(1)"):
        "gives refusal_grounds, human_rights, judicial_oversight (adds judicial_oversight): missed by the model retrained after the six drafts of session 35 joined the training",
    ("regional_arrest_warrant_convention", "14(5)"):
        "gives domestic_law, human_rights (adds domestic_law): read blind late on 2026-12-05; still missed after its study",
    ("regional_arrest_warrant_convention", "15"):
        "gives human_rights (misses judicial_oversight; adds domestic_law): read blind late on 2026-12-05; still missed after its study",
    ("regional_arrest_warrant_convention", "16(4)"):
        "gives domestic_law, human_rights (misses judicial_oversight): read blind late on 2026-12-05; still missed after its study",
    ("regional_arrest_warrant_convention", "17(2)"):
        "gives no label (misses proportionality): missed by the model retrained after the six drafts of session 36 joined the training",
    ("regional_arrest_warrant_convention", "22(3)(e)"):
        "gives domestic_law, human_rights, judicial_oversight, use_limitation (adds judicial_oversight): read blind late on 2026-12-05; still missed after its study",
    ("regional_arrest_warrant_convention", "22(3)(f)"):
        "gives use_limitation (misses judicial_oversight): read blind late on 2026-12-05; still missed after its study",
    ("regional_arrest_warrant_convention", "22(5)"):
        "gives use_limitation (misses serious; adds refusal_grounds): read blind late on 2026-12-05; still missed after its study",
    ("regional_arrest_warrant_convention", "22(6)"):
        "gives use_limitation (misses refusal_grounds): missed by the model retrained after the six drafts of session 36 joined the training",
    ("regional_corruption_convention", "23(2)(a)"):
        "gives no label (misses defined): missed by the model retrained after the six drafts of session 36 joined the training",
    ("regional_corruption_convention", "24(4)"):
        "gives defined: no serious: 'not extraditable by reason of the length of the penalty'",
    ("regional_cybercrime_convention", "preamble(4)"):
        "gives no label (misses defined): read blind on 2026-12-04, not yet studied",
    ("regional_cybercrime_convention", "14"):
        "gives no label (misses other): read blind on 2026-12-04, not yet studied",
    ("regional_cybercrime_convention", "20(2)"):
        "gives proportionality, data_protection (adds data_protection): read blind on 2026-12-04, not yet studied",
    ("regional_cybercrime_convention", "26(1)"):
        "gives serious, domestic_law (adds domestic_law): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("regional_cybercrime_convention", "36(b)"):
        "gives human_rights (adds human_rights): missed by the model retrained on the 62 gold treaties (2026-12-04, late)",
    ("regional_extradition_convention", "preamble(8)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-04 (night)",
    ("regional_extradition_convention", "2(2)"):
        "gives dual_criminality, refusal_grounds, domestic_law (adds dual_criminality): read blind on 2026-12-04 (night)",
    ("regional_extradition_convention", "5(2)"):
        "gives no label (misses serious): read blind on 2026-12-04 (night)",
    ("regional_extradition_convention", "5(3)"):
        "gives serious, dual_criminality (misses defined): read blind on 2026-12-04 (night)",
    ("regional_extradition_convention", "5(4)"):
        "gives defined, any, dual_criminality (adds defined): read blind on 2026-12-04 (night)",
    ("regional_extradition_convention", "7(2)(a)"):
        "gives refusal_grounds (misses treaty): read blind on 2026-12-04 (night)",
    ("regional_extradition_convention", "7(2)(b)"):
        "gives refusal_grounds (misses defined): read blind on 2026-12-04 (night)",
    ("regional_extradition_convention", "16(4)"):
        "gives serious, refusal_grounds, use_limitation (adds use_limitation): missed by the model retrained after the six drafts of session 36 joined the training",
    ("regional_extradition_convention", "16(5)"):
        "gives use_limitation (misses serious): read blind on 2026-12-04 (night)",
    ("regional_extradition_convention", "19(2)"):
        "gives human_rights (misses judicial_oversight): read blind on 2026-12-04 (night)",
    ("regional_mla_treaty", "preamble(9)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-04 (evening)",
    ("regional_mla_treaty", "4(5)"):
        "gives serious, dual_criminality (misses defined): read blind on 2026-12-04 (evening)",
    ("regional_mla_treaty", "5(1)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-04 (evening)",
    ("regional_mla_treaty", "7(2)(c)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-04 (evening)",
    ("regional_mla_treaty", "8(4)(b)"):
        "gives defined, human_rights (adds human_rights): missed by the model of 2026-12-06 (evidence join, recitals)",
    ("regional_mla_treaty", "10(2)"):
        "gives refusal_grounds, domestic_law (adds refusal_grounds): missed by the model retrained after the study of fifteen more treaties read whole and the status-note segmentation (2026-12-06, session 33)",
    ("regional_mla_treaty", "11(2)"):
        "gives domestic_law, human_rights (adds domestic_law): read blind on 2026-12-04 (evening)",
    ("regional_mla_treaty", "11(3)"):
        "gives no label (misses human_rights): missed by the model retrained after the six drafts of session 36 joined the training",
    ("regional_mla_treaty", "19(1)"):
        "gives human_rights, use_limitation (adds human_rights): read blind on 2026-12-04 (evening)",
    ("regional_mla_treaty", "20(3)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-04 (evening)",
    ("regional_mutual_assistance_extradition_convention", "preamble(6)"):
        "gives other (adds other): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("regional_mutual_assistance_extradition_convention", "7(3)"):
        "gives human_rights, judicial_oversight (adds domestic_law, judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("regional_mutual_assistance_extradition_convention", "16(4)"):
        "gives no label (misses defined): missed by the model retrained after the six drafts of session 36 joined the training",
    ("regional_mutual_assistance_extradition_convention", "21(2)"):
        "gives data_protection, use_limitation (adds data_protection): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("regional_mutual_assistance_extradition_convention", "26(2)"):
        "gives no label (misses serious): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("regional_mutual_assistance_extradition_convention", "27(2)(a)"):
        "gives defined, refusal_grounds, human_rights (adds human_rights): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("regional_mutual_assistance_extradition_convention", "27(2)(d)"):
        "gives defined, refusal_grounds (misses treaty; adds defined): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("regional_mutual_assistance_extradition_convention", "30(c)"):
        "gives dual_criminality, refusal_grounds, domestic_law (adds dual_criminality): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("regional_mutual_assistance_extradition_convention", "32(2)"):
        "gives domestic_law (misses refusal_grounds): missed by the model retrained after the six drafts of session 36 joined the training",
    ("regional_mutual_assistance_extradition_convention", "38(1)"):
        "gives proportionality (adds proportionality): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("regional_mutual_assistance_extradition_convention", "39(1)"):
        "gives human_rights (misses judicial_oversight): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("regional_mutual_assistance_extradition_convention", "43(3)"):
        "gives use_limitation (misses serious): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("regional_mutual_assistance_extradition_convention", "47(4)"):
        "gives data_protection (adds data_protection): missed by the model retrained after the seven drafts of session 34 joined the training (2026-12-06, session 34)",
    ("regional_police_office_convention", "preamble(10)"):
        "gives no label (misses human_rights): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "2(4)"):
        "gives any (misses defined): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "3(1)"):
        "gives defined, serious (adds serious): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "3(2)(1)"):
        "gives any (misses defined): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "3(2)(2)"):
        "gives no label (misses defined): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "3(2)(3)"):
        "gives defined, treaty (adds defined): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "3(2)(4)"):
        "gives no label (misses other): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "5(1)"):
        "gives human_rights (misses data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "5(2)"):
        "gives data_protection, use_limitation (misses non_discrimination, proportionality; adds use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "5(3)"):
        "gives non_discrimination (misses refusal_grounds): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "7(1)"):
        "gives no label (misses defined): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "8(3)(f)"):
        "gives no label (misses proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "8(4)(4)"):
        "gives refusal_grounds, domestic_law, use_limitation (adds use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "9(2)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "9(4)"):
        "gives no label (misses domestic_law, use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "10(1)"):
        "gives no label (misses defined): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "10(3)(a)"):
        "gives refusal_grounds (adds refusal_grounds): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "10(3)(b)"):
        "gives refusal_grounds (adds refusal_grounds): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "11(1)(1)"):
        "gives no label (misses proportionality, data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "11(1)(2)"):
        "gives proportionality (misses data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "11(2)"):
        "gives no label (misses data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "12(1)"):
        "gives no label (misses proportionality, data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "12(1)(a)"):
        "gives no label (misses defined, domestic_law, proportionality, data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "12(1)(b)"):
        "gives no label (misses domestic_law, proportionality, data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "12(1)(tail)"):
        "gives any (misses defined, proportionality, data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "12(2)"):
        "gives data_protection (misses proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "12(2)(1)"):
        "gives data_protection (misses proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "12(2)(2)"):
        "gives data_protection (misses proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "12(2)(3)"):
        "gives data_protection (misses proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "12(2)(4)"):
        "gives data_protection (misses proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "12(2)(5)"):
        "gives data_protection (misses proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "12(3)"):
        "gives no label (misses defined, data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "13(1)"):
        "gives domestic_law, proportionality (misses data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "13(2)"):
        "gives no label (misses data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "13(4)"):
        "gives serious, domestic_law, use_limitation (misses defined, data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "14(1)"):
        "gives any (misses defined, proportionality, data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "14(1)(2)"):
        "gives no label (misses proportionality, data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "14(1)(3)"):
        "gives no label (misses proportionality, data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "14(1)(4)"):
        "gives no label (misses proportionality, data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "14(1)(5)"):
        "gives no label (misses proportionality, data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "14(1)(tail)"):
        "gives proportionality (misses data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "14(2)(b)"):
        "gives proportionality (misses data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "14(2)(d)"):
        "gives no label (misses use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "14(2)(e)"):
        "gives proportionality (misses data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "14(3)"):
        "gives no label (misses judicial_oversight, data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "14(5)"):
        "gives no label (misses data_protection, use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "15(2)"):
        "gives no label (misses use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "16(2)"):
        "gives proportionality (misses data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "16(3)"):
        "gives no label (misses proportionality, data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "16(3)(1)"):
        "gives human_rights (misses proportionality, data_protection; adds human_rights): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "16(3)(2)"):
        "gives no label (misses domestic_law, proportionality, data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "16(3)(3)"):
        "gives no label (misses proportionality, data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "16(4)"):
        "gives proportionality (misses data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "16(5)"):
        "gives no label (misses data_protection, use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "17(1)"):
        "gives no label (misses data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "17(2)"):
        "gives judicial_oversight, data_protection, use_limitation (misses proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "19(1)"):
        "gives serious, data_protection, use_limitation (misses defined): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "19(2)"):
        "gives domestic_law, judicial_oversight, use_limitation (adds judicial_oversight): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "19(3)"):
        "gives domestic_law, judicial_oversight, use_limitation (misses data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "19(4)"):
        "gives domestic_law (misses human_rights): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "20(1)"):
        "gives data_protection, use_limitation (adds use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "20(1)(1)"):
        "gives proportionality, data_protection, use_limitation (misses defined; adds use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "20(1)(2)"):
        "gives data_protection, use_limitation (adds use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "20(1)(3)"):
        "gives data_protection, use_limitation (adds use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "20(2)"):
        "gives no label (misses data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "20(2)(b)"):
        "gives human_rights, judicial_oversight (misses data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "20(2)(c)"):
        "gives no label (misses data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "20(3)"):
        "gives use_limitation (misses refusal_grounds): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "20(4)"):
        "gives no label (misses refusal_grounds, non_discrimination, human_rights): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "20(5)"):
        "gives data_protection, use_limitation (misses proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "20(6)"):
        "gives data_protection (misses proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "21(1)"):
        "gives data_protection (misses proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "21(2)"):
        "gives no label (misses use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "23(1)"):
        "gives human_rights, data_protection (misses judicial_oversight): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "23(2)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "23(4)"):
        "gives no label (misses judicial_oversight, data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "23(4)(1)"):
        "gives no label (misses judicial_oversight, data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "23(4)(2)"):
        "gives no label (misses judicial_oversight, data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "23(5)"):
        "gives data_protection (misses judicial_oversight): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "24(1)"):
        "gives data_protection (misses human_rights): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "24(2)"):
        "gives no label (misses human_rights, data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "24(3)"):
        "gives proportionality, data_protection (misses human_rights; adds proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "24(3)(1)"):
        "gives proportionality (misses human_rights, data_protection; adds proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "24(3)(2)"):
        "gives proportionality, data_protection (misses human_rights; adds proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "24(3)(3)"):
        "gives proportionality, data_protection (misses human_rights; adds proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "24(3)(tail)"):
        "gives no label (misses human_rights, data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "24(5)"):
        "gives data_protection, use_limitation (misses human_rights): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "25(1)"):
        "gives data_protection (misses human_rights): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "25(2)"):
        "gives no label (misses data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "26(1)"):
        "gives no label (misses human_rights, judicial_oversight, data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "26(2)"):
        "gives domestic_law, judicial_oversight (misses human_rights, data_protection; adds domestic_law): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "26(3)"):
        "gives data_protection (misses human_rights, judicial_oversight): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "27(1)"):
        "gives no label (misses human_rights, data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "28(1)"):
        "gives proportionality, data_protection (adds proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "28(2)"):
        "gives no label (misses data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "28(2)(a)"):
        "gives no label (misses data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "28(2)(b)"):
        "gives no label (misses data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "28(2)(c)"):
        "gives no label (misses data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "28(2)(d)"):
        "gives no label (misses data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "29(1)(1)"):
        "gives no label (misses use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "29(1)(2)"):
        "gives no label (misses use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "29(1)(3)"):
        "gives no label (misses use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "29(1)(4)"):
        "gives no label (misses use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "29(2)"):
        "gives no label (misses use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "30(2)"):
        "gives refusal_grounds, proportionality (misses human_rights, judicial_oversight, use_limitation; adds refusal_grounds, proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "34(1)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "34(2)"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "36(2)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "43(3)"):
        "gives no label (misses data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "45(2)"):
        "gives serious (adds serious): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "annex(1)"):
        "gives serious (misses defined; adds serious): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "annex(1)(1)"):
        "gives defined (misses treaty): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "annex(1)(6)"):
        "gives defined (misses treaty): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "annex(1)(8)"):
        "gives defined (misses other): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "annex(1)(13)"):
        "gives treaty (misses defined): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "annex(2)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_police_office_convention", "annex(3)"):
        "gives any (misses serious, proportionality; adds any): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("regional_proceedings_transfer_convention", "2(a)(i)"):
        "gives no label (misses any): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("regional_proceedings_transfer_convention", "2(a)(ii)"):
        "gives no label (misses any): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("regional_proceedings_transfer_convention", "3(1)"):
        "gives no label (misses any): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("regional_proceedings_transfer_convention", "4(3)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("regional_proceedings_transfer_convention", "6(1)"):
        "gives any (adds any): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("regional_proceedings_transfer_convention", "8(5)"):
        "gives defined, treaty, dual_criminality (adds defined): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("regional_proceedings_transfer_convention", "9(3)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("regional_proceedings_transfer_convention", "12(2)(b)"):
        "gives defined, refusal_grounds (misses treaty; adds defined): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("regional_proceedings_transfer_convention", "13(2)"):
        "gives refusal_grounds, domestic_law (adds domestic_law): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("regional_proceedings_transfer_convention", "18(2)"):
        "gives human_rights, use_limitation (adds use_limitation): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("regional_proceedings_transfer_convention", "19(1)"):
        "gives dual_criminality (misses domestic_law; adds dual_criminality): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("regional_proceedings_transfer_convention", "20(2)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("regional_proceedings_transfer_convention", "22(1)(c)"):
        "gives serious (adds serious): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("regional_proceedings_transfer_convention", "28(2)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("regional_proceedings_transfer_convention", "30(3)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("regional_proceedings_transfer_convention", "31(4)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("regional_proceedings_transfer_convention", "34(1)"):
        "gives human_rights, use_limitation (adds use_limitation): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("regional_proceedings_transfer_convention", "34(3)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("regional_proceedings_transfer_convention", "49(1)(a)"):
        "gives refusal_grounds (misses any): read blind on 2026-12-07 (session 35); missed by the model trained with them",
    ("revised_draft_word_source", "13(3)"):
        "gives defined (misses human_rights; adds defined): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("revised_draft_word_source", "20(3)"):
        "gives domestic_law, use_limitation (adds domestic_law): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("revised_draft_word_source", "25(2)"):
        "gives domestic_law, use_limitation (misses defined): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("revised_draft_word_source", "26(2)"):
        "gives domestic_law, data_protection (adds domestic_law): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("revised_draft_word_source", "27(7)"):
        "gives domestic_law (misses refusal_grounds): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("revised_draft_word_source", "29(2)"):
        "gives dual_criminality, refusal_grounds (misses domestic_law): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("revised_draft_word_source", "32(3)"):
        "gives dual_criminality (misses domestic_law): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("revised_draft_word_source", "34(3)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("revised_draft_word_source", "36(2)(c)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("revised_draft_word_source", "36(2)(e)"):
        "gives defined (adds defined): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("revised_draft_word_source", "36(3)"):
        "gives defined (adds defined): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("revised_draft_word_source", "37(4)(b)"):
        "gives defined (adds defined): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "preamble(8)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "1(3)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "1(4)"):
        "gives no label (misses domestic_law): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "2(12)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "4(2)"):
        "gives human_rights (misses data_protection): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "5(3)"):
        "gives domestic_law (misses any): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "6(1)"):
        "gives no label (misses defined): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "7(2)"):
        "gives no label (misses defined): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "8(1)"):
        "gives other, any (misses defined; adds any): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "8(3)"):
        "gives dual_criminality, domestic_law (misses defined): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "10(1)"):
        "gives any (misses domestic_law, proportionality): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "10(3)"):
        "gives proportionality (misses data_protection): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "12(1)"):
        "gives no label (misses defined, domestic_law, proportionality): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "12(2)(3)"):
        "gives judicial_oversight (misses proportionality; adds judicial_oversight): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "13(2)(2)"):
        "gives dual_criminality (adds dual_criminality): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "13(2)(4)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "14(1)"):
        "gives no label (misses domestic_law): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "16(1)"):
        "gives no label (misses defined): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "17(1)"):
        "gives judicial_oversight (misses domestic_law): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "17(2)"):
        "gives refusal_grounds, judicial_oversight, use_limitation (adds refusal_grounds, use_limitation): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "18(4)"):
        "gives data_protection (misses proportionality): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "19(2)(2)"):
        "gives use_limitation (misses data_protection): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "21(1)"):
        "gives domestic_law, proportionality, data_protection, use_limitation (adds use_limitation): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "21(2)"):
        "gives data_protection (misses proportionality): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "22(1)"):
        "gives data_protection (misses human_rights): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "22(2)"):
        "gives domestic_law (misses human_rights, data_protection; adds domestic_law): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "22(3)"):
        "gives refusal_grounds, data_protection (misses human_rights; adds refusal_grounds): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "22(3)(1)"):
        "gives refusal_grounds, data_protection (misses human_rights; adds refusal_grounds): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "22(3)(2)"):
        "gives refusal_grounds, data_protection (misses human_rights; adds refusal_grounds): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "22(3)(3)"):
        "gives refusal_grounds, data_protection (misses human_rights; adds refusal_grounds): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "23(2)"):
        "gives data_protection (misses proportionality, use_limitation): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "24(2)"):
        "gives data_protection (misses judicial_oversight): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "25(1)"):
        "gives data_protection (misses human_rights): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "26(1)"):
        "gives defined, serious (misses proportionality): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "26(2)"):
        "gives domestic_law, judicial_oversight (misses proportionality): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "26(4)(1)"):
        "gives no label (misses domestic_law): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "26(4)(4)"):
        "gives proportionality (misses domestic_law): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "28(3)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "28(4)(1)"):
        "gives no label (misses domestic_law): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "28(4)(2)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "28(4)(3)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "28(4)(6)"):
        "gives proportionality (misses domestic_law): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "28(4)(7)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "28(5)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "28(6)"):
        "gives domestic_law, human_rights (misses judicial_oversight): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "29(2)"):
        "gives refusal_grounds, domestic_law, proportionality (misses judicial_oversight): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "29(3)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "30(2)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "30(3)"):
        "gives domestic_law (misses proportionality): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "31(2)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "35(1)(5)"):
        "gives refusal_grounds (misses defined): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "36(2)"):
        "gives data_protection, use_limitation (adds data_protection): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "36(4)"):
        "gives data_protection, use_limitation (adds data_protection): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "38(1)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "38(4)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("section_sign_police_agreement", "45(3)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 43, third round); still missed after its study (the model of session 36, not trained on them)",
    ("sectoral_terrorism_convention", "19(8)"):
        "gives refusal_grounds (misses defined): missed by the model retrained after the six drafts of session 36 joined the training",
    ("sectoral_terrorism_convention", "19(9)"):
        "gives defined, serious, dual_criminality, refusal_grounds: defined on 'a serious crime other than the offences set forth in article 2'",
    ("security_partnership_title", "preamble(5)"):
        "gives judicial_oversight, data_protection (misses human_rights): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("security_partnership_title", "preamble(7)"):
        "gives no label (misses human_rights): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("security_partnership_title", "1(1)"):
        "gives no label (misses any): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("security_partnership_title", "4(2)"):
        "gives domestic_law (misses refusal_grounds): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("security_partnership_title", "5(3)"):
        "gives any (misses domestic_law): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("security_partnership_title", "6(3)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("security_partnership_title", "7(1)"):
        "gives data_protection (misses any; adds data_protection): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("security_partnership_title", "8(1)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("security_partnership_title", "9(1)"):
        "gives domestic_law, data_protection (adds data_protection): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("security_partnership_title", "9(3)"):
        "gives no label (misses domestic_law): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("security_partnership_title", "10(1)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("security_partnership_title", "10(3)"):
        "gives data_protection (misses proportionality; adds data_protection): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("security_partnership_title", "11(2)"):
        "gives data_protection, use_limitation (misses defined, serious): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("security_partnership_title", "14(3)"):
        "gives defined, serious, proportionality, data_protection (adds data_protection): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("security_partnership_title", "15(1)"):
        "gives data_protection (misses human_rights): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("security_partnership_title", "15(2)"):
        "gives human_rights, judicial_oversight, data_protection, use_limitation (adds judicial_oversight, use_limitation): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("security_partnership_title", "15(3)"):
        "gives judicial_oversight (misses data_protection): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("security_partnership_title", "16(2)"):
        "gives proportionality, data_protection (adds proportionality, data_protection): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("security_partnership_title", "17(3)"):
        "gives data_protection, use_limitation (misses domestic_law): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("security_partnership_title", "18(4)"):
        "gives human_rights (misses judicial_oversight, proportionality): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("security_partnership_title", "19(4)(g)"):
        "gives defined (misses other): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("security_partnership_title", "20(b)"):
        "gives refusal_grounds, domestic_law, human_rights (adds domestic_law): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("security_partnership_title", "21(1)(g)"):
        "gives refusal_grounds, human_rights, proportionality, use_limitation (adds use_limitation): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("security_partnership_title", "22(2)"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("security_partnership_title", "22(3)"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("security_partnership_title", "23(1)(b)"):
        "gives human_rights (misses proportionality): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("security_partnership_title", "24(2)"):
        "gives human_rights (misses proportionality; adds human_rights): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("security_partnership_title", "25(1)(c)"):
        "gives use_limitation (misses human_rights): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("security_partnership_title", "25(1)(d)"):
        "gives refusal_grounds, judicial_oversight, use_limitation (adds judicial_oversight): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("security_partnership_title", "26(3)"):
        "gives any, domestic_law (adds domestic_law): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("security_partnership_title", "27(1)(a)"):
        "gives defined, refusal_grounds (adds defined): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("security_partnership_title", "27(2)"):
        "gives defined, serious (misses dual_criminality, refusal_grounds): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("security_partnership_title", "29(2)"):
        "gives any, domestic_law, proportionality, use_limitation (adds any): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("security_partnership_title", "31(1)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("security_partnership_title", "32(1)"):
        "gives defined, any (adds defined): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("security_partnership_title", "32(2)"):
        "gives defined (misses treaty): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("security_partnership_title", "32(3)"):
        "gives domestic_law, data_protection, use_limitation (misses refusal_grounds; adds data_protection): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("security_partnership_title", "35(2)(b)"):
        "gives any (misses other; adds any): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("security_partnership_title", "35(3)"):
        "gives serious, any (misses defined; adds any): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("security_partnership_title", "40(1)"):
        "gives no label (misses defined): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("security_partnership_title", "40(2)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("security_partnership_title", "42(1)"):
        "gives data_protection (misses human_rights): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("security_partnership_title", "42(2)"):
        "gives data_protection (misses judicial_oversight): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("security_partnership_title", "42(3)"):
        "gives human_rights, judicial_oversight, data_protection (adds judicial_oversight): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("security_partnership_title", "46(2)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("sentenced_persons_convention", "3(1)(d)"):
        "gives human_rights, proportionality (adds proportionality): read blind on 2026-12-04, not yet studied",
    ("sentenced_persons_convention", "8(3)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-04, not yet studied",
    ("sentenced_persons_convention", "10(4)"):
        "gives domestic_law, use_limitation (adds use_limitation): read blind on 2026-12-04, not yet studied",
    ("southeast_mla_treaty", "2(1)(a)"):
        "gives no label (misses any): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("southeast_mla_treaty", "2(1)(b)"):
        "gives no label (misses any): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("southeast_mla_treaty", "5(1)(d)"):
        "gives dual_criminality, refusal_grounds (misses domestic_law; adds dual_criminality): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("southeast_mla_treaty", "5(2)(b)"):
        "gives refusal_grounds (misses serious): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("southeast_mla_treaty", "5(3)(a)"):
        "gives defined, refusal_grounds, human_rights (adds human_rights): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("southeast_mla_treaty", "5(8)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("southeast_mla_treaty", "7(2)(e)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("southeast_mla_treaty", "12(2)"):
        "gives domestic_law (misses judicial_oversight): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("southeast_mla_treaty", "14(2)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("southeast_mla_treaty", "17(3)"):
        "gives domestic_law (misses other, any): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("southeast_mla_treaty", "23(6)"):
        "gives human_rights (misses judicial_oversight): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("special_investigations_protocol", "preamble(7)"):
        "gives judicial_oversight, proportionality, data_protection (adds data_protection): read blind on 2026-12-05 (evening); still missed after its study",
    ("special_investigations_protocol", "6(6)"):
        "gives human_rights, use_limitation (adds use_limitation): read blind on 2026-12-05 (evening); still missed after its study",
    ("special_investigations_protocol", "7(7)"):
        "gives no label (misses defined): read blind on 2026-12-05 (evening); still missed after its study",
    ("special_investigations_protocol", "7(7)(b)"):
        "gives serious (misses defined; adds serious): read blind on 2026-12-05 (evening); still missed after its study",
    ("special_investigations_protocol", "9(2)(d)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-05 (evening); still missed after its study",
    ("special_investigations_protocol", "10(3)"):
        "gives human_rights, use_limitation (adds human_rights): read blind on 2026-12-05 (evening); still missed after its study",
    ("special_investigations_protocol", "15(4)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-05 (evening); still missed after its study",
    ("special_investigations_protocol", "20(2)"):
        "gives judicial_oversight (adds judicial_oversight): missed by the model trained with the drafts (2026-12-06, late)",
    ("sports_manipulation_convention", "8(2)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-05 (third night); still missed after its study",
    ("sports_manipulation_convention", "10(c)"):
        "gives no label (misses defined): read blind on 2026-12-05 (third night); still missed after its study",
    ("sports_manipulation_convention", "12(3)"):
        "gives use_limitation (misses defined): read blind on 2026-12-05 (third night); still missed after its study",
    ("sports_manipulation_convention", "14(1)(c)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-05 (third night); still missed after its study",
    ("sports_manipulation_convention", "23(1)(c)"):
        "gives no label (misses other): read blind on 2026-12-05 (third night); still missed after its study",
    ("sports_manipulation_convention", "29(2)"):
        "gives proportionality, data_protection, use_limitation (adds use_limitation): missed by the model retrained after the six drafts of session 36 joined the training",
    ("sports_manipulation_convention", "29(3)"):
        "gives refusal_grounds, data_protection, use_limitation (adds use_limitation): read blind on 2026-12-05 (third night); still missed after its study",
    ("sports_manipulation_convention", "31(b)"):
        "gives judicial_oversight, data_protection (adds judicial_oversight, data_protection): read blind on 2026-12-05 (third night); still missed after its study",
    ("swiss_style_police_treaty", "preamble(6)"):
        "gives other (adds other): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("swiss_style_police_treaty", "preamble(8)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("swiss_style_police_treaty", "1(2)"):
        "gives human_rights (misses domestic_law): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("swiss_style_police_treaty", "5(1)"):
        "gives domestic_law (misses any): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("swiss_style_police_treaty", "5(2)(d)"):
        "gives no label (misses proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("swiss_style_police_treaty", "5(2)(f)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("swiss_style_police_treaty", "5(3)"):
        "gives serious, domestic_law, judicial_oversight, data_protection, use_limitation (misses dual_criminality; adds data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("swiss_style_police_treaty", "6(1)"):
        "gives any, domestic_law, data_protection (misses proportionality; adds data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("swiss_style_police_treaty", "6(3)"):
        "gives proportionality (misses data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("swiss_style_police_treaty", "7(1)"):
        "gives defined (misses serious; adds defined): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("swiss_style_police_treaty", "7(2)"):
        "gives proportionality (misses defined): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("swiss_style_police_treaty", "7(2)(b)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("swiss_style_police_treaty", "8(2)"):
        "gives no label (misses proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("swiss_style_police_treaty", "8(4)"):
        "gives no label (misses proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("swiss_style_police_treaty", "9(2)"):
        "gives no label (misses defined): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("swiss_style_police_treaty", "9(2)(a)(2)"):
        "gives serious (misses defined; adds serious): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("swiss_style_police_treaty", "9(3)"):
        "gives serious (misses defined): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("swiss_style_police_treaty", "12a(2)"):
        "gives domestic_law (misses refusal_grounds): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("swiss_style_police_treaty", "12a(5)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("swiss_style_police_treaty", "13(3)"):
        "gives no label (misses human_rights): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("swiss_style_police_treaty", "14(1)(b)"):
        "gives other (misses proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("swiss_style_police_treaty", "14(3)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("swiss_style_police_treaty", "20(2)"):
        "gives dual_criminality, domestic_law (adds domestic_law): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("swiss_style_police_treaty", "21(1)(e)"):
        "gives refusal_grounds (misses human_rights): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("swiss_style_police_treaty", "23(1)"):
        "gives refusal_grounds (misses use_limitation; adds refusal_grounds): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("swiss_style_police_treaty", "23(3)"):
        "gives data_protection, use_limitation (misses domestic_law): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("swiss_style_police_treaty", "23(4)"):
        "gives refusal_grounds (misses use_limitation; adds refusal_grounds): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("swiss_style_police_treaty", "24(2)"):
        "gives dual_criminality, domestic_law, data_protection, use_limitation (adds dual_criminality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("swiss_style_police_treaty", "24(3)"):
        "gives proportionality, data_protection (misses human_rights): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("swiss_style_police_treaty", "24(4)"):
        "gives domestic_law (misses proportionality, data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("swiss_style_police_treaty", "25(1)"):
        "gives proportionality, data_protection (misses domestic_law): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("swiss_style_police_treaty", "25(2)"):
        "gives data_protection, use_limitation (adds use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("swiss_style_police_treaty", "27(2)"):
        "gives data_protection, use_limitation (adds use_limitation): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("swiss_style_police_treaty", "27(3)"):
        "gives data_protection (misses judicial_oversight): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("swiss_style_police_treaty", "29(1)"):
        "gives data_protection (misses human_rights): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("swiss_style_police_treaty", "29(2)"):
        "gives no label (misses human_rights, data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("swiss_style_police_treaty", "29(3)"):
        "gives human_rights, judicial_oversight, proportionality, data_protection (adds judicial_oversight, proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("swiss_style_police_treaty", "30(1)"):
        "gives data_protection (misses judicial_oversight): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("swiss_style_police_treaty", "30(3)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("swiss_style_police_treaty", "31(1)"):
        "gives human_rights, data_protection (misses judicial_oversight): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("swiss_style_police_treaty", "32(2)"):
        "gives any, data_protection, use_limitation (misses proportionality; adds any): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("swiss_style_police_treaty", "33(1)"):
        "gives no label (misses domestic_law, proportionality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("swiss_style_police_treaty", "34(1)"):
        "gives defined, dual_criminality (adds dual_criminality): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("swiss_style_police_treaty", "38(4)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-08 (session 44); still missed after its study (the model of session 36, not trained on them)",
    ("tax_information_agreement", "preamble(5)"):
        "gives no label (misses defined, serious): read blind on 2026-12-05 (second night); still missed after its study",
    ("tax_information_agreement", "5(1)"):
        "gives no label (misses proportionality): missed by the model retrained after the six drafts of session 36 joined the training",
    ("tax_information_agreement", "15(3)"):
        "gives defined, serious, proportionality (adds defined, serious): read blind on 2026-12-05 (second night); still missed after its study",
    ("tax_information_agreement", "16(5)"):
        "gives domestic_law, human_rights, proportionality (misses judicial_oversight): read blind on 2026-12-05 (second night); still missed after its study",
    ("tax_information_agreement", "17(4)"):
        "gives treaty, dual_criminality, domestic_law, use_limitation (adds dual_criminality): read blind on 2026-12-05 (second night); still missed after its study",
    ("tax_information_agreement", "18(2)"):
        "gives judicial_oversight, use_limitation (adds judicial_oversight): read blind on 2026-12-05 (second night); still missed after its study",
    ("tax_information_agreement", "18(3)"):
        "gives human_rights, use_limitation (adds human_rights): read blind on 2026-12-05 (second night); still missed after its study",
    ("tax_information_agreement", "20(2)(a)"):
        "gives defined, serious, refusal_grounds, non_discrimination (adds defined, serious): read blind on 2026-12-05 (second night); still missed after its study",
    ("tax_information_agreement", "26(2)"):
        "gives data_protection, use_limitation (adds data_protection, use_limitation): read blind on 2026-12-05 (second night); still missed after its study",
    ("terrorism_prevention_convention", "preamble(10)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-06 (late evening); still missed after its study",
    ("terrorism_prevention_convention", "2"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (late evening); still missed after its study",
    ("terrorism_prevention_convention", "5(2)"):
        "gives human_rights, proportionality (misses judicial_oversight): read blind on 2026-12-06 (late evening); still missed after its study",
    ("terrorism_prevention_convention", "6(2)"):
        "gives defined (misses treaty): read blind on 2026-12-06 (late evening); still missed after its study",
    ("terrorism_prevention_convention", "8(1)"):
        "gives treaty (adds treaty): read blind on 2026-12-06 (late evening); still missed after its study",
    ("terrorism_prevention_convention", "8(3)"):
        "gives defined (misses treaty): read blind on 2026-12-06 (late evening); still missed after its study",
    ("terrorism_prevention_convention", "9(1)(a)"):
        "gives no label (misses treaty): missed since the document model of session 39 (the model of session 36)",
    ("terrorism_prevention_convention", "9(1)(b)"):
        "gives no label (misses defined): read blind on 2026-12-06 (late evening); still missed after its study",
    ("terrorism_prevention_convention", "13(2)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06 (late evening); still missed after its study",
    ("terrorism_prevention_convention", "18(3)"):
        "gives treaty, human_rights, judicial_oversight, proportionality (misses defined): read blind on 2026-12-06 (late evening); still missed after its study",
    ("terrorism_prevention_convention", "19(1)(c)"):
        "gives no label (misses other): read blind on 2026-12-06 (late evening); still missed after its study",
    ("terrorism_prevention_convention", "20(1)(d)"):
        "gives no label (misses defined): read blind on 2026-12-06 (late evening); still missed after its study",
    ("terrorism_prevention_convention", "23(7)"):
        "gives refusal_grounds (adds refusal_grounds): read blind on 2026-12-06 (late evening); still missed after its study",
    ("terrorism_prevention_convention", "29(2)"):
        "gives human_rights, data_protection (adds human_rights): read blind on 2026-12-06 (late evening); still missed after its study",
    ("terrorism_prevention_convention", "36(1)"):
        "gives dual_criminality, refusal_grounds (misses treaty): read blind on 2026-12-06 (late evening); still missed after its study",
    ("terrorism_separatism_extremism_convention", "1(1)(4)"):
        "gives no label (misses defined, treaty): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("terrorism_separatism_extremism_convention", "3(1)"):
        "gives defined (misses treaty): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("terrorism_separatism_extremism_convention", "3(2)"):
        "gives defined (misses treaty): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("terrorism_separatism_extremism_convention", "3(3)"):
        "gives defined (misses treaty): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("terrorism_separatism_extremism_convention", "6(4)"):
        "gives treaty (misses defined): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("terrorism_separatism_extremism_convention", "9(1)(2)"):
        "gives treaty (misses defined): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("terrorism_separatism_extremism_convention", "9(1)(4)"):
        "gives no label (misses defined, treaty): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("terrorism_separatism_extremism_convention", "9(2)"):
        "gives defined, treaty, any (adds any): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("terrorism_separatism_extremism_convention", "10(3)"):
        "gives treaty, domestic_law, proportionality (misses defined, judicial_oversight): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("terrorism_separatism_extremism_convention", "12(1)"):
        "gives defined, treaty, serious, dual_criminality, proportionality (misses domestic_law): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("terrorism_separatism_extremism_convention", "13(1)"):
        "gives defined, treaty, any, domestic_law (adds any): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("terrorism_separatism_extremism_convention", "14(3)(7)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("terrorism_separatism_extremism_convention", "21(1)"):
        "gives defined, treaty (adds defined, treaty): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("terrorism_separatism_extremism_convention", "24(4)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("terrorism_separatism_extremism_convention", "annex(8)"):
        "gives treaty (adds treaty): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("terrorism_suppression_convention_protocol", "2(2)"):
        "gives serious (misses refusal_grounds): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("terrorism_suppression_convention_protocol", "6(2)"):
        "gives defined, serious, dual_criminality (adds defined): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("terrorism_suppression_convention_protocol", "7(1)"):
        "gives defined, refusal_grounds (misses serious): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("terrorism_suppression_convention_protocol", "7(2)"):
        "gives refusal_grounds (misses serious): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("terrorism_suppression_convention_protocol", "9(3)"):
        "gives domestic_law, judicial_oversight (misses refusal_grounds): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("terrorism_suppression_convention_protocol", "1@2(h)"):
        "gives defined (adds defined): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("terrorism_suppression_convention_protocol", "2@2(2)"):
        "gives treaty (adds treaty): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("terrorism_suppression_convention_protocol", "10@2(6)"):
        "gives refusal_grounds, proportionality (adds proportionality): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("terrorism_suppression_convention_protocol", "16@2(4)"):
        "gives defined (misses refusal_grounds): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("terrorist_fighters_resolution", "preamble(9)"):
        "gives no label (misses non_discrimination): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("terrorist_fighters_resolution", "preamble(19)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("terrorist_fighters_resolution", "1(a)"):
        "gives no label (misses treaty): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("terrorist_fighters_resolution", "1(b)"):
        "gives no label (misses defined): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("terrorist_fighters_resolution", "1(c)"):
        "gives no label (misses defined): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("terrorist_fighters_resolution", "2"):
        "gives treaty (misses defined): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("terrorist_fighters_resolution", "4"):
        "gives domestic_law, human_rights, judicial_oversight (misses defined): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("terrorist_fighters_resolution", "6"):
        "gives defined, human_rights (misses domestic_law): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("terrorist_fighters_resolution", "9"):
        "gives serious, use_limitation (misses data_protection): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("terrorist_fighters_resolution", "10"):
        "gives human_rights (misses domestic_law): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("terrorist_fighters_resolution", "10(a)"):
        "gives proportionality, data_protection, use_limitation (misses domestic_law): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("terrorist_fighters_resolution", "10(b)"):
        "gives no label (misses data_protection): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("terrorist_fighters_resolution", "10(c)"):
        "gives non_discrimination (misses data_protection): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("terrorist_fighters_resolution", "10(d)"):
        "gives judicial_oversight, proportionality (misses domestic_law, data_protection): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("terrorist_fighters_resolution", "11"):
        "gives domestic_law, human_rights, data_protection (misses proportionality): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("terrorist_fighters_resolution", "12"):
        "gives no label (misses domestic_law): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("terrorist_fighters_resolution", "16"):
        "gives dual_criminality (misses domestic_law): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("terrorist_fighters_resolution", "17"):
        "gives refusal_grounds, non_discrimination, human_rights (misses domestic_law): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("terrorist_fighters_resolution", "18"):
        "gives defined, any, domestic_law, human_rights (adds any): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("terrorist_fighters_resolution", "20(a)"):
        "gives proportionality (misses domestic_law): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("terrorist_fighters_resolution", "20(d)"):
        "gives no label (misses serious): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("terrorist_fighters_resolution", "22"):
        "gives domestic_law, human_rights, judicial_oversight, proportionality, use_limitation (adds use_limitation): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("terrorist_fighters_resolution", "23"):
        "gives other, any (misses domestic_law, proportionality): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("terrorist_fighters_resolution", "24(b)"):
        "gives judicial_oversight (misses domestic_law, human_rights): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("terrorist_fighters_resolution", "24(c)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("terrorist_fighters_resolution", "24(d)"):
        "gives no label (misses human_rights): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("terrorist_fighters_resolution", "25"):
        "gives no label (misses human_rights): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("terrorist_fighters_resolution", "28(c)"):
        "gives no label (misses defined): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("terrorist_fighters_resolution", "28(d)"):
        "gives no label (misses human_rights): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("terrorist_fighters_resolution", "28(e)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("terrorist_fighters_resolution", "29"):
        "gives human_rights (misses judicial_oversight): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("terrorist_fighters_resolution", "30"):
        "gives human_rights (adds human_rights): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("terrorist_fighters_resolution", "32"):
        "gives non_discrimination, human_rights (adds human_rights): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("terrorist_fighters_resolution", "35"):
        "gives human_rights (misses proportionality): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("terrorist_fighters_resolution", "36"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("terrorist_fighters_resolution", "37"):
        "gives human_rights (adds human_rights): read blind on 2026-12-07 (session 40, third round); still missed after its study in session 41 (the model of session 36, not trained on them)",
    ("terrorist_financing_convention", "2(2)"):
        "gives treaty (adds treaty): read blind on 2026-12-06 (late evening); still missed after its study",
    ("terrorist_financing_convention", "7(1)"):
        "gives defined, treaty, any (adds treaty, any): read blind on 2026-12-06 (late evening); still missed after its study",
    ("terrorist_financing_convention", "9(3)"):
        "gives human_rights, judicial_oversight (misses proportionality): missed by the model retrained after the six drafts of session 36 joined the training",
    ("terrorist_financing_convention", "11(3)"):
        "gives defined, serious, domestic_law (adds serious): read blind on 2026-12-06 (late evening); still missed after its study",
    ("terrorist_financing_convention", "11(7)"):
        "gives refusal_grounds, domestic_law (adds domestic_law): missed by the model trained with the drafts (2026-12-06, late)",
    ("torture_prevention_convention", "1(b)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("torture_prevention_convention", "1(d)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("torture_prevention_convention", "4(1)"):
        "gives no label (misses human_rights): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("torture_prevention_convention", "5(2)"):
        "gives no label (misses defined): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("torture_prevention_convention", "8"):
        "gives no label (misses defined): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("torture_prevention_convention", "9(3)"):
        "gives no label (misses defined): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("torture_prevention_convention", "10(2)"):
        "gives no label (misses defined): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("torture_prevention_convention", "18(2)"):
        "gives no label (misses human_rights): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("torture_prevention_convention", "20(3)"):
        "gives no label (misses human_rights): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("torture_prevention_convention", "21(1)"):
        "gives human_rights (misses refusal_grounds): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("torture_prevention_convention", "22(1)(b)"):
        "gives defined, treaty (adds defined): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("torture_prevention_convention", "22(2)"):
        "gives any (misses domestic_law): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("torture_prevention_convention", "23(1)"):
        "gives defined, serious (adds serious): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("torture_prevention_convention", "24(3)"):
        "gives judicial_oversight, use_limitation (misses human_rights; adds judicial_oversight): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("torture_prevention_convention", "25(1)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("torture_prevention_convention", "26(2)(a)"):
        "gives dual_criminality, domestic_law (adds dual_criminality): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("torture_prevention_convention", "26(3)"):
        "gives defined (misses use_limitation): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("torture_prevention_convention", "27(1)"):
        "gives defined, other (adds other): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("torture_prevention_convention", "28(2)"):
        "gives refusal_grounds, human_rights (misses non_discrimination): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("torture_prevention_convention", "33(2)"):
        "gives no label (misses human_rights): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("torture_prevention_convention", "33(3)"):
        "gives no label (misses human_rights): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("torture_prevention_convention", "34"):
        "gives proportionality (adds proportionality): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("torture_prevention_convention", "36(1)"):
        "gives no label (misses human_rights): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("torture_prevention_convention", "36(2)(a)"):
        "gives use_limitation (misses human_rights; adds use_limitation): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("torture_prevention_convention", "36(2)(b)"):
        "gives no label (misses human_rights): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("torture_prevention_convention", "36(3)"):
        "gives judicial_oversight, proportionality (misses domestic_law, human_rights): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("torture_prevention_convention", "38(2)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("torture_prevention_convention", "39(4)(c)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("torture_prevention_convention", "39(4)(d)"):
        "gives human_rights, use_limitation (adds human_rights, use_limitation): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("torture_prevention_convention", "39(5)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("torture_prevention_convention", "40(2)"):
        "gives serious (adds serious): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("torture_prevention_convention", "41(2)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("trafficking_protocol_draft", "2(b)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-05 (evening); still missed after its study",
    ("trafficking_protocol_draft", "7(1)(b)"):
        "gives defined (adds defined): missed by the model retrained after the six drafts of session 35 joined the training",
    ("trafficking_protocol_draft", "7(4)"):
        "gives no label (misses any): read blind on 2026-12-05 (evening); still missed after its study",
    ("trafficking_protocol_draft", "17(5)"):
        "gives defined, domestic_law (adds domestic_law): read blind on 2026-12-05 (evening); still missed after its study",
    ("trafficking_protocol_draft", "21(2)"):
        "gives defined, serious, domestic_law (adds defined): read blind on 2026-12-05 (evening); still missed after its study",
    ("trafficking_protocol_draft", "26(2)"):
        "gives defined, serious, dual_criminality (adds defined): read blind on 2026-12-05 (evening); still missed after its study",
    ("trafficking_protocol_draft", "26(4)"):
        "gives no label (misses serious): read blind on 2026-12-05 (evening); still missed after its study",
    ("transfer_of_proceedings_convention", "1(a)"):
        "gives any, judicial_oversight (adds judicial_oversight): read blind on 2026-12-04 (night)",
    ("transfer_of_proceedings_convention", "3(1)"):
        "gives no label (misses any): read blind on 2026-12-04 (night)",
    ("transfer_of_proceedings_convention", "4(1)"):
        "gives no label (misses any): read blind on 2026-12-04 (night)",
    ("transfer_of_proceedings_convention", "5(3)"):
        "gives domestic_law, proportionality (adds proportionality): read blind on 2026-12-04 (night)",
    ("transfer_of_proceedings_convention", "9(2)"):
        "gives proportionality (adds domestic_law, proportionality): read blind on 2026-12-04 (night)",
    ("transfer_of_proceedings_convention", "19(2)(f)"):
        "gives serious (adds serious): read blind on 2026-12-04 (night)",
    ("transfer_of_proceedings_convention", "21(6)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-04 (night)",
    ("transfer_of_proceedings_convention", "28(1)(b)"):
        "gives dual_criminality (misses defined): read blind on 2026-12-04 (night)",
    ("trilateral_police_agreement", "1(2)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "1(3)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "2(13)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "3(2)(1)"):
        "gives serious, domestic_law (adds domestic_law): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "3(2)(2)"):
        "gives serious (misses defined, dual_criminality): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "3(2)(3)"):
        "gives dual_criminality (misses any): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "4"):
        "gives serious (misses defined, dual_criminality; adds serious): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "4(9)"):
        "gives other (misses defined): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "6(1)(1)"):
        "gives dual_criminality (adds dual_criminality): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "6(1)(2)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "6(3)"):
        "gives defined, serious (adds serious): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "9(1)"):
        "gives serious, proportionality, data_protection (misses defined, any; adds data_protection): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "11(1)"):
        "gives serious (misses proportionality): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "11(3)"):
        "gives defined, serious (misses proportionality; adds serious): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "11(4)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "11(5)"):
        "gives domestic_law (misses proportionality): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "12(1)"):
        "gives defined, serious (misses proportionality; adds serious): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "12(2)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "12(4)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "12(5)"):
        "gives proportionality (misses domestic_law): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "13(1)"):
        "gives dual_criminality (misses serious, proportionality): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "13(2)"):
        "gives domestic_law (misses proportionality): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "14(1)"):
        "gives dual_criminality (misses any, proportionality): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "14(2)"):
        "gives domestic_law (misses proportionality): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "14(3)"):
        "gives domestic_law, proportionality, use_limitation (misses human_rights; adds use_limitation): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "14(4)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "16(1)(1)"):
        "gives no label (misses domestic_law): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "16(1)(3)"):
        "gives proportionality (misses human_rights): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "19(2)"):
        "gives other, dual_criminality, domestic_law (misses treaty, serious, any, refusal_grounds): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "19(4)"):
        "gives domestic_law (misses judicial_oversight): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "20(3)(2)"):
        "gives domestic_law, use_limitation (misses refusal_grounds): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "21(2)"):
        "gives data_protection, use_limitation (misses human_rights, proportionality): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "22(3)"):
        "gives no label (misses data_protection): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "23(2)"):
        "gives domestic_law, proportionality (misses use_limitation): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "24(1)"):
        "gives domestic_law (misses any): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "24(2)"):
        "gives no label (misses any, domestic_law, proportionality): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "24(3)"):
        "gives no label (misses data_protection): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "24(4)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "24(4)(2)"):
        "gives no label (misses domestic_law): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "25(1)"):
        "gives serious, dual_criminality (misses defined): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "25(2)"):
        "gives domestic_law (misses proportionality): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "25(3)"):
        "gives no label (misses data_protection): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "26(2)"):
        "gives judicial_oversight (misses refusal_grounds, domestic_law): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "27(1)"):
        "gives data_protection (misses proportionality): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "27(2)"):
        "gives data_protection (misses defined, proportionality): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "27(3)"):
        "gives data_protection, use_limitation (misses proportionality): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "28(1)"):
        "gives data_protection (misses human_rights): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "28(4)"):
        "gives proportionality, data_protection (misses non_discrimination): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "29(2)"):
        "gives data_protection, use_limitation (misses proportionality): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "30(2)"):
        "gives judicial_oversight, data_protection (misses human_rights): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "30(4)"):
        "gives domestic_law, data_protection (misses use_limitation): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "31(2)(1)"):
        "gives judicial_oversight (misses data_protection; adds judicial_oversight): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "31(3)"):
        "gives defined, data_protection (misses proportionality, use_limitation): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "32(2)"):
        "gives judicial_oversight (misses data_protection): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "32(3)"):
        "gives judicial_oversight (misses data_protection): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "32(4)"):
        "gives human_rights, judicial_oversight (misses data_protection; adds human_rights): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "33(1)"):
        "gives data_protection (misses human_rights): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "33(2)"):
        "gives data_protection (misses human_rights): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "33(3)"):
        "gives judicial_oversight, proportionality, data_protection (misses human_rights; adds proportionality): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "33(5)"):
        "gives no label (misses human_rights): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "34(1)"):
        "gives judicial_oversight, data_protection (adds judicial_oversight): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "34(2)"):
        "gives data_protection, use_limitation (misses proportionality): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "34(3)"):
        "gives data_protection, use_limitation (misses proportionality): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "35(1)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "41(1)"):
        "gives no label (misses defined): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "42(2)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "43(3)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "final@2(8)"):
        "gives non_discrimination, human_rights (misses proportionality, data_protection): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("trilateral_police_agreement", "final@2(9)"):
        "gives judicial_oversight (misses human_rights, data_protection; adds judicial_oversight): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("un_further_revised_draft", "preamble(3)"):
        "gives other (adds other): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("un_further_revised_draft", "8(1)"):
        "gives no label (misses defined): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("un_further_revised_draft", "8(2)"):
        "gives defined (adds defined): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("un_further_revised_draft", "16(2)"):
        "gives defined, serious (misses other): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("un_further_revised_draft", "25(2)"):
        "gives data_protection (misses proportionality; adds data_protection): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("un_further_revised_draft", "26(1)"):
        "gives defined (misses other): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("un_further_revised_draft", "29(1)"):
        "gives defined (adds defined): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("un_further_revised_draft", "30(3)"):
        "gives domestic_law (misses judicial_oversight): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("un_further_revised_draft", "32(2)"):
        "gives human_rights, data_protection (misses proportionality): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("un_further_revised_draft", "34(1)"):
        "gives defined (misses serious, any): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("un_further_revised_draft", "35(1)"):
        "gives defined, any (misses serious): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("un_further_revised_draft", "36(2)(d)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("un_further_revised_draft", "37(3)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("un_further_revised_draft", "41(2)"):
        "gives data_protection, use_limitation (adds data_protection): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("un_further_revised_draft", "42(1)"):
        "gives defined (misses proportionality): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("un_further_revised_draft", "44(1)"):
        "gives defined (adds defined): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("un_further_revised_draft", "44(3)"):
        "gives defined (adds defined): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("un_further_revised_draft", "45(2)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("un_further_revised_draft", "45(2)(a)"):
        "gives defined (adds defined): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("un_further_revised_draft", "45(2)(c)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("un_further_revised_draft", "47(1)"):
        "gives defined (adds defined): read blind on 2026-12-07 (session 36); missed by the model trained with them",
    ("un_ict_draft", "30"):
        "gives other: other in a prevention policy (an aim)",
    ("un_revised_draft", "preamble(5)"):
        "gives other (adds other): read blind on 2026-12-04 (evening)",
    ("un_revised_draft", "23(7)(b)"):
        "gives refusal_grounds, domestic_law (adds domestic_law): missed by the model trained with the drafts (2026-12-06, late)",
    ("un_revised_draft", "33(2)"):
        "gives domestic_law (misses proportionality): missed by the model retrained after the six drafts of session 36 joined the training",
    ("un_revised_draft", "34(2)(b)"):
        "gives defined (adds defined): read blind on 2026-12-04 (evening)",
    ("un_zero_draft", "29"):
        "gives defined, proportionality: proportionality on 'case by case'",
    ("un_zero_draft", "31(1)"):
        "gives defined: no other: 'the use of information and communications technologies for criminal purposes'",
    ("union_cyber_data_convention", "preamble(5)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "preamble(7)"):
        "gives human_rights (misses non_discrimination): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "preamble(8)"):
        "gives no label (misses data_protection): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "2(2)"):
        "gives human_rights (misses data_protection): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "3(1)(a)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "4"):
        "gives proportionality, data_protection (misses use_limitation): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "5(1)"):
        "gives proportionality, data_protection (misses human_rights): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "5(1)(a)"):
        "gives proportionality, data_protection (adds proportionality): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "5(1)(b)"):
        "gives proportionality, data_protection (adds proportionality): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "5(1)(c)"):
        "gives proportionality, data_protection (adds proportionality): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "5(1)(d)"):
        "gives proportionality, data_protection (adds proportionality): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "5(1)(e)"):
        "gives human_rights, proportionality, data_protection (adds proportionality): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "5(2)"):
        "gives no label (misses human_rights, data_protection): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "5(3)"):
        "gives data_protection (misses human_rights): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "6(1)"):
        "gives non_discrimination, data_protection (adds non_discrimination): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "6(2)"):
        "gives no label (misses data_protection): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "6(2)(a)"):
        "gives domestic_law, data_protection, use_limitation (misses human_rights; adds domestic_law, use_limitation): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "6(2)(b)"):
        "gives no label (misses data_protection): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "6(2)(d)"):
        "gives no label (misses data_protection): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "6(2)(f)"):
        "gives proportionality, data_protection (misses human_rights; adds proportionality): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "6(3)"):
        "gives data_protection (misses judicial_oversight): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "7(1)"):
        "gives no label (misses human_rights, data_protection): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "7(2)"):
        "gives no label (misses human_rights, data_protection): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "8(2)"):
        "gives human_rights, judicial_oversight, data_protection (adds human_rights): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "8(3)"):
        "gives no label (misses data_protection): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "8(3)(a)"):
        "gives data_protection (misses human_rights): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "8(3)(c)"):
        "gives no label (misses data_protection): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "8(3)(d)"):
        "gives no label (misses judicial_oversight, data_protection): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "8(4)"):
        "gives no label (misses judicial_oversight, data_protection): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "9(3)"):
        "gives data_protection (misses human_rights, judicial_oversight): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "11(1)"):
        "gives human_rights, proportionality (misses data_protection; adds proportionality): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "11(2)"):
        "gives no label (misses judicial_oversight, proportionality, data_protection): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "12(2)"):
        "gives no label (misses data_protection): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "12(4)"):
        "gives data_protection (misses judicial_oversight): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "13(2)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "13(3)"):
        "gives data_protection (misses judicial_oversight): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "13(4)"):
        "gives domestic_law, judicial_oversight, proportionality, data_protection (adds domestic_law, proportionality): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "14(3)"):
        "gives human_rights, proportionality, data_protection (adds proportionality): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "16(2)(a)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "16(2)(c)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "17(2)"):
        "gives data_protection, use_limitation (adds data_protection, use_limitation): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "23"):
        "gives defined, data_protection (adds data_protection): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "24(1)"):
        "gives no label (misses defined, other): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "24(2)"):
        "gives no label (misses other): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "25(2)"):
        "gives no label (misses defined): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "27(2)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "29(3)"):
        "gives human_rights, judicial_oversight, proportionality, data_protection, use_limitation (adds use_limitation): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "30(4)"):
        "gives no label (misses human_rights, proportionality, data_protection): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "31(4)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "32(3)"):
        "gives judicial_oversight (misses serious): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "32(4)"):
        "gives human_rights, judicial_oversight, proportionality (adds proportionality): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "33(2)"):
        "gives serious, domestic_law, judicial_oversight, proportionality (adds domestic_law): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "33(4)"):
        "gives judicial_oversight (misses human_rights, proportionality, data_protection): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "37(1)"):
        "gives refusal_grounds (misses domestic_law): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "37(1)(e)"):
        "gives refusal_grounds, domestic_law, data_protection (misses proportionality): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "39(4)"):
        "gives use_limitation (misses human_rights): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "41(1)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_cyber_data_convention", "42"):
        "gives human_rights (adds human_rights): read blind on 2026-12-07 (session 41); still missed after its study (the model of session 36, not trained on them)",
    ("union_mla_extradition_agreement", "preamble(12)"):
        "gives data_protection (misses use_limitation): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("union_mla_extradition_agreement", "preamble(13)"):
        "gives serious (misses non_discrimination): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("union_mla_extradition_agreement", "1"):
        "gives human_rights, proportionality (misses refusal_grounds, domestic_law): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("union_mla_extradition_agreement", "2(c)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("union_mla_extradition_agreement", "3"):
        "gives treaty, serious, any, dual_criminality, refusal_grounds (misses other): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("union_mla_extradition_agreement", "4"):
        "gives no label (misses human_rights): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("union_mla_extradition_agreement", "6"):
        "gives serious, dual_criminality, refusal_grounds (misses treaty): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("union_mla_extradition_agreement", "7(a)#2"):
        "gives refusal_grounds (misses human_rights): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("union_mla_extradition_agreement", "7(tail)"):
        "gives refusal_grounds (adds refusal_grounds): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("union_mla_extradition_agreement", "8"):
        "gives serious, refusal_grounds, domestic_law (adds serious): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("union_mla_extradition_agreement", "9"):
        "gives refusal_grounds, domestic_law (misses human_rights): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("union_mla_extradition_agreement", "10(tail)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("union_mla_extradition_agreement", "12"):
        "gives domestic_law, human_rights, use_limitation (misses judicial_oversight; adds use_limitation): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("union_mla_extradition_agreement", "13(a)"):
        "gives serious, human_rights, use_limitation (adds human_rights): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("union_mla_extradition_agreement", "13(c)"):
        "gives serious, proportionality, use_limitation (adds proportionality): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("union_mla_extradition_agreement", "16"):
        "gives refusal_grounds (misses human_rights, proportionality): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("union_mla_extradition_agreement", "18"):
        "gives serious, dual_criminality, refusal_grounds, domestic_law, proportionality, use_limitation (misses any): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("union_mla_extradition_agreement", "19(tail)"):
        "gives dual_criminality, domestic_law, human_rights (misses proportionality; adds dual_criminality): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("union_mla_extradition_agreement", "20"):
        "gives domestic_law, proportionality, use_limitation (misses refusal_grounds): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("union_mla_extradition_agreement", "22"):
        "gives serious, domestic_law, proportionality, use_limitation (misses human_rights; adds use_limitation): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("union_mla_extradition_agreement", "23"):
        "gives domestic_law, judicial_oversight (misses proportionality): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("union_mla_extradition_agreement", "23(tail)"):
        "gives domestic_law, use_limitation (misses human_rights, proportionality, data_protection): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("union_mla_extradition_agreement", "24"):
        "gives dual_criminality, refusal_grounds (misses any): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("union_mla_extradition_agreement", "26(a)"):
        "gives no label (misses use_limitation): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("union_mla_extradition_agreement", "26(c)"):
        "gives no label (misses use_limitation): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("union_mla_extradition_agreement", "26(tail)"):
        "gives domestic_law, data_protection, use_limitation (misses human_rights): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("union_mla_extradition_agreement", "27(a)"):
        "gives proportionality, data_protection, use_limitation (adds use_limitation): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("union_mla_extradition_agreement", "27(tail)"):
        "gives human_rights, judicial_oversight, proportionality, data_protection, use_limitation (misses non_discrimination): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("union_mla_extradition_agreement", "28(b)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("union_mla_extradition_agreement", "34"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 40, later); still missed after its study (the model of session 36, not trained on them)",
    ("violence_against_women_convention", "12(2)"):
        "gives data_protection, use_limitation (adds use_limitation): read blind on 2026-12-06 (evening); still missed after its study",
    ("violence_against_women_convention", "14(2)"):
        "gives defined (adds defined): read blind on 2026-12-06 (evening); still missed after its study",
    ("violence_against_women_convention", "16(1)(c)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (evening); still missed after its study",
    ("violence_against_women_convention", "16(1)(d)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (evening); still missed after its study",
    ("violence_against_women_convention", "17(d)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (evening); still missed after its study",
    ("violence_against_women_convention", "17(e)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (evening); still missed after its study",
    ("violence_against_women_convention", "25(2)(c)"):
        "gives human_rights (misses judicial_oversight): read blind on 2026-12-06 (evening); still missed after its study",
    ("violence_against_women_convention", "30(1)"):
        "gives defined, domestic_law (adds defined): read blind on 2026-12-06 (evening); still missed after its study",
    ("violence_against_women_convention", "31(2)"):
        "gives any, domestic_law (misses other): read blind on 2026-12-06 (evening); still missed after its study",
    ("violence_against_women_convention", "31(3)"):
        "gives defined, treaty (adds defined): read blind on 2026-12-06 (evening); still missed after its study",
    ("violence_against_women_convention", "35(2)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (evening); still missed after its study",
    ("virtual_assets_protocol", "preamble(11)"):
        "gives data_protection (misses human_rights, proportionality): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("virtual_assets_protocol", "III(2)"):
        "gives defined (misses any, domestic_law; adds defined): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("virtual_assets_protocol", "IV(3)"):
        "gives defined (adds defined): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("virtual_assets_protocol", "IV(4)"):
        "gives defined (adds defined): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("virtual_assets_protocol", "V(2)"):
        "gives any (adds any): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("virtual_assets_protocol", "V(2)(c)"):
        "gives no label (misses other): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("virtual_assets_protocol", "V(3)"):
        "gives any, dual_criminality (adds any, dual_criminality): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("virtual_assets_protocol", "VI(3)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("virtual_assets_protocol", "VII(2)"):
        "gives any (adds any): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("virtual_assets_protocol", "VIII(3)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("virtual_assets_protocol", "IX(3)"):
        "gives human_rights, judicial_oversight (misses domestic_law): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("virtual_assets_protocol", "X(2)"):
        "gives domestic_law (misses human_rights, proportionality): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("virtual_assets_protocol", "XI(2)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("virtual_assets_protocol", "XI(3)"):
        "gives defined, human_rights (misses judicial_oversight): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("virtual_assets_protocol", "XII(1)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("virtual_assets_protocol", "XII(2)"):
        "gives proportionality, data_protection (adds data_protection): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("virtual_assets_protocol", "XIII(1)(c)"):
        "gives no label (misses proportionality): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("virtual_assets_protocol", "XIV(3)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("virtual_assets_protocol", "XVIII(2)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("virtual_assets_protocol", "XVIII(3)"):
        "gives defined, domestic_law (misses proportionality): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("virtual_assets_protocol", "XX(2)"):
        "gives defined, domestic_law, human_rights (misses judicial_oversight): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("virtual_assets_protocol", "XXI(1)(e)"):
        "gives refusal_grounds, proportionality (adds proportionality): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("virtual_assets_protocol", "XXIV(1)"):
        "gives any (misses defined): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("virtual_assets_protocol", "XXIV(2)"):
        "gives any (misses domestic_law; adds any): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("virtual_assets_protocol", "XXIV(3)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("virtual_assets_protocol", "XXIV(5)"):
        "gives refusal_grounds, domestic_law (misses proportionality, data_protection, use_limitation): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("virtual_assets_protocol", "XXV(1)"):
        "gives no label (misses domestic_law, proportionality): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("virtual_assets_protocol", "XXV(2)(a)"):
        "gives any (misses defined): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("virtual_assets_protocol", "XXV(2)(b)"):
        "gives no label (misses domestic_law): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("virtual_assets_protocol", "XXVII(2)"):
        "gives no label (misses domestic_law): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("virtual_assets_protocol", "XXX(2)"):
        "gives any, data_protection, use_limitation (misses defined): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("virtual_assets_protocol", "XXX(3)"):
        "gives proportionality, data_protection (misses domestic_law): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("virtual_assets_protocol", "XXX(4)"):
        "gives data_protection, use_limitation (misses non_discrimination; adds use_limitation): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("virtual_assets_protocol", "XXX(6)"):
        "gives human_rights, judicial_oversight, data_protection (adds judicial_oversight): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("virtual_assets_protocol", "XXXI(3)"):
        "gives proportionality, use_limitation (adds proportionality): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("virtual_assets_protocol", "XXXII(2)"):
        "gives non_discrimination, human_rights, use_limitation (adds use_limitation): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("virtual_assets_protocol", "annex(d)"):
        "gives defined (misses other): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("virtual_assets_protocol", "annex(e)"):
        "gives treaty (misses defined): read blind on 2026-12-07 (session 39); still missed after its study (the model of session 36, not trained on them)",
    ("wildlife_forest_crime_convention", "preamble(8)"):
        "gives human_rights (misses non_discrimination): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("wildlife_forest_crime_convention", "7(2)(a)"):
        "gives defined, serious (adds serious): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("wildlife_forest_crime_convention", "10(2)"):
        "gives no label (misses defined): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("wildlife_forest_crime_convention", "10(3)"):
        "gives defined (misses treaty): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("wildlife_forest_crime_convention", "11(2)(a)"):
        "gives defined, serious (adds serious): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("wildlife_forest_crime_convention", "16(2)"):
        "gives no label (misses domestic_law, proportionality): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("wildlife_forest_crime_convention", "18(4)(d)"):
        "gives no label (misses human_rights): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("wildlife_forest_crime_convention", "19(2)"):
        "gives use_limitation (misses proportionality): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("wildlife_forest_crime_convention", "21(3)"):
        "gives domestic_law, proportionality, data_protection (adds domestic_law): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("wildlife_forest_crime_convention", "25(3)"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("wildlife_forest_crime_convention", "28(3)"):
        "gives proportionality (misses human_rights; adds proportionality): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("wildlife_forest_crime_convention", "33(1)"):
        "gives defined (adds defined): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("wildlife_forest_crime_convention", "33(2)"):
        "gives defined (adds defined): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("wildlife_forest_crime_convention", "34(1)"):
        "gives defined (adds defined): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("wildlife_forest_crime_convention", "34(2)"):
        "gives defined (misses human_rights; adds defined): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("wildlife_forest_crime_convention", "35(2)"):
        "gives non_discrimination (misses human_rights): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("wildlife_forest_crime_convention", "36(1)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("wildlife_forest_crime_convention", "37(4)"):
        "gives data_protection (misses judicial_oversight): read blind on 2026-12-07 (session 42); still missed after its study (the model of session 36, not trained on them)",
    ("witness_protection_convention", "preamble(8)"):
        "gives data_protection (adds data_protection): read blind late on 2026-12-05; still missed after its study",
    ("witness_protection_convention", "preamble(9)"):
        "gives proportionality (adds proportionality): read blind late on 2026-12-05; still missed after its study",
    ("witness_protection_convention", "5(2)"):
        "gives any (adds any): read blind late on 2026-12-05; still missed after its study",
    ("witness_protection_convention", "6(4)"):
        "gives proportionality (adds proportionality): read blind late on 2026-12-05; still missed after its study",
    ("witness_protection_convention", "7(1)"):
        "gives use_limitation (adds use_limitation): read blind late on 2026-12-05; still missed after its study",
    ("witness_protection_convention", "7(1)(a)"):
        "gives human_rights (adds human_rights): read blind late on 2026-12-05; still missed after its study",
    ("witness_protection_convention", "8(3)"):
        "gives domestic_law (misses judicial_oversight): read blind late on 2026-12-05; still missed after its study",
    ("witness_protection_convention", "20(3)"):
        "gives refusal_grounds, use_limitation (adds use_limitation): read blind late on 2026-12-05; still missed after its study",
    ("witness_protection_convention", "21(3)"):
        "gives use_limitation (adds use_limitation): read blind late on 2026-12-05; still missed after its study",
    ("witness_protection_convention", "23(3)"):
        "gives proportionality, data_protection (adds proportionality): read blind late on 2026-12-05; still missed after its study",
    ("witness_protection_convention", "24(2)"):
        "gives treaty, serious, any, use_limitation (adds any): read blind late on 2026-12-05; still missed after its study",
    ("xenophobia_protocol", "3(2)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (late evening); still missed after its study",
    ("xenophobia_protocol", "6(1)"):
        "gives defined, treaty (adds treaty): read blind on 2026-12-06 (late evening); still missed after its study",
    ("xenophobia_protocol", "9(2)"):
        "gives no label (misses defined): missed by the model retrained after the six drafts of session 36 joined the training",
    ("xenophobia_protocol", "9(3)"):
        "gives no label (misses defined): missed by the model retrained after the six drafts of session 36 joined the training",
    ("xenophobia_protocol", "11(2)(a)"):
        "gives proportionality (misses judicial_oversight): read blind on 2026-12-06 (late evening); still missed after its study",
    ("xenophobia_protocol", "11(2)(b)"):
        "gives defined, dual_criminality, judicial_oversight (adds defined): read blind on 2026-12-06 (late evening); still missed after its study",
    ("xenophobia_protocol", "12(4)(tail)"):
        "gives human_rights, proportionality, data_protection, use_limitation (adds human_rights): read blind on 2026-12-06 (late evening); still missed after its study",
}


def _labels(name: str) -> list[dict]:
    path = BLIND / f"{name}.labels.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


PATHS = {p.stem: p for p in draft_files([BLIND])}  # (NAME.txt, NAME.md, NAME.html: a web page, or NAME.docx)
DRAFTS = sorted(PATHS)


def _rows():
    for name in DRAFTS:
        for r in _labels(name):
            key = (name, r["clause_id"])
            marks = [pytest.mark.xfail(strict=True, reason=MISSED[key])] if key in MISSED else []
            yield pytest.param(name, r["clause_id"], r["tiers"] + r["safeguards"], marks=marks,
                               id=f"{name}-{r['clause_id']}")


@pytest.fixture(scope="module")
def labelled():
    nlp = default_pipeline()
    done: dict[str, dict[str, list[str]]] = {}

    def of(name: str) -> dict[str, list[str]]:
        if name not in done:
            ld, _ = label_document(read_document(PATHS[name]), nlp=nlp)
            done[name] = {lc.clause.clause_id: lc.tiers + lc.safeguards for lc in ld.clauses}
        return done[name]

    return of


def test_the_drafts_are_read():
    assert DRAFTS == ["ai_misuse_convention", "asset_recovery_convention", "asset_recovery_treaty_translated",
                      "aviation_security_convention", "bilateral_cyber_evidence_treaty",
                      "bilateral_extradition_treaty", "bilateral_mla_treaty_common_law", "bilateral_treaty",
                      "bilingual_interleaved_mla_treaty", "biometric_data_exchange_agreement",
                      "chair_revised_evidence_protocol", "civil_evidence_convention", "coe_evidence_protocol",
                      "competition_manipulation_convention", "compilation_of_proposals_ict_draft",
                      "consolidated_assistance_convention", "core_crimes_cooperation_convention",
                      "court_cooperation_agreement", "crimes_against_humanity_convention",
                      "criminal_records_agreement", "cultural_property_convention",
                      "currency_counterfeiting_convention", "customs_police_memorandum",
                      "cyber_fraud_convention_draft", "cyber_incident_evidence_mou",
                      "cyber_security_data_protection_convention", "cybercrime_protocol_draft",
                      "data_access_agreement", "drug_trafficking_convention", "e_evidence_convention",
                      "e_evidence_orders_regulation", "electronic_data_access_agreement",
                      "electronic_evidence_orders_agreement", "elements_paper_numbered_headings",
                      "enforced_disappearance_convention", "environmental_crime_convention",
                      "environmental_crimes_draft_articles", "exchange_of_notes_police_data",
                      "extradition_amending_protocol", "extradition_treaty_schedule",
                      "financial_intelligence_agreement", "financial_messaging_data_agreement", "firearms_protocol",
                      "fisheries_crime_agreement", "foreign_bribery_convention", "forwarded_email_mla_treaty",
                      "francophone_terrorism_convention", "ga_resolution_annexed_convention",
                      "global_ict_crime_convention", "ict_crime_consolidated_negotiating_text",
                      "ict_crimes_cooperation_agreement", "identity_crime_convention", "illicit_trade_protocol",
                      "information_technology_offences_convention", "intelligence_exchange_agreement",
                      "inter_american_assistance_convention", "interception_agreement",
                      "island_forum_mla_convention_pdf", "it_crime_cooperation_agreement",
                      "joint_investigation_agreement", "judicial_cooperation_unit_agreement",
                      "lawful_access_data_retention_protocol", "league_it_offences_convention",
                      "legal_numbered_word_protocol", "list_extradition_treaty", "maritime_interdiction_agreement",
                      "markdown_lazy_numbered_convention", "medical_counterfeiting_convention", "meridian_scheme",
                      "migrant_smuggling_protocol", "model_mla_treaty_footnotes", "mutual_recognition_convention",
                      "nuclear_terrorism_convention", "online_child_protection_convention",
                      "organ_trafficking_convention", "organised_crime_bloc_agreement", "passenger_data_agreement",
                      "payment_fraud_convention_contents", "pdf_revised_ict_draft", "piracy_repression_agreement",
                      "police_cooperation_agreement", "police_cyber_mou", "ransomware_rolling_text",
                      "regional_arrest_warrant_convention", "regional_corruption_convention",
                      "regional_cybercrime_convention", "regional_extradition_convention", "regional_mla_treaty",
                      "regional_mutual_assistance_extradition_convention", "regional_police_office_convention",
                      "regional_proceedings_transfer_convention", "revised_draft_word_source",
                      "section_sign_police_agreement", "sectoral_terrorism_convention", "security_partnership_title",
                      "sentenced_persons_convention", "southeast_mla_treaty", "special_investigations_protocol",
                      "sports_manipulation_convention", "swiss_style_police_treaty", "tax_information_agreement",
                      "terrorism_prevention_convention", "terrorism_separatism_extremism_convention",
                      "terrorism_suppression_convention_protocol", "terrorist_fighters_resolution",
                      "terrorist_financing_convention", "torture_prevention_convention",
                      "trafficking_protocol_draft", "transfer_of_proceedings_convention",
                      "trilateral_police_agreement", "un_further_revised_draft", "un_ict_draft", "un_revised_draft",
                      "un_zero_draft", "union_cyber_data_convention", "union_mla_extradition_agreement",
                      "violence_against_women_convention", "virtual_assets_protocol",
                      "wildlife_forest_crime_convention", "witness_protection_convention", "xenophobia_protocol"]


@pytest.mark.parametrize("name", DRAFTS)
def test_every_clause_of_a_draft_has_one_reading(name):
    clauses = segment(read_document(PATHS[name]))
    assert [c.clause_id for c in clauses] == [r["clause_id"] for r in _labels(name)]


def test_every_miss_names_a_row_of_a_draft():
    rows = {(name, r["clause_id"]) for name in DRAFTS for r in _labels(name)}
    assert set(MISSED) <= rows


@pytest.mark.parametrize(("name", "clause_id", "expected"), list(_rows()))
def test_a_draft_read_blind(labelled, name, clause_id, expected):
    assert labelled(name)[clause_id] == expected
