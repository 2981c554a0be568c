"""Sixty-eight corpus treaties read whole and blind: every English clause, against the shipped model.

On 2026-12-06 (session 30) four treaties outside the gold, of genres the gold barely holds, were
read clause by clause against the codebook by readers who never ran the labeller (838 clauses):
the International Convention for the Protection of all Persons from Enforced Disappearance
(BWBV0003065: its crime defined as "considered to be", criminalised as "an offence under its
criminal law"), the Convention on Psychotropic Substances (BWBV0003922, 1971: mostly regulation of
substances, its penal article a copy of the Single Convention's), a tax information exchange
agreement in the OECD model's words with a protocol on personal data (BWBV0003409) and a readmission
agreement with its implementing protocol (BWBV0006473). Their readings are kept here as references
(clause address, a checksum of its text, the labels; no text: the tests read it from the corpus and
skip without it). Six readings were set to earlier decisions on the same or nearly the same words
(the gold's, or a labelled draft's), and say so in their ``note``.

Blind, the model of commit 459a265 got 732 of the 838 clauses exactly right (87.4%): Enforced
Disappearance 134 of 188, the tax agreement 107 of 124, readmission 162 of 181, Psychotropic
Substances 329 of 345. Its misses were studied (docs/evaluation.md, "Four treaties read whole
(2026-12-06, session 30)"), and the rows below are no blind measure any more: the model retrained
after that study gets 771 of the 838 right (92.0%; Enforced Disappearance 146, the tax agreement 115,
readmission 173, Psychotropic Substances 337). A row the shipped
model still gets wrong is an expected failure, strict: a model that gets it right makes the test
say so (then remove the row from ``MISSED``).

A second set of five was read the same way later that session (899 clauses): the headquarters
agreements of the International Criminal Court (BWBV0002899) and of the International Residual
Mechanism for Criminal Tribunals (BWBV0006484: privileges and immunities, with the safe conduct of
witnesses, the transport and release of detained persons and visas among them), the agreement with
the United States on administrative assistance in securities matters (BWBV0002189), the Optional
Protocol to the Convention against Torture (BWBV0004712: visits by monitoring bodies, no measure)
and the Brussels convention on penal jurisdiction in collisions at sea (BWBV0005145: jurisdiction
only). Nine readings were set so that the same words in the two headquarters agreements carry the
same labels. Blind, the model shipped after the first set's study (commit 84f35e0) got 828 of the
899 right (92.1%; the model of 459a265: 827); after the second set's study (patterns only: no gold
or draft feature row changed, so the model is the same) 850 (94.5%).

A third set of nine was read the same way in session 31 (598 clauses): the Agreement on the
Privileges and Immunities of the International Criminal Court (BWBV0003031), the European
Convention on the Control of the Acquisition and Possession of Firearms by Individuals
(BWBV0003988), an agreement transferring forfeited assets (BWBV0003774), the agreement with the
United States on administrative assistance in futures matters (BWBV0001116: the securities
agreement's words), a NATO agreement on the secrecy of defence inventions (BWBV0005054), the Civil
Law Convention on Corruption (BWBV0002863: a defined crime it does not criminalise), the Benelux
agreement on renegade aircraft (BWBV0006450), the Hague Convention on the service abroad of judicial
documents (BWBV0002015) and the European Agreement on Transfer of Responsibility for Refugees
(BWBV0003972). Two readings were set to the securities agreement's reading of the same words. Blind,
the model shipped at the session's start (commit 4ff0979) got 547 of the 598 right (91.5%).

A fourth set of eighteen was read the same way in session 32 (1,328 clauses), nearer the project's
own field: the Convention on the Physical Protection of Nuclear Material (BWBV0003800), the Genocide
Convention (BWBV0005551), the European Convention on the Non-Applicability of Statutory Limitation
(BWBV0003956), the Additional Protocol to the Criminal Law Convention on Corruption (BWBV0001762), an
agreement with the International Criminal Court on a session of its Assembly (BWBV0006524), the
European Convention on the Compensation of Victims of Violent Crimes (BWBV0002622), the Convention on
the Marking of Plastic Explosives (BWBV0003003), the European Convention for the Prevention of
Torture (BWBV0002785), the GRECO Statute (BWBV0001505), the Optional Protocol on the sale of
children (BWBV0001752), the Protocol on violence at airports (BWBV0002152), the Supplementary
Slavery Convention (BWBV0006246), the 1921 Convention on the Traffic in Women and Children
(BWBV0005431), the European Convention on Spectator Violence (BWBV0002623), the 1970 UNESCO Convention
on cultural property (BWBV0003412), a status-of-forces agreement with Rwanda (BWBV0003253), the
Istanbul Convention on violence against women (BWBV0006074, read in three parts) and the Slavery
Convention (BWBV0006262). Fourteen readings were set to the readings of the same words elsewhere (the
gold's, an earlier reading's, or the rows of ten of these treaties read in earlier sessions in
``tests/test_corpus.py``, 175 rows, studied then) and say so in their ``note``. Blind, the model shipped at the session's
start (commit b48488e) got 1,233 of the 1,328 right (92.8%); the model retrained after their study
gets 1,260 (94.9%).

A fifth set of seven was read while that model trained (1,194 clauses) and is **blind for it**: the
Single Convention on Narcotic Drugs (BWBV0001004, read in two parts), the headquarters agreement of
the International Tribunal for the former Yugoslavia (BWBV0001138), the European Agreement on
persons participating in proceedings of the European Court of Human Rights (BWBV0001270), the 2014
Protocol to the Forced Labour Convention (BWBV0006447), the 1954 Hague Convention on cultural property
in armed conflict (BWBV0005157), the Refugee Convention (BWBV0001002) and the Third Geneva Convention
on prisoners of war (BWBV0005584, in two parts). Two readings were set to the Psychotropic Substances
Convention's reading of the same words (twenty rows of the Single Convention were read in an
earlier session, ``tests/test_corpus.py``). The model retrained in session 32 gets 1,073 of the 1,194
right (89.9%), the very clauses the model of the session's start gets right: the session's mends
reach none of these seven. A study of their misses added two patterns that change no gold or draft
feature row (so the model stands): 1,075 of 1,194 after it.

A sixth set of fifteen was read the same way in session 33 (1,404 clauses), of genres the gold does
not hold: the European Convention on Human Rights (BWBV0001000) and its Protocols No. 4 and No. 13
(BWBV0001029, BWBV0001788), the Second Optional Protocol to the ICCPR (BWBV0001043), two tax
information exchange agreements (Isle of Man, BWBV0001817; Jersey, BWBV0002878), the agreement with
Ukraine on the international mission for the protection of an investigation (BWBV0006375), the
European Convention on information on foreign law (BWBV0004561), four Hague conventions (child support, BWBV0005392;
intercountry adoption, BWBV0001342; child abduction, BWBV0002010; the protection of children,
BWBV0005433), the Oviedo Convention on human rights and biomedicine (BWBV0005627), ILO Convention 182
on the worst forms of child labour (BWBV0001522) and the agreement on the International Commission
on Missing Persons (BWBV0006432). Four readings were set so that the same words read alike (two tax
agreements' examination clause as the session-30 agreement's; two of the bioethics convention's as
the human-rights convention's). Blind, the code and model of the session's start (commit a7276f8)
got 1,233 of the 1,404 right (87.8%); after their study (the database's status note no longer read
as clause text, patterns for the rights of a human-rights instrument, a retrained model) 1,251.

A seventh set of ten was read while that model trained (1,195 clauses) and is **blind for it**: the
Convention on the Rights of the Child (BWBV0002508), the Universal Declaration of Human Rights
(BWBV0001008), Protocol No. 12 to the human-rights convention (BWBV0001676), the Convention on the
Status of Stateless Persons (BWBV0001003), the bioethics convention's protocols on transplantation
(BWBV0005628) and on cloning (BWBV0006340), the tax information agreements with Bermuda
(BWBV0003221) and Guernsey (BWBV0003161), the Fourth Geneva Convention (BWBV0005569) and the FATCA
agreement with the United States (BWBV0006305). Sixty readings were set to the readings of the same
words elsewhere (most of the stateless persons convention's to the Refugee Convention's, read in
session 32; the transplantation protocol's protective rules to the bioethics convention's). The
model retrained in session 33 gets 970 of the 1,195 right (81.2%; the code and model of the
session's start 945): most of its misses are `human_rights` the readers gave to the rights of the
Declaration, the children's convention and the civilians' convention, in words the gold does not hold.

The model retrained in session 34, after seven new drafts joined the training, gets 6,622 of the
7,350 clauses of the sixty-eight right, where the model of session 33 got 6,627: thirteen rows
gained, eighteen lost (four of them the Enforced Disappearance Convention's mentions of its own
crime that delimit no measure, now given `defined`); its new misses are marked so below.

Session 35 (2026-12-07): the segmenter keeps apart the words after a list's last item on a line of
their own, which gives the Third Geneva Convention (BWBV0005584) three tails (91, 104, 107); their
readings were re-anchored, each reader's labels kept with the words they were read on (notes), and
the sixty-eight hold 7,353 clauses. The model retrained after six new drafts joined the training gets
6,639 of them right, where the model of session 34 with the same code gets 6,624: twenty rows gained,
five lost (a readier `data_protection` or `human_rights` in human-rights instruments); its new misses
are marked so below. With the session's last cancellations (domestic law as the source of a right), 6,640.

Session 36 (2026-12-07): the segmenter hangs lettered items from a numbered item that introduces
them, which moves the Refugee Convention's (BWBV0001002) article 1F items from 1(2)(a)-(c) to
1(2)(6)(a)-(c); their readings were re-anchored with the words they were read on. The model retrained
after six more drafts joined the training gets 6,659 of the 7,353 clauses right, where the model of
session 35 with the same code gets 6,640: 55 rows gained, 36 lost; its new misses are marked so below.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from treatyscope.corpus import document_path
from treatyscope.gold import units
from treatyscope.ingest import read_document
from treatyscope.pipeline import default_pipeline, label_document
from treatyscope.types import text_checksum

READINGS = Path(__file__).parent / "fixtures" / "read_whole"
TREATIES = {
    "BWBV0003065": "enforced disappearance",
    "BWBV0003409": "tax information exchange",
    "BWBV0006473": "readmission",
    "BWBV0003922": "psychotropic substances",
    "BWBV0002189": "securities assistance",
    "BWBV0005145": "collision jurisdiction",
    "BWBV0004712": "torture prevention protocol",
    "BWBV0006484": "residual mechanism headquarters",
    "BWBV0002899": "icc headquarters",
    "BWBV0003031": "icc privileges and immunities",
    "BWBV0003988": "firearms control",
    "BWBV0003774": "forfeited assets",
    "BWBV0001116": "futures assistance",
    "BWBV0005054": "defence inventions secrecy",
    "BWBV0002863": "civil law corruption",
    "BWBV0006450": "renegade aircraft",
    "BWBV0002015": "service abroad",
    "BWBV0003972": "refugee responsibility",
    "BWBV0003800": "nuclear material protection",
    "BWBV0005551": "genocide",
    "BWBV0003956": "statutory limitation",
    "BWBV0001762": "corruption protocol",
    "BWBV0006524": "icc assembly session",
    "BWBV0002622": "victims compensation",
    "BWBV0003003": "plastic explosives",
    "BWBV0002785": "torture prevention",
    "BWBV0001505": "greco statute",
    "BWBV0001752": "sale of children protocol",
    "BWBV0002152": "airport violence protocol",
    "BWBV0006246": "supplementary slavery",
    "BWBV0005431": "traffic in women and children",
    "BWBV0002623": "spectator violence",
    "BWBV0003412": "cultural property 1970",
    "BWBV0003253": "status of forces",
    "BWBV0006074": "violence against women",
    "BWBV0006262": "slavery",
    "BWBV0001004": "single convention on narcotic drugs",
    "BWBV0001138": "icty headquarters",
    "BWBV0001270": "echr proceedings participants",
    "BWBV0006447": "forced labour protocol",
    "BWBV0005157": "cultural property in armed conflict",
    "BWBV0001002": "refugee convention",
    "BWBV0005584": "prisoners of war",
    "BWBV0001000": "european convention on human rights",
    "BWBV0001029": "echr protocol 4",
    "BWBV0001788": "echr protocol 13",
    "BWBV0001043": "iccpr second optional protocol",
    "BWBV0001817": "tax information isle of man",
    "BWBV0002878": "tax information jersey",
    "BWBV0006375": "investigation mission ukraine",
    "BWBV0004561": "information on foreign law",
    "BWBV0005392": "child support recovery",
    "BWBV0001342": "intercountry adoption",
    "BWBV0002010": "child abduction",
    "BWBV0005627": "human rights and biomedicine",
    "BWBV0001522": "worst forms of child labour",
    "BWBV0006432": "missing persons commission",
    "BWBV0005433": "protection of children 1996",
    "BWBV0002508": "rights of the child",
    "BWBV0001008": "universal declaration",
    "BWBV0001676": "echr protocol 12",
    "BWBV0001003": "stateless persons",
    "BWBV0005628": "transplantation protocol",
    "BWBV0006340": "cloning protocol",
    "BWBV0003221": "tax information bermuda",
    "BWBV0003161": "tax information guernsey",
    "BWBV0005569": "civilians in war",
    "BWBV0006305": "fatca agreement",
}

# (treaty, clause) -> what the shipped model does instead, and why.
MISSED: dict[tuple[str, str], str] = {
    ("BWBV0003065", "3"):
        "gives no label (misses defined): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0003065", "6(1)"):
        "gives no label (misses defined): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0003065", "6(1)(b)(i)"):
        "gives no label (misses defined): missed by the model retrained after the six drafts of session 36 joined the training",
    ("BWBV0003065", "6(1)(b)(ii)"):
        "gives no label (misses defined): missed by the model retrained after the six drafts of session 36 joined the training",
    ("BWBV0003065", "7(2)(a)"):
        "gives no label (misses defined): missed by the model retrained after the six drafts of session 36 joined the training",
    ("BWBV0003065", "8(1)"):
        "gives no label (misses defined): missed by the model retrained after the six drafts of session 36 joined the training",
    ("BWBV0003065", "8(1)(a)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0003065", "11(1)"):
        "gives no label (misses defined): missed by the model retrained after the six drafts of session 36 joined the training",
    ("BWBV0003065", "12(1)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 30); still missed after its study; gives otherwise since the model retrained in session 34; gives otherwise since the model retrained in session 36",
    ("BWBV0003065", "12(4)"):
        "gives defined, human_rights (adds human_rights): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0003065", "16(1)"):
        "gives refusal_grounds (misses human_rights): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0003065", "17(2)(a)"):
        "gives no label (misses domestic_law): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0003065", "17(2)(b)"):
        "gives no label (misses domestic_law): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0003065", "17(2)(f)"):
        "gives defined, human_rights, judicial_oversight (adds defined): read blind on 2026-12-06 (session 30); still missed after its study; gives otherwise since the model retrained in session 34",
    ("BWBV0003065", "18(1)(a)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0003065", "18(1)(b)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0003065", "18(1)(c)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0003065", "18(1)(e)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0003065", "18(1)(f)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0003065", "18(1)(g)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0003065", "19(1)"):
        "gives data_protection, use_limitation (misses defined): missed by the model retrained after the six drafts of session 36 joined the training",
    ("BWBV0003065", "20(1)"):
        "gives domestic_law, judicial_oversight, proportionality, data_protection (misses human_rights): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0003065", "21"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0003065", "22(a)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0003065", "23(1)(a)"):
        "gives defined (adds defined): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0003065", "23(3)"):
        "gives defined, human_rights (adds defined, human_rights): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0003065", "24(2)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 30); still missed after its study; gives otherwise since the model retrained in session 35; gives otherwise since the model retrained in session 36",
    ("BWBV0003065", "25(1)"):
        "gives no label (misses defined): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0003065", "25(2)"):
        "gives no label (misses domestic_law): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0003065", "25(4)"):
        "gives defined (adds defined): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0003065", "25(5)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0003065", "28(2)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0003065", "30(3)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0003065", "31(2)(d)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0003065", "37"):
        "gives defined (adds defined): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0003065", "37(a)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0003065", "43"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0003409", "5(5)(ii)"):
        "gives refusal_grounds (misses domestic_law): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0003409", "6(3)"):
        "gives no label (misses domestic_law): missed by the model retrained after the six drafts of session 36 joined the training",
    ("BWBV0003409", "14"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0003409", "1@2(b)"):
        "gives data_protection, use_limitation (adds use_limitation): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0003409", "1@2(d)"):
        "gives proportionality, data_protection (misses domestic_law): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0003409", "1@2(e)"):
        "gives data_protection (misses human_rights): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0003409", "1@2(g)"):
        "gives proportionality, data_protection, use_limitation (adds use_limitation): missed by the model retrained after the six drafts of session 36 joined the training",
    ("BWBV0003409", "1@2(h)"):
        "gives data_protection, use_limitation (adds use_limitation): missed by the model retrained after the six drafts of session 36 joined the training",
    ("BWBV0006473", "preamble(4)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0006473", "10(2)"):
        "gives no label (misses proportionality): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0006473", "10(3)(2)"):
        "gives refusal_grounds, domestic_law (adds domestic_law): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0006473", "10(4)"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0006473", "13"):
        "gives proportionality, data_protection (misses domestic_law): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0006473", "7@2(1)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0006473", "8@2(1)"):
        "gives proportionality (misses domestic_law): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0006473", "8@2(2)"):
        "gives no label (misses proportionality): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0003922", "14(3)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0003922", "16(1)(b)"):
        "gives defined (adds defined): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0003922", "16(5)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0003922", "19(1)(a)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0003922", "21"):
        "gives no label (misses domestic_law): missed by the model retrained after the six drafts of session 36 joined the training",
    ("BWBV0003922", "21(a)"):
        "gives defined (adds defined): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0003922", "21(b)"):
        "gives no label (misses defined): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0003922", "21(e)"):
        "gives human_rights (adds human_rights): missed by the model retrained after the six drafts of session 35 joined the training",
    ("BWBV0003922", "22(2)(b)"):
        "gives defined, serious, domestic_law (misses refusal_grounds): read blind on 2026-12-06 (session 30); still missed after its study",
    ("BWBV0002189", "preamble(2)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-06 (session 30, second set); still missed after its study",
    ("BWBV0002189", "3(1)(a)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 30, second set); still missed after its study",
    ("BWBV0002189", "3(2)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 30, second set); still missed after its study",
    ("BWBV0002189", "5(4)"):
        "gives no label (misses proportionality): read blind on 2026-12-06 (session 30, second set); still missed after its study",
    ("BWBV0002189", "6(b)"):
        "gives use_limitation (misses refusal_grounds): read blind on 2026-12-06 (session 30, second set); still missed after its study",
    ("BWBV0002189", "7(2)"):
        "gives domestic_law, use_limitation (misses proportionality): read blind on 2026-12-06 (session 30, second set); still missed after its study; gives otherwise since the model retrained in session 34; gives otherwise since the model retrained in session 35; gives otherwise since the model retrained in session 36",
    ("BWBV0004712", "preamble(7)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 30, second set); still missed after its study",
    ("BWBV0004712", "2(2)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 30, second set); still missed after its study",
    ("BWBV0004712", "2(3)"):
        "gives use_limitation (adds use_limitation): missed by the model retrained after the six drafts of session 36 joined the training",
    ("BWBV0004712", "11(b)(ii)"):
        "gives use_limitation (adds use_limitation): missed by the model retrained after the six drafts of session 36 joined the training",
    ("BWBV0004712", "14(2)"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-06 (session 30, second set); still missed after its study",
    ("BWBV0004712", "16(2)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-06 (session 30, second set); still missed after its study",
    ("BWBV0004712", "18(4)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 30, second set); still missed after its study",
    ("BWBV0004712", "21(2)"):
        "gives data_protection, use_limitation (adds data_protection, use_limitation): read blind on 2026-12-06 (session 30, second set); still missed after its study",
    ("BWBV0006484", "preamble@2(7)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 30, second set); still missed after its study",
    ("BWBV0006484", "5(2)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06 (session 30, second set); still missed after its study",
    ("BWBV0006484", "8(2)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06 (session 30, second set); still missed after its study",
    ("BWBV0006484", "20(4)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-06 (session 30, second set); still missed after its study",
    ("BWBV0006484", "21(2)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06 (session 30, second set); still missed after its study",
    ("BWBV0006484", "21(7)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06 (session 30, second set); still missed after its study",
    ("BWBV0006484", "22(8)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06 (session 30, second set); still missed after its study",
    ("BWBV0006484", "23(1)(f)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 30, second set); still missed after its study",
    ("BWBV0006484", "23(4)(d)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 30, second set); still missed after its study",
    ("BWBV0006484", "27(2)"):
        "gives refusal_grounds (adds refusal_grounds): read blind on 2026-12-06 (session 30, second set); still missed after its study",
    ("BWBV0006484", "28(3)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06 (session 30, second set); still missed after its study",
    ("BWBV0006484", "31(4)"):
        "gives no label (misses treaty): read blind on 2026-12-06 (session 30, second set); still missed after its study",
    ("BWBV0006484", "32(3)"):
        "gives use_limitation (adds use_limitation): missed by the model retrained after the six drafts of session 36 joined the training",
    ("BWBV0006484", "39(1)"):
        "gives human_rights (misses use_limitation): read blind on 2026-12-06 (session 30, second set); still missed after its study",
    ("BWBV0006484", "41(1)"):
        "gives use_limitation (misses refusal_grounds): read blind on 2026-12-06 (session 30, second set); still missed after its study",
    ("BWBV0006484", "41(2)"):
        "gives human_rights, use_limitation (adds human_rights): read blind on 2026-12-06 (session 30, second set); still missed after its study; gives otherwise since the model retrained in session 34",
    ("BWBV0002899", "4(1)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 30, second set); still missed after its study",
    ("BWBV0002899", "6(2)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06 (session 30, second set); still missed after its study",
    ("BWBV0002899", "8(1)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-06 (session 30, second set); still missed after its study",
    ("BWBV0002899", "9(2)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06 (session 30, second set); still missed after its study",
    ("BWBV0002899", "20(2)(d)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 30, second set); still missed after its study",
    ("BWBV0002899", "20(5)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-06 (session 30, second set); still missed after its study",
    ("BWBV0002899", "24(2)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06 (session 30, second set); still missed after its study",
    ("BWBV0002899", "24(6)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06 (session 30, second set); still missed after its study",
    ("BWBV0002899", "34(2)"):
        "gives refusal_grounds (adds refusal_grounds): read blind on 2026-12-06 (session 30, second set); still missed after its study",
    ("BWBV0002899", "39(2)"):
        "gives no label (misses refusal_grounds): missed by the model retrained after the six drafts of session 36 joined the training",
    ("BWBV0002899", "48(1)"):
        "gives human_rights (misses use_limitation): read blind on 2026-12-06 (session 30, second set); still missed after its study",
    ("BWBV0002899", "49(5)"):
        "gives no label (misses human_rights, judicial_oversight): read blind on 2026-12-06 (session 30, second set); still missed after its study",
    ("BWBV0002899", "50(2)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06 (session 30, second set); still missed after its study",
    ("BWBV0002899", "51(1)"):
        "gives use_limitation (misses refusal_grounds): read blind on 2026-12-06 (session 30, second set); still missed after its study",
    ("BWBV0002899", "51(2)"):
        "gives no label (misses use_limitation): read blind on 2026-12-06 (session 30, second set); still missed after its study",
    ("BWBV0002899", "40@2"):
        "gives domestic_law, judicial_oversight (adds domestic_law, judicial_oversight): read blind on 2026-12-06 (session 30, second set); still missed after its study",
    ("BWBV0002899", "44@2"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 30, second set); still missed after its study",
    ("BWBV0002899", "47@2"):
        "gives no label (misses judicial_oversight): read blind on 2026-12-06 (session 30, second set); still missed after its study",
    ("BWBV0002899", "49@2"):
        "gives no label (misses human_rights, judicial_oversight): read blind on 2026-12-06 (session 30, second set); still missed after its study",
    ("BWBV0003031", "23(a)(iv)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 31); still missed after its study",
    ("BWBV0003988", "10(2)"):
        "gives refusal_grounds (adds refusal_grounds): read blind on 2026-12-06 (session 31); still missed after its study",
    ("BWBV0003988", "annex I(6)(e)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06 (session 31); still missed after its study",
    ("BWBV0003774", "body(5)"):
        "gives no label (misses use_limitation): read blind on 2026-12-06 (session 31); still missed after its study",
    ("BWBV0001116", "preamble(2)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-06 (session 31); still missed after its study",
    ("BWBV0001116", "3(1)(a)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 31); still missed after its study",
    ("BWBV0001116", "3(2)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 31); still missed after its study",
    ("BWBV0001116", "5(4)"):
        "gives no label (misses proportionality): read blind on 2026-12-06 (session 31); still missed after its study",
    ("BWBV0001116", "6(b)"):
        "gives use_limitation (misses refusal_grounds): read blind on 2026-12-06 (session 31); still missed after its study",
    ("BWBV0001116", "7(2)"):
        "gives domestic_law, use_limitation (misses proportionality): read blind on 2026-12-06 (session 31); still missed after its study; gives otherwise since the model retrained in session 34; gives otherwise since the model retrained in session 35; gives otherwise since the model retrained in session 36",
    ("BWBV0002863", "1"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 31); still missed after its study",
    ("BWBV0006450", "I(10)"):
        "gives no label (misses proportionality): read blind on 2026-12-06 (session 31); still missed after its study",
    ("BWBV0006450", "I(11)"):
        "gives no label (misses domestic_law): read blind on 2026-12-06 (session 31); still missed after its study",
    ("BWBV0006450", "V(4)(a)"):
        "gives no label (misses proportionality): read blind on 2026-12-06 (session 31); still missed after its study",
    ("BWBV0006450", "V(4)(b)"):
        "gives no label (misses proportionality): read blind on 2026-12-06 (session 31); still missed after its study",
    ("BWBV0006450", "V(4)(tail)"):
        "gives judicial_oversight (misses proportionality; adds judicial_oversight): read blind on 2026-12-06 (session 31); still missed after its study; gives otherwise since the model retrained in session 34; gives otherwise since the model retrained in session 36",
    ("BWBV0006450", "IX(2)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 31); still missed after its study",
    ("BWBV0006450", "XVI(1)"):
        "gives no label (misses domestic_law): read blind on 2026-12-06 (session 31); still missed after its study",
    ("BWBV0002015", "5(b)"):
        "gives no label (misses domestic_law, human_rights): read blind on 2026-12-06 (session 31); still missed after its study; gives otherwise since the model retrained in session 36",
    ("BWBV0002015", "8"):
        "gives no label (misses proportionality): read blind on 2026-12-06 (session 31); still missed after its study",
    ("BWBV0002015", "13"):
        "gives refusal_grounds, domestic_law (misses dual_criminality): read blind on 2026-12-06 (session 31); still missed after its study",
    ("BWBV0002015", "15"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 31); still missed after its study",
    ("BWBV0002015", "15(a)"):
        "gives domestic_law (misses human_rights): read blind on 2026-12-06 (session 31); still missed after its study",
    ("BWBV0002015", "15(a)#2"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 31); still missed after its study",
    ("BWBV0002015", "15(b)#2"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 31); still missed after its study",
    ("BWBV0002015", "15(c)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 31); still missed after its study",
    ("BWBV0002015", "16"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 31); still missed after its study",
    ("BWBV0002015", "16(b)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 31); still missed after its study",
    ("BWBV0003972", "2(2)(a)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-06 (session 31); still missed after its study",
    ("BWBV0003972", "2(2)(c)"):
        "gives judicial_oversight (adds judicial_oversight): missed by the model retrained after the six drafts of session 36 joined the training",
    ("BWBV0003972", "2(2)(d)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06 (session 31); still missed after its study",
    ("BWBV0003972", "6"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 31); still missed after its study",
    ("BWBV0003800", "preamble(5)"):
        "gives no label (misses defined): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0003800", "preamble(6)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0003800", "5(2)"):
        "gives domestic_law (misses defined): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0003800", "5(2)(a)"):
        "gives no label (misses defined): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0003800", "6(1)"):
        "gives domestic_law, use_limitation (adds domestic_law): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0005551", "VIII"):
        "gives defined (adds defined): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0003956", "preamble(2)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0003956", "1(2)(a)"):
        "gives treaty, human_rights (adds human_rights): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0003956", "1(2)(b)"):
        "gives no label (misses treaty, serious): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0003956", "1(3)"):
        "gives defined (misses treaty; adds defined): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0003956", "6(1)"):
        "gives no label (misses defined): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0001762", "9(2)"):
        "gives defined (misses treaty; adds defined): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0002622", "preamble@2(8)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0002622", "8(3)"):
        "gives refusal_grounds (adds refusal_grounds): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0003003", "preamble(16)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0003003", "preamble(17)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0002785", "preamble(3)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0002785", "11(3)"):
        "gives data_protection (adds data_protection): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0002785", "17(1)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0002785", "annex(b)#2"):
        "gives human_rights, judicial_oversight (adds human_rights, judicial_oversight): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0001505", "10(5)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0001505", "15(5)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0001505", "21(5)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0001752", "1"):
        "gives no label (misses defined): missed by the model retrained after the six drafts of session 36 joined the training",
    ("BWBV0001752", "3(1)"):
        "gives no label (misses defined): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0001752", "3(2)"):
        "gives no label (misses defined): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0001752", "5(5)"):
        "gives defined (misses refusal_grounds): missed by the model retrained after the six drafts of session 36 joined the training",
    ("BWBV0001752", "9(4)"):
        "gives non_discrimination (adds non_discrimination): missed by the model retrained after the six drafts of session 36 joined the training",
    ("BWBV0001752", "11(a)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 32); still missed after its study; gives otherwise since the model retrained in session 36",
    ("BWBV0001752", "11(b)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0002152", "II(2)"):
        "gives no label (misses defined): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0006246", "preamble(3)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0006246", "3(3)"):
        "gives no label (misses defined): missed by the model retrained after the six drafts of session 36 joined the training",
    ("BWBV0006246", "6(2)"):
        "gives no label (misses defined): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0005431", "3"):
        "gives treaty (misses defined): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0002623", "5(1)"):
        "gives human_rights (misses domestic_law): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0003412", "13"):
        "gives no label (misses domestic_law): missed by the model retrained after the six drafts of session 36 joined the training",
    ("BWBV0003253", "3(2)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0003253", "3(3)"):
        "gives no label (misses use_limitation): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0003253", "3(5)"):
        "gives no label (misses proportionality): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0003253", "4(2)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0003253", "4(3)"):
        "gives domestic_law, proportionality (adds domestic_law, proportionality): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0003253", "4(5)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0003253", "4(6)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0003253", "4(7)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0003253", "4(8)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0003253", "5(3)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0006074", "28"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-06 (session 32); still missed after its study; gives otherwise since the model retrained in session 34; gives otherwise since the model retrained in session 35; gives otherwise since the model retrained in session 36",
    ("BWBV0006074", "30(1)"):
        "gives defined (adds defined): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0006074", "36(2)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0006074", "39(a)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0006074", "39(b)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0006074", "40"):
        "gives no label (misses defined): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0006074", "45(2)"):
        "gives no label (misses proportionality): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0006074", "49(1)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0006074", "52"):
        "gives no label (misses proportionality): missed by the model retrained after the seven drafts of session 34 joined the training",
    ("BWBV0006074", "55(2)"):
        "gives defined, domestic_law (adds domestic_law): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0006074", "56(1)(i)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0006074", "57"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 32); still missed after its study; gives otherwise since the model retrained in session 36",
    ("BWBV0006074", "62(1)"):
        "gives no label (misses domestic_law): missed by the model retrained after the six drafts of session 36 joined the training",
    ("BWBV0006074", "62(1)(d)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0006074", "63"):
        "gives human_rights (misses defined; adds human_rights): read blind on 2026-12-06 (session 32); still missed after its study; gives otherwise since the model retrained in session 36",
    ("BWBV0006074", "68(5)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0006074", "68(6)"):
        "gives defined (adds defined): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0006074", "73"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0006074", "annex(5)"):
        "gives human_rights, judicial_oversight (adds human_rights, judicial_oversight): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0006262", "6"):
        "gives no label (misses defined): read blind on 2026-12-06 (session 32); still missed after its study",
    ("BWBV0001004", "14(1)(a)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0001004", "21(1)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0001004", "21 bis(1)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0001004", "21 bis(5)"):
        "gives defined (adds defined): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0001004", "22(1)"):
        "gives defined (adds defined): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0001004", "24(4)(b)"):
        "gives defined (adds defined): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0001004", "24(5)(b)"):
        "gives defined (adds defined): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0001004", "28(3)"):
        "gives defined (adds defined): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0001004", "35"):
        "gives no label (misses domestic_law): missed by the model retrained after the six drafts of session 36 joined the training",
    ("BWBV0001004", "35(a)"):
        "gives defined (adds defined): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0001004", "35(b)"):
        "gives no label (misses defined): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0001004", "38 bis"):
        "gives defined (adds defined): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only; gives otherwise since the model retrained in session 36",
    ("BWBV0001004", "45(1)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0001004", "45(2)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0001138", "preamble(6)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0001138", "V(1)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0001138", "V(2)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0001138", "VI(1)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0001138", "XII(2)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0001138", "XX(2)"):
        "gives human_rights, use_limitation (adds human_rights): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0001270", "3(1)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0001270", "3(2)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0001270", "3(2)(a)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only; gives otherwise since the model retrained in session 35; gives otherwise since the model retrained in session 36",
    ("BWBV0001270", "3(2)(b)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0001270", "3(2)(c)"):
        "gives judicial_oversight (misses human_rights; adds judicial_oversight): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only; gives otherwise since the model retrained in session 34",
    ("BWBV0001270", "3(3)"):
        "gives any, domestic_law, proportionality (adds domestic_law): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0001270", "4(1)(b)"):
        "gives domestic_law, proportionality (adds domestic_law): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0001270", "4(2)(b)"):
        "gives no label (misses use_limitation): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0001270", "4(4)"):
        "gives no label (misses use_limitation): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0001270", "5(1)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0001270", "6"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0006447", "preamble(3)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0006447", "1(1)"):
        "gives human_rights (misses treaty; adds human_rights): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0006447", "4(1)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005157", "preamble(5)"):
        "gives treaty (adds treaty): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005157", "11(2)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005157", "28"):
        "gives no label (misses defined): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005157", "8@2"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005157", "18@2(b)"):
        "gives proportionality (adds proportionality): missed by the model retrained after the six drafts of session 36 joined the training",
    ("BWBV0001002", "preamble(2)"):
        "gives non_discrimination, human_rights (adds non_discrimination, human_rights): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only; gives otherwise since the model retrained in session 34",
    ("BWBV0001002", "1(2)(6)(b)"):
        "gives no label (misses serious): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0001002", "5"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0001002", "8"):
        "gives no label (misses non_discrimination, domestic_law): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0001002", "9"):
        "gives no label (misses proportionality): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0001002", "12(1)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0001002", "12(2)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0001002", "24(1)(b)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0001002", "30(1)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0001002", "31(2)"):
        "gives proportionality (misses human_rights): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0001002", "32(1)"):
        "gives no label (misses proportionality): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only; gives otherwise since the model retrained in session 36",
    ("BWBV0001002", "32(3)"):
        "gives proportionality (misses human_rights; adds proportionality): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0001002", "33(2)"):
        "gives serious (misses human_rights): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0001002", "annex(2)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0001002", "annex(2)#2"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0001002", "annex(2)#3"):
        "gives refusal_grounds, proportionality (adds refusal_grounds, proportionality): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "3(1)(a)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "3(1)(b)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "3(1)(c)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "3(1)(d)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "5"):
        "gives no label (misses human_rights, judicial_oversight): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "6"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "7"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "9"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "12"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "14"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "16"):
        "gives non_discrimination (misses human_rights): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "17"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "18"):
        "gives no label (misses proportionality): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "21"):
        "gives domestic_law, proportionality (misses human_rights): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "22"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "26"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "41"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "42"):
        "gives no label (misses proportionality): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "51"):
        "gives no label (misses proportionality): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "53"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "57"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "58"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "70"):
        "gives proportionality (misses human_rights; adds proportionality): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "76"):
        "gives no label (misses proportionality): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "78"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "79"):
        "gives human_rights (adds human_rights): missed by the model retrained after the six drafts of session 36 joined the training",
    ("BWBV0005584", "80"):
        "gives no label (misses proportionality): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "81"):
        "gives human_rights, proportionality (adds human_rights, proportionality): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "82"):
        "gives domestic_law (misses any, proportionality): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "83"):
        "gives no label (misses proportionality): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "84"):
        "gives no label (misses domestic_law, human_rights): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "85"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "87"):
        "gives no label (misses domestic_law, human_rights): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "88"):
        "gives no label (misses non_discrimination, human_rights): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "89(4)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "91(tail)"):
        "gives no label (misses proportionality): a clause the segmenter of session 35 keeps apart (its reading re-anchored)",
    ("BWBV0005584", "92"):
        "gives no label (misses human_rights, proportionality): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "93"):
        "gives no label (misses proportionality): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "95"):
        "gives proportionality (misses domestic_law): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "96"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "97"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "98"):
        "gives refusal_grounds (misses human_rights; adds refusal_grounds): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "100"):
        "gives no label (misses serious, human_rights): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "101"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only; gives otherwise since the model retrained in session 35",
    ("BWBV0005584", "102"):
        "gives no label (misses domestic_law, human_rights): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "103"):
        "gives no label (misses domestic_law, human_rights, proportionality): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "104"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "104(4)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "104(tail)"):
        "gives no label (misses human_rights): a clause the segmenter of session 35 keeps apart (its reading re-anchored)",
    ("BWBV0005584", "108"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "115"):
        "gives no label (misses proportionality): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "118"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "119"):
        "gives no label (misses any, proportionality): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "120"):
        "gives non_discrimination (adds non_discrimination): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "129"):
        "gives domestic_law (misses defined, human_rights): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "131"):
        "gives no label (misses defined): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "11@2"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "14@2"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0005584", "7@3"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06 (session 32, second set); missed blind by the model retrained in session 32; still missed after a study that added patterns only",
    ("BWBV0001000", "preamble(4)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001000", "1"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001000", "2(2)"):
        "gives no label (misses human_rights, proportionality): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001000", "2(2)(a)"):
        "gives no label (misses proportionality): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001000", "2(2)(b)"):
        "gives no label (misses proportionality): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001000", "2(2)(c)"):
        "gives no label (misses proportionality): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001000", "5(1)"):
        "gives human_rights (misses domestic_law, proportionality): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001000", "5(1)(a)"):
        "gives human_rights (misses judicial_oversight, proportionality; adds human_rights): read blind on 2026-12-06 (session 33); still missed after its study; gives otherwise since the model retrained in session 34",
    ("BWBV0001000", "5(1)(b)"):
        "gives no label (misses proportionality): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001000", "5(1)(c)"):
        "gives human_rights (misses any, proportionality; adds human_rights): read blind on 2026-12-06 (session 33); still missed after its study; gives otherwise since the model retrained in session 34",
    ("BWBV0001000", "5(1)(d)"):
        "gives human_rights (misses proportionality; adds human_rights): read blind on 2026-12-06 (session 33); still missed after its study; gives otherwise since the model retrained in session 34",
    ("BWBV0001000", "5(1)(e)"):
        "gives no label (misses proportionality): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001000", "5(1)(f)"):
        "gives human_rights (misses proportionality; adds human_rights): read blind on 2026-12-06 (session 33); still missed after its study; gives otherwise since the model retrained in session 34",
    ("BWBV0001000", "5(3)"):
        "gives human_rights, judicial_oversight (misses proportionality): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001000", "6(1)"):
        "gives human_rights, proportionality, data_protection (adds proportionality, data_protection): read blind on 2026-12-06 (session 33); still missed after its study; gives otherwise since the model retrained in session 35",
    ("BWBV0001000", "7(1)"):
        "gives any, human_rights (adds any): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001000", "8(1)"):
        "gives human_rights (misses data_protection): missed by the model retrained after the six drafts of session 36 joined the training",
    ("BWBV0001000", "8(2)"):
        "gives domestic_law, proportionality, data_protection (misses human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001000", "9(2)"):
        "gives human_rights, data_protection (adds data_protection): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001000", "10(2)"):
        "gives proportionality, data_protection (misses human_rights; adds proportionality, data_protection): read blind on 2026-12-06 (session 33); still missed after its study; gives otherwise since the model retrained in session 34; gives otherwise since the model retrained in session 35",
    ("BWBV0001000", "11(2)"):
        "gives proportionality, data_protection (misses human_rights; adds proportionality, data_protection): read blind on 2026-12-06 (session 33); still missed after its study; gives otherwise since the model retrained in session 34; gives otherwise since the model retrained in session 35",
    ("BWBV0001000", "12"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33); still missed after its study; gives otherwise since the model retrained in session 36",
    ("BWBV0001000", "14"):
        "gives non_discrimination (misses human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001000", "15(1)"):
        "gives proportionality (misses human_rights; adds proportionality): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001000", "15(2)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001000", "15(3)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001000", "17"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001000", "18"):
        "gives use_limitation (misses human_rights, proportionality; adds use_limitation): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001000", "34"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001000", "39(2)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001000", "41"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33); still missed after its study; gives otherwise since the model retrained in session 36",
    ("BWBV0001029", "preamble(2)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001029", "2(1)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001029", "2(2)"):
        "gives use_limitation (misses human_rights; adds use_limitation): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001029", "2(3)"):
        "gives proportionality, data_protection (misses human_rights; adds proportionality, data_protection): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001029", "2(4)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001788", "2"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001043", "1(1)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001043", "2(1)"):
        "gives no label (misses serious): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001043", "6(2)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001817", "4(1)"):
        "gives dual_criminality, refusal_grounds (misses proportionality): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001817", "4(5)(h)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001817", "5(3)"):
        "gives no label (misses domestic_law): missed by the model retrained after the six drafts of session 36 joined the training",
    ("BWBV0001817", "6(2)"):
        "gives use_limitation (misses refusal_grounds; adds use_limitation): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0002878", "4(1)"):
        "gives dual_criminality, refusal_grounds (misses proportionality): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0002878", "4(5)(h)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0002878", "5(3)"):
        "gives no label (misses domestic_law): missed by the model retrained after the six drafts of session 36 joined the training",
    ("BWBV0002878", "6(2)"):
        "gives refusal_grounds, use_limitation (adds use_limitation): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0006375", "1(4)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 33) in whole articles; still missed after its study, its numbered paragraphs ('1.1.', '1.2.') read as units since session 39",
    ("BWBV0006375", "1(6)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-06 (session 33) in whole articles; still missed after its study, its numbered paragraphs ('1.1.', '1.2.') read as units since session 39",
    ("BWBV0006375", "5(1)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-06 (session 33) in whole articles; still missed after its study, its numbered paragraphs ('1.1.', '1.2.') read as units since session 39",
    ("BWBV0004561", "3(1)"):
        "gives use_limitation (misses proportionality; adds use_limitation): read blind on 2026-12-06 (session 33); still missed after its study; gives otherwise since the model retrained in session 36",
    ("BWBV0005392", "6(2)(c)"):
        "gives no label (misses proportionality): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005392", "6(4)"):
        "gives no label (misses refusal_grounds, domestic_law): read blind on 2026-12-06 (session 33); still missed after its study; gives otherwise since the model retrained in session 36",
    ("BWBV0005392", "7(1)"):
        "gives no label (misses proportionality): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005392", "8(3)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005392", "10(1)(d)"):
        "gives refusal_grounds (adds refusal_grounds): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005392", "14(3)"):
        "gives refusal_grounds (adds refusal_grounds): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005392", "15(2)"):
        "gives refusal_grounds (adds refusal_grounds): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005392", "16(4)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005392", "17(b)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005392", "18(2)(c)"):
        "gives judicial_oversight (adds judicial_oversight): missed by the model retrained after the six drafts of session 36 joined the training",
    ("BWBV0005392", "19(3)(a)"):
        "gives judicial_oversight (adds judicial_oversight): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005392", "20(3)"):
        "gives no label (misses domestic_law): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005392", "22(e)"):
        "gives refusal_grounds (misses human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005392", "22(e)(i)"):
        "gives human_rights (misses refusal_grounds): missed by the model retrained after the seven drafts of session 34 joined the training",
    ("BWBV0005392", "22(e)(ii)"):
        "gives human_rights (misses refusal_grounds): missed by the model retrained after the six drafts of session 36 joined the training",
    ("BWBV0005392", "23(4)"):
        "gives refusal_grounds (misses human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005392", "23(5)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005392", "23(6)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33); still missed after its study; gives otherwise since the model retrained in session 36",
    ("BWBV0005392", "23(7)"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005392", "23(7)(b)"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005392", "23(7)(c)"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005392", "23(8)"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005392", "23(9)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005392", "23(10)"):
        "gives domestic_law (misses human_rights; adds domestic_law): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005392", "24(5)"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005392", "24(6)"):
        "gives domestic_law (misses human_rights; adds domestic_law): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005392", "25(1)(c)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005392", "30(5)(b)"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005392", "30(5)(b)(ii)"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005392", "30(6)"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005392", "30(8)"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005392", "31(b)"):
        "gives no label (misses refusal_grounds, human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005392", "40(2)"):
        "gives no label (misses use_limitation): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005392", "40(3)"):
        "gives no label (misses proportionality, use_limitation): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005392", "annex 1"):
        "gives human_rights, data_protection, use_limitation (misses domestic_law; adds human_rights): read blind on 2026-12-06 (session 33); still missed after its study; gives otherwise since the model retrained in session 36",
    ("BWBV0001342", "preamble(5)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001342", "1(a)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001342", "4(1)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001342", "4(3)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001342", "4(4)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001342", "4(1)#2"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001342", "4(2)#2"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001342", "4(3)#2"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001342", "4(4)#2"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001342", "9(a)"):
        "gives no label (misses proportionality): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001342", "9(e)"):
        "gives no label (misses domestic_law, proportionality): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001342", "16(1)(c)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001342", "16(2)"):
        "gives use_limitation (misses domestic_law, data_protection; adds use_limitation): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001342", "17(b)"):
        "gives no label (misses domestic_law): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001342", "19(3)"):
        "gives no label (misses use_limitation): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001342", "21(1)(c)"):
        "gives no label (misses proportionality): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001342", "21(2)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001342", "25"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001342", "28"):
        "gives no label (misses domestic_law): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001342", "30(2)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001342", "37"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0002010", "7(g)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0002010", "12"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0002010", "13"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0002010", "13(a)"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0002010", "13(b)"):
        "gives refusal_grounds (misses human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0002010", "14"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0002010", "20"):
        "gives refusal_grounds, human_rights (misses domestic_law): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0002010", "22"):
        "gives defined (adds defined): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0002010", "25"):
        "gives no label (misses non_discrimination, human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005627", "preamble(9)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005627", "preamble(18)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005627", "5"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005627", "6(1)"):
        "gives human_rights (adds human_rights): missed by the model retrained after the six drafts of session 36 joined the training",
    ("BWBV0005627", "6(2)"):
        "gives human_rights (adds human_rights): missed by the model retrained after the six drafts of session 36 joined the training",
    ("BWBV0005627", "7"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005627", "16(iv)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005627", "16(v)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005627", "22"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005627", "23"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005627", "26(1)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005627", "26(2)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005627", "27"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0001522", "3(c)"):
        "gives treaty (adds treaty): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0006432", "preamble(8)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0006432", "II"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0006432", "III(2)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005433", "3(b)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005433", "10(2)"):
        "gives data_protection, use_limitation (adds data_protection, use_limitation): read blind on 2026-12-06 (session 33); still missed after its study; gives otherwise since the model retrained in session 34; gives otherwise since the model retrained in session 35; gives otherwise since the model retrained in session 36",
    ("BWBV0005433", "15(1)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005433", "16(1)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005433", "16(2)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005433", "16(4)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005433", "17"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005433", "21(2)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005433", "22"):
        "gives refusal_grounds (adds refusal_grounds): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005433", "23(2)(b)"):
        "gives refusal_grounds, human_rights (misses domestic_law): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005433", "23(2)(e)"):
        "gives refusal_grounds (misses domestic_law): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005433", "34(1)"):
        "gives no label (misses proportionality): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005433", "37"):
        "gives no label (misses refusal_grounds, human_rights): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0005433", "55(1)(b)"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-06 (session 33); still missed after its study",
    ("BWBV0002508", "preamble(4)"):
        "gives non_discrimination (adds non_discrimination): missed by the model retrained after the six drafts of session 36 joined the training",
    ("BWBV0002508", "preamble(9)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0002508", "preamble(10)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0002508", "2(1)"):
        "gives non_discrimination (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0002508", "2(2)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0002508", "4"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0002508", "5"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0002508", "6(1)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0002508", "7(1)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0002508", "8(1)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0002508", "8(2)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0002508", "9(1)"):
        "gives judicial_oversight, proportionality (misses human_rights; adds judicial_oversight, proportionality): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33; gives otherwise since the model retrained in session 34",
    ("BWBV0002508", "9(2)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0002508", "9(3)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0002508", "9(4)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0002508", "12(1)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0002508", "13(2)"):
        "gives proportionality (misses human_rights; adds proportionality): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33; gives otherwise since the model retrained in session 35; gives otherwise since the model retrained in session 36",
    ("BWBV0002508", "13(2)(a)"):
        "gives judicial_oversight, proportionality (misses human_rights; adds judicial_oversight, proportionality): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33; gives otherwise since the model retrained in session 34; gives otherwise since the model retrained in session 36",
    ("BWBV0002508", "13(2)(b)"):
        "gives judicial_oversight, proportionality (misses human_rights; adds judicial_oversight, proportionality): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33; gives otherwise since the model retrained in session 34; gives otherwise since the model retrained in session 35; gives otherwise since the model retrained in session 36",
    ("BWBV0002508", "14(2)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0002508", "15(2)"):
        "gives domestic_law, proportionality (misses human_rights; adds domestic_law, proportionality): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33; gives otherwise since the model retrained in session 34; gives otherwise since the model retrained in session 35; gives otherwise since the model retrained in session 36",
    ("BWBV0002508", "16(1)"):
        "gives data_protection (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0002508", "16(2)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0002508", "18(3)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0002508", "20(1)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0002508", "20(2)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0002508", "21(a)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0002508", "23(2)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0002508", "24(1)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0002508", "25"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0002508", "26(1)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33; gives otherwise since the model retrained in session 35",
    ("BWBV0002508", "27(1)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0002508", "28(1)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0002508", "29(1)(b)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0002508", "29(2)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0002508", "30"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0002508", "31(1)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0002508", "31(2)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0002508", "32(1)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0002508", "33"):
        "gives treaty (adds treaty): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0002508", "37(b)"):
        "gives domestic_law (misses human_rights, proportionality): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0002508", "37(d)"):
        "gives human_rights (misses judicial_oversight): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0002508", "40(2)(a)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0002508", "40(4)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0002508", "45(c)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0001008", "preamble(2)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0001008", "1"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0001008", "2(1)"):
        "gives non_discrimination (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0001008", "2(2)"):
        "gives no label (misses non_discrimination, human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0001008", "7"):
        "gives non_discrimination (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33; gives otherwise since the model retrained in session 35; gives otherwise since the model retrained in session 36",
    ("BWBV0001008", "8"):
        "gives human_rights (misses judicial_oversight): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0001008", "9"):
        "gives human_rights (misses proportionality): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0001008", "12"):
        "gives human_rights, data_protection (misses proportionality): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0001008", "14(2)"):
        "gives refusal_grounds (adds refusal_grounds): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0001008", "16(1)"):
        "gives non_discrimination (misses human_rights; adds non_discrimination): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0001008", "16(2)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0001008", "16(3)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0001008", "17(2)"):
        "gives human_rights (misses proportionality): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0001008", "21(3)"):
        "gives use_limitation (misses human_rights; adds use_limitation): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0001008", "22"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0001008", "23(2)"):
        "gives non_discrimination (misses human_rights; adds non_discrimination): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33; gives otherwise since the model retrained in session 35; gives otherwise since the model retrained in session 36",
    ("BWBV0001008", "25(2)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0001008", "26(3)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0001008", "29(2)"):
        "gives human_rights, data_protection, use_limitation (adds data_protection, use_limitation): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33; gives otherwise since the model retrained in session 34; gives otherwise since the model retrained in session 36",
    ("BWBV0001676", "1(1)"):
        "gives non_discrimination (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0001676", "1(2)"):
        "gives no label (misses non_discrimination, human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0001003", "preamble(1)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0001003", "5"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0001003", "6"):
        "gives human_rights (adds human_rights): missed by the model retrained after the six drafts of session 35 joined the training",
    ("BWBV0001003", "8"):
        "gives no label (misses non_discrimination, human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0001003", "9"):
        "gives no label (misses proportionality): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0001003", "12(1)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0001003", "15"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0001003", "17(1)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0001003", "24(1)(b)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0001003", "25(1)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0001003", "30(1)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0001003", "31(1)"):
        "gives no label (misses proportionality): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33; gives otherwise since the model retrained in session 36",
    ("BWBV0001003", "31(3)"):
        "gives proportionality (misses human_rights; adds proportionality): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0001003", "annex"):
        "gives refusal_grounds, proportionality (misses human_rights; adds refusal_grounds, proportionality): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005628", "preamble(10)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005628", "preamble(11)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005628", "preamble(13)"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005628", "1"):
        "gives non_discrimination, human_rights (adds non_discrimination): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005628", "10"):
        "gives domestic_law, judicial_oversight (adds domestic_law, judicial_oversight): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005628", "12"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005628", "13"):
        "gives human_rights (adds human_rights): missed by the model retrained after the seven drafts of session 34 joined the training",
    ("BWBV0005628", "20(1)"):
        "gives human_rights, use_limitation (adds human_rights, use_limitation): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005628", "23(1)"):
        "gives data_protection, use_limitation (misses human_rights; adds use_limitation): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005628", "23(2)"):
        "gives use_limitation (misses human_rights, data_protection; adds use_limitation): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33; gives otherwise since the model retrained in session 36",
    ("BWBV0005628", "24"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005628", "28"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005628", "29"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0006340", "2"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0003221", "2"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0003221", "5(6)"):
        "gives no label (misses proportionality): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0003221", "5(7)(d)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0003221", "7(1)(b)(i)"):
        "gives domestic_law (misses refusal_grounds): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0003221", "7(1)(b)(ii)"):
        "gives no label (misses refusal_grounds): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0003221", "7(2)"):
        "gives refusal_grounds, use_limitation (adds use_limitation): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0003221", "2@2"):
        "gives no label (misses data_protection): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0003221", "2@2(b)"):
        "gives data_protection, use_limitation (adds use_limitation): missed by the model retrained after the seven drafts of session 34 joined the training",
    ("BWBV0003221", "2@2(d)"):
        "gives data_protection (misses domestic_law, proportionality): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33; gives otherwise since the model retrained in session 34",
    ("BWBV0003221", "2@2(e)"):
        "gives data_protection (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0003221", "2@2(f)"):
        "gives human_rights, data_protection, use_limitation (adds use_limitation): missed by the model retrained after the six drafts of session 36 joined the training",
    ("BWBV0003221", "2@2(g)"):
        "gives proportionality, data_protection, use_limitation (adds use_limitation): missed by the model retrained after the six drafts of session 36 joined the training",
    ("BWBV0003221", "2@2(h)"):
        "gives data_protection, use_limitation (adds use_limitation): missed by the model retrained after the seven drafts of session 34 joined the training",
    ("BWBV0003221", "2@2(i)"):
        "gives data_protection, use_limitation (adds use_limitation): missed by the model retrained after the six drafts of session 36 joined the training",
    ("BWBV0003161", "4(1)"):
        "gives dual_criminality, refusal_grounds (misses proportionality): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0003161", "4(5)(h)"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0003161", "5(3)"):
        "gives no label (misses domestic_law): missed by the model retrained after the six drafts of session 36 joined the training",
    ("BWBV0003161", "6(2)"):
        "gives refusal_grounds, use_limitation (adds use_limitation): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "3(1)(a)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "3(1)(b)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "3(1)(c)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "3(1)(d)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "4"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "5"):
        "gives no label (misses human_rights, proportionality): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33; gives otherwise since the model retrained in session 35",
    ("BWBV0005569", "7"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "8"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "10"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "13"):
        "gives non_discrimination (adds non_discrimination): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "19"):
        "gives proportionality, use_limitation (adds proportionality, use_limitation): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "25"):
        "gives proportionality (misses human_rights; adds proportionality): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "27"):
        "gives non_discrimination, human_rights (misses proportionality): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "28"):
        "gives use_limitation (misses human_rights; adds use_limitation): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "30"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "31"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "32"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "33"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "34"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "35"):
        "gives refusal_grounds, human_rights (adds refusal_grounds): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33; gives otherwise since the model retrained in session 34",
    ("BWBV0005569", "38(1)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "38(2)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "38(3)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "38(4)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "38(5)"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "39"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "41"):
        "gives proportionality (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "42"):
        "gives no label (misses proportionality): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "43"):
        "gives no label (misses human_rights, judicial_oversight): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "44"):
        "gives no label (misses non_discrimination, human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "45"):
        "gives no label (misses any, non_discrimination, human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "46"):
        "gives domestic_law (misses proportionality): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "47"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "48"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "49"):
        "gives proportionality (misses human_rights; adds proportionality): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "50"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "51"):
        "gives proportionality (misses human_rights; adds proportionality): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "52"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "54"):
        "gives use_limitation (misses human_rights; adds use_limitation): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "57"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "60"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "64"):
        "gives defined (adds defined): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "65"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "66"):
        "gives no label (misses any, human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "67"):
        "gives proportionality (misses human_rights; adds proportionality): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "68"):
        "gives proportionality (misses human_rights; adds proportionality): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33; gives otherwise since the model retrained in session 35; gives otherwise since the model retrained in session 36",
    ("BWBV0005569", "70"):
        "gives domestic_law (misses treaty, serious, any, human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "71"):
        "gives serious (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33; gives otherwise since the model retrained in session 34",
    ("BWBV0005569", "72"):
        "gives human_rights (misses serious): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "74"):
        "gives serious (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33; gives otherwise since the model retrained in session 34",
    ("BWBV0005569", "75"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "76"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "78"):
        "gives no label (misses domestic_law, human_rights, proportionality): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "80"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "81"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "82"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "83"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "84"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "85"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33; gives otherwise since the model retrained in session 36",
    ("BWBV0005569", "86"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "88"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "89"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "90"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "91"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "92"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "93"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "94"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "95"):
        "gives domestic_law (misses human_rights; adds domestic_law): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "97"):
        "gives no label (misses domestic_law, human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "98"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "99"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "100"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "101"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "104"):
        "gives human_rights, proportionality (adds human_rights, proportionality): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "106"):
        "gives proportionality (misses human_rights; adds proportionality): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "107"):
        "gives proportionality (misses human_rights; adds proportionality): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "108"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "112"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "115"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "116"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "118"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "119(1)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "119(3)"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "119(4)"):
        "gives proportionality (misses human_rights; adds proportionality): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "120"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "121"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "123"):
        "gives proportionality (misses human_rights; adds proportionality): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "124"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "125"):
        "gives refusal_grounds (misses human_rights; adds refusal_grounds): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "128"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "130"):
        "gives non_discrimination (adds non_discrimination): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "133"):
        "gives no label (misses any, proportionality): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "136"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "137"):
        "gives no label (misses human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33; gives otherwise since the model retrained in session 34",
    ("BWBV0005569", "143"):
        "gives proportionality (misses human_rights; adds proportionality): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "146"):
        "gives domestic_law, human_rights (misses defined): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "148"):
        "gives no label (misses defined): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "5@2(a)"):
        "gives use_limitation (adds use_limitation): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0005569", "7@2"):
        "gives refusal_grounds (adds refusal_grounds): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0006305", "1(2)#5"):
        "gives domestic_law (adds domestic_law): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0006305", "3(4)"):
        "gives refusal_grounds (adds refusal_grounds): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0006305", "4(6)(b)"):
        "gives refusal_grounds, use_limitation (adds refusal_grounds, use_limitation): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33; gives otherwise since the model retrained in session 36",
    ("BWBV0006305", "4(6)(d)"):
        "gives refusal_grounds (adds refusal_grounds): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0006305", "annex I(1)#2"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0006305", "annex I(4)#2"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0006305", "annex I(2)#12"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33; gives otherwise since the model retrained in session 35; gives otherwise since the model retrained in session 36",
    ("BWBV0006305", "annex I(1)#15"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0006305", "annex I(2)#16"):
        "gives proportionality (adds proportionality): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
    ("BWBV0006305", "annex II"):
        "gives human_rights (adds human_rights): read blind on 2026-12-06 (session 33, second set); missed blind by the model retrained in session 33",
}


def _readings(doc_id: str) -> list[dict]:
    path = READINGS / f"{doc_id}.labels.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _rows():
    for doc_id, name in TREATIES.items():
        for r in _readings(doc_id):
            key = (doc_id, r["clause_id"])
            marks = [pytest.mark.xfail(strict=True, reason=MISSED[key])] if key in MISSED else []
            yield pytest.param(doc_id, r["clause_id"], r["tiers"] + r["safeguards"], marks=marks,
                               id=f"{name.replace(' ', '_')}-{r['clause_id']}")


@pytest.fixture(scope="module")
def labelled(corpus):
    nlp = default_pipeline()
    trained_on = set(nlp.get_pipe("treatyscope_classifier").model.card["data"]["documents"])
    done: dict[str, dict[str, list[str]]] = {}

    def of(doc_id: str) -> dict[str, list[str]]:
        if doc_id not in done:
            assert doc_id not in trained_on, "the model was trained on it: its readings measure nothing"
            ld, _ = label_document(read_document(document_path(corpus, doc_id), doc_id=doc_id), nlp=nlp)
            done[doc_id] = {lc.clause.clause_id: lc.tiers + lc.safeguards for lc in ld.clauses}
        return done[doc_id]

    return of


@pytest.mark.parametrize("doc_id", list(TREATIES))
def test_every_unit_of_a_treaty_has_one_reading_of_its_text(corpus, doc_id):
    """The readings are the treaty's annotation units, in order, and each read the text it names."""
    got = [(u["clause_id"], text_checksum(u["text"])) for u in units(doc_id, corpus)]
    assert got == [(r["clause_id"], r["checksum"]) for r in _readings(doc_id)]


def test_every_miss_names_a_row():
    rows = {(doc_id, r["clause_id"]) for doc_id in TREATIES for r in _readings(doc_id)}
    assert set(MISSED) <= rows


@pytest.mark.parametrize(("doc_id", "clause_id", "expected"), list(_rows()))
def test_a_treaty_read_whole(labelled, doc_id, clause_id, expected):
    assert labelled(doc_id)[clause_id] == expected
