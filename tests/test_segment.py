"""Segmentation: every layout the corpus and negotiating drafts use, and offsets that always hold."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from treatyscope.segment import chapeau_id, find_brackets, segment, segment_document
from treatyscope.types import Document


def ids(text: str) -> list[str]:
    return [c.clause_id for c in segment(text)]


def by_id(text: str) -> dict:
    return {c.clause_id: c for c in segment(text)}


MARKDOWN = """##Verdrag inzake iets

####Convention on Something

### CHAPTER  II  

####PROCEDURAL LAW

### Article  14  

####Scope of procedural provisions

1.   Each Party shall adopt such measures as may be necessary for the purpose of specific proceedings.   
2. 2 Except as provided otherwise in Article 21, each Party shall apply the powers referred to in paragraph 1 of this article to: 

a) the criminal offences established in accordance with Articles 2 through 11;  

b) other criminal offences committed by means of a computer system; and  

c) the collection of evidence in electronic form of a criminal offence.     
3. 
a)Each Party may reserve the right to apply the measures only to offences specified in the reservation.

b) Where a Party cannot apply the measures to a system which: 

(i) is being operated for a closed group of users, and  

(ii) does not employ public networks, that Party may reserve the right not to apply them.

###Article 15 

####Conditions and safeguards

The powers shall be subject to conditions provided for under its domestic law.
"""

UN_PLAIN = """Article 23
Criminalization of obstruction of justice
1. Each State Party shall adopt such measures as may be necessary to establish as criminal offences:
(a) The use of physical force or threats to induce false testimony;
(b) The use of intimidation to interfere with the exercise of official duties.
2. Nothing in this article shall prejudice the right of States Parties to protect other categories of public official.

Article 24
Protection of witnesses
Each State Party shall take appropriate measures within its means to protect witnesses.
"""

COE_PLAIN = """Article 14 – Scope of procedural provisions
1 Each Party shall adopt such measures as may be necessary to establish the powers provided for in this section.
2 Each Party shall apply the powers referred to in paragraph 1 of this article to:
a the criminal offences established in accordance with Articles 2 through 11;
b other criminal offences committed by means of a computer system; and
c the collection of evidence in electronic form of a criminal offence.
"""

LETTERS_PAST_H = """Article 2
Use of terms
For the purposes of this Convention:
(g) "Confiscation" shall mean the permanent deprivation of property;
(h) "Predicate offence" shall mean any offence as a result of which proceeds have been generated;
(i) "Controlled delivery" shall mean the technique of allowing consignments to pass;
(j) "Organization" shall mean an organization constituted by sovereign States.

Article 3
Measures
1. Each Party shall:
(h) consider the following measures:
(i) measures of the first kind;
(ii) measures of the second kind.
"""

MIXED_LANGUAGE = """### Article  1  

####Purpose

The purpose of this Convention is to promote cooperation between the Parties to prevent crime.

### Artikel  1  

####Doel

Het doel van dit Verdrag is de samenwerking tussen de Partijen te bevorderen om misdaad te voorkomen.
"""

TITLED_PLAIN = """DRAFT CONVENTION ON SOMETHING

A note on the status of this text.

Preamble

The States Parties to this Convention,
Noting the need for cooperation,
Have agreed as follows:

Article 1
Purpose
The purpose of this Convention is cooperation.
"""

PREAMBLE = """####Convention on Something

Preamble The member States of the Council of Europe, Considering that the aim of the Council is unity; Recognising the value of co-operation;  Have agreed as follows:

### Article  1  

####Purpose

The purpose of this Convention is to promote cooperation.
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Markdown corpus layout: chapter context, "2. 2" repeated number, empty chapeau, letter glued to text
        # (the two document titles are kept as notes, never labelled)
        (MARKDOWN, ["note(1)", "note(2)", "14(1)", "14(2)", "14(2)(a)", "14(2)(b)", "14(2)(c)", "14(3)(a)", "14(3)(b)",
                    "14(3)(b)(i)", "14(3)(b)(ii)", "15"]),
        # UN plain text: "Article 23" on its own line, heading line, "1." paragraphs, "(a)" items
        (UN_PLAIN, ["23(1)", "23(1)(a)", "23(1)(b)", "23(2)", "24"]),
        # Council of Europe style: "Article 14 – Heading", paragraphs "1 Each", items "a the"
        (COE_PLAIN, ["14(1)", "14(2)", "14(2)(a)", "14(2)(b)", "14(2)(c)"]),
        # (i) after (h) is the next letter when (h) does not introduce items, a roman item when it does
        (LETTERS_PAST_H, ["2", "2(g)", "2(h)", "2(i)", "2(j)", "3(1)", "3(1)(h)", "3(1)(h)(i)", "3(1)(h)(ii)"]),
        # The Dutch version repeats article numbers: its clauses get a second key
        (MIXED_LANGUAGE, ["1", "1@2"]),
        # Recitals written on one line are split; the word "Preamble" is not part of the first
        (PREAMBLE, ["note(1)", "preamble(1)", "preamble(2)", "preamble(3)", "preamble(4)", "1"]),
        # Title and note lines before a "Preamble" line of its own are not recitals (kept as notes)
        (TITLED_PLAIN, ["note(1)", "note(2)", "preamble(1)", "preamble(2)", "preamble(3)", "1"]),
    ],
)
def test_clause_ids_per_layout(text, expected):
    assert ids(text) == expected


@pytest.mark.parametrize(
    ("text", "clause_id", "field", "value"),
    [
        # heading from the #### line after the article heading
        (MARKDOWN, "14(2)(a)", "heading", "Scope of procedural provisions"),
        # heading from the dash in a CoE heading line
        (COE_PLAIN, "14(1)", "heading", "Scope of procedural provisions"),
        # heading from the line after a plain "Article 23"
        (UN_PLAIN, "23(1)(a)", "heading", "Criminalization of obstruction of justice"),
        # the repeated paragraph number is not part of the text
        (MARKDOWN, "14(2)", "text", "Except as provided otherwise in Article 21, each Party shall apply the powers "
                                    "referred to in paragraph 1 of this article to:"),
        # roman items below a letter are addressed "b.i"
        (MARKDOWN, "14(3)(b)(i)", "subparagraph", "b.i"),
        # chapters are kept as context, with their titles
        (MARKDOWN, "14(1)", "context", ("CHAPTER II – PROCEDURAL LAW",)),
        # an article with no numbered paragraph is one clause
        (UN_PLAIN, "24", "paragraph", None),
        # the chapeau of a paragraph is a clause of its own
        (UN_PLAIN, "23(1)", "chapeau", True),
        # Dutch text is detected and so skipped
        (MIXED_LANGUAGE, "1@2", "language", "nl"),
        (MIXED_LANGUAGE, "1", "language", "en"),
        # "Preamble" is cut off the first recital
        (PREAMBLE, "preamble(1)", "text", "The member States of the Council of Europe"),
    ],
)
def test_clause_fields(text, clause_id, field, value):
    assert getattr(by_id(text)[clause_id], field) == value


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # draft alternatives in square brackets are found
        ("by means of [a computer system] [an ICT device];", [(12, 31), (32, 47)]),
        # nested brackets count once, as the outer span
        ("[the [bracketed] text]", [(0, 22)]),
        # Markdown links and footnote marks are not bracketed draft text
        ("the [Convention](../x/README.md) and note [1]", []),
    ],
)
def test_brackets(text, spans):
    assert find_brackets(text) == spans


def test_bracketed_clause_is_flagged():
    clause = by_id("Article 3\nScope\nThis applies to [a computer system] [an ICT device].\n")["3"]
    assert clause.bracketed and len(clause.brackets) == 2
    assert [clause.text[s - clause.start:e - clause.start] for s, e in clause.brackets] == ["[a computer system]",
                                                                                             "[an ICT device]"]


def test_a_one_line_article_is_its_body_not_its_heading():
    clauses = segment("Article 1\nThe Parties shall cooperate\n\nArticle 2\nScope\nThis applies.\n")
    assert [(c.clause_id, c.heading, c.text) for c in clauses] == [
        ("1", None, "The Parties shall cooperate"), ("2", "Scope", "This applies.")]


def test_text_without_articles_is_split_by_paragraph_with_a_warning():
    result = segment_document(Document("d", "First paragraph of text.\n\nSecond paragraph here.\n"))
    assert [c.clause_id for c in result.clauses] == ["body(1)", "body(2)"]
    assert result.warnings and "no article structure" in result.warnings[0]
    assert not result.structured


def test_offsets_match_text_on_every_layout():
    for text in (MARKDOWN, UN_PLAIN, COE_PLAIN, LETTERS_PAST_H, MIXED_LANGUAGE, PREAMBLE):
        for c in segment(text):
            assert c.text == text[c.start:c.end]
            assert c.text == c.text.strip()


_treaty_ish = st.lists(
    st.one_of(
        st.sampled_from(["Article 1", "### Article  2  ", "####Heading", "1. ", "2. 2 ", "a) ", "(i) ", "[", "]",
                         "Preamble ", "; Considering ", "\n", "\n\n", "CHAPTER I", "IN WITNESS WHEREOF", "b.", "1 Each"]),
        st.text(max_size=40),
    ),
    max_size=40,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_treaty_ish)
def test_segmentation_never_raises_and_offsets_are_valid(text):
    for c in segment(text):
        assert 0 <= c.start <= c.end <= len(text)
        assert text[c.start:c.end] == c.text
        for s, e in c.brackets:
            assert c.start <= s < e <= c.end


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_segmentation_of_arbitrary_unicode(text):
    for c in segment(text):
        assert text[c.start:c.end] == c.text


# Tails (codebook "The unit"): the words after a paragraph's last item that belong to the
# whole paragraph are a clause of their own, addressed (paragraph, "tail").
_TAIL_LEAD = "### Article 3\n\n####Scope\n\n1.   This Convention shall apply to the prevention of: \n\n"


@pytest.mark.parametrize(
    "body, expected",
    [
        # run into the last item's line after "; where" (UNTOC 3(1) in the corpus)
        ("a) The offences established in accordance with articles 5 and 6; and  \n\n"
         "b) Serious crime as defined in article 2; where the offence is transnational in nature.\n",
         [("3(1)(a)", "The offences established in accordance with articles 5 and 6; and"),
          ("3(1)(b)", "Serious crime as defined in article 2;"),
          ("3(1)(tail)", "where the offence is transnational in nature.")]),
        # "; unless" after the last item
        ("a) the sending of documents;\n\nb) the transmission of requests;   unless the Party makes a declaration.\n",
         [("3(1)(a)", "the sending of documents;"), ("3(1)(b)", "the transmission of requests;"),
          ("3(1)(tail)", "unless the Party makes a declaration.")]),
        # a sentence after a run of spaces: a line break the corpus merged
        ("a) the first case; and\n\nb) the second case.   If the Party so decides, it shall inform the Court.\n",
         [("3(1)(a)", "the first case; and"), ("3(1)(b)", "the second case."),
          ("3(1)(tail)", "If the Party so decides, it shall inform the Court.")]),
        # a block of its own after the last item, separated by a blank line
        ("a) the first case;\n\nb) the second case.\n\nwhere the offence involves a group.\n",
         [("3(1)(a)", "the first case;"), ("3(1)(b)", "the second case."),
          ("3(1)(tail)", "where the offence involves a group.")]),
        # "; such ..." continues the item itself: no tail
        ("a) the first case; or\n\nb) contributes to the offence; such contribution shall be intentional.\n",
         [("3(1)(a)", "the first case; or"),
          ("3(1)(b)", "contributes to the offence; such contribution shall be intentional.")]),
        # a hard-wrapped item (no blank line) stays one clause
        ("a) the first case;\n\nb) the second case, as set out in\nthe annex to this Convention.\n",
         [("3(1)(a)", "the first case;"),
          ("3(1)(b)", "the second case, as set out in\nthe annex to this Convention.")]),
        # dash items below the last item belong to it
        ("a) the first case;\n\nb) acts where:\n\n– force is used; or\n",
         [("3(1)(a)", "the first case;"), ("3(1)(b)", "acts where:\n\n– force is used; or")]),
        # a letter glued to its item's first word ("cnot") is the next item, never a tail
        ("a) not to accept Chapter I;\n\nb) not to accept Chapter II;\n\ncnot to accept Chapter III.\n",
         [("3(1)(a)", "not to accept Chapter I;"),
          ("3(1)(b)", "not to accept Chapter II;\n\ncnot to accept Chapter III.")]),
    ],
)
def test_a_paragraph_tail_is_a_clause_of_its_own(body, expected):
    clauses = [c for c in segment(_TAIL_LEAD + body) if c.subparagraph]
    assert [(c.clause_id, c.text) for c in clauses] == expected


def test_a_conditional_lead_in_is_completed_by_its_tail():
    text = ("### Article 53\n\n2.   If the Prosecutor concludes that there is no basis because: \n\n"
            "a) There is no legal basis; \n\nb) The case is inadmissible; or  \n\n"
            "c) A prosecution is not in the interests of justice; the Prosecutor shall inform the Chamber.\n")
    tail = by_id(text)["53(2)(tail)"]
    assert (tail.paragraph, tail.subparagraph, tail.text) == ("2", "tail", "the Prosecutor shall inform the Chamber.")
    assert by_id(text)["53(2)(c)"].text == "A prosecution is not in the interests of justice;"


def test_a_tail_needs_a_lead_in_that_introduces_items():
    # the paragraph's first words are a sentence, not a lead-in ending in ":": nothing to complete
    text = "### Article 4\n\n1.   Each Party shall cooperate.\n\na) first; and\n\nb) second; where needed.\n"
    assert [c.clause_id for c in segment(text)] == ["4(1)", "4(1)(a)", "4(1)(b)"]


# --- structure: title lines and the parts reach works on (issue 14) ----------------------------

PLAIN_CHAPTERS = """DRAFT PROTOCOL ON SHARING EVIDENCE

Note by the secretariat: a text for discussion only.

The Parties to this Protocol,
Considering the need to act together,
Have agreed as follows:

CHAPTER I
SCOPE

Article 1
Scope
This Protocol applies to evidence in electronic form.

CHAPTER II
MEASURES
Section 1
Orders

Article 2
Production orders
Each Party shall empower its authorities to order production of data.
"""


def test_title_lines_and_headnotes_are_kept_but_not_recitals():
    clauses = segment(PLAIN_CHAPTERS)
    pre = [(c.clause_id, c.kind, c.text) for c in clauses if c.article == "preamble"]
    assert pre == [
        ("preamble(1)", "title", "DRAFT PROTOCOL ON SHARING EVIDENCE"),
        ("preamble(2)", "title", "Note by the secretariat: a text for discussion only."),
        ("preamble(3)", "recital", "The Parties to this Protocol,"),
        ("preamble(4)", "recital", "Considering the need to act together,"),
        ("preamble(5)", "recital", "Have agreed as follows:"),
    ]


def test_a_chapter_title_on_its_own_line_belongs_to_the_chapter():
    got = [(c.clause_id, c.context, c.text) for c in segment(PLAIN_CHAPTERS) if c.article != "preamble"]
    assert got == [
        ("1", ("CHAPTER I – SCOPE",), "This Protocol applies to evidence in electronic form."),
        ("2", ("CHAPTER II – MEASURES", "Section 1 – Orders"),
         "Each Party shall empower its authorities to order production of data."),
    ]


@pytest.mark.parametrize("text, kinds", [
    # a "Preamble" line: what came before it is dropped, as before (gold ids unchanged)
    ("A TITLE\n\nPreamble\n\nThe States Parties,\nHave agreed as follows:\n\nArticle 1\nText.\n",
     ["recital", "recital"]),
    # no recital-like line at all: every piece stays a recital
    ("Only a line\n\nArticle 1\nText.\n", ["recital"]),
    # a numbered line is never a title
    ("1. Members of the household\n\nArticle 1\nText.\n", ["recital"]),
])
def test_which_preamble_pieces_are_titles(text, kinds):
    assert [c.kind for c in segment(text) if c.article == "preamble"] == kinds


def test_the_databases_status_line_is_no_article_heading():
    """"Treedt in werking ..." / "Wordt voorlopig toegepast" under an article line is the Dutch
    database's status, not the article's title: the article keeps no heading (its clause text
    is unchanged: the line is left out of it as before)."""
    text = ("### Article 1\nTreedt in werking op een nader te bepalen tijdstip\n\n"
            "1. Each Party shall establish as criminal offences the conduct set forth in this article.\n\n"
            "### Article 2\nWordt voorlopig toegepast\n\nThe Parties shall afford one another assistance.\n\n"
            "### Article 3\nMutual assistance\n\nThe Parties shall afford one another assistance.\n")
    assert [(c.clause_id, c.heading, c.text) for c in segment(text) if c.kind != "title"] == [
        ("1(1)", None, "Each Party shall establish as criminal offences the conduct set forth in this article."),
        ("2", None, "The Parties shall afford one another assistance."),
        ("3", "Mutual assistance", "The Parties shall afford one another assistance."),
    ]


def test_the_databases_status_line_after_a_title_is_no_clause_text():
    """The same status line after an article's title or a chapter's title (137 corpus files):
    it was read as the text's first line, so the article's English clause read as Dutch (and
    was not labelled), or it stood as a clause of its own, or it stretched the clause before it
    over the chapter's headings. It is kept apart as a ``meta`` clause, never labelled."""
    text = ("### Article 1\n\n####Use of terms\n\nTreedt in werking op een nader te bepalen tijdstip\n\n"
            "For the purposes of this Agreement, the term customs offence covers any breach of customs law.\n\n"
            "### CHAPTER II\n\n####ASSISTANCE\n\nTreedt in werking op een nader te bepalen tijdstip\n\n"
            "### Article 2\n\n####Protection of personal data\n\n"
            "Treedt in werking op een nader te bepalen tijdstip\n\n"
            "Each Party shall protect the personal data it receives under this Agreement.\n\n"
            "### Article 3\n\nTreedt in werking per 01-05-2015\n\n"
            "1. The requested Party shall execute the request.\n\n"
            "2. It may postpone the execution.\n")
    got = [(c.clause_id, c.kind, c.heading, c.context, c.text) for c in segment(text) if c.kind != "title"]
    note = "Treedt in werking op een nader te bepalen tijdstip"
    assert got == [
        ("meta(1)", "meta", None, (), note),
        ("1", "provision", "Use of terms", (),
         "For the purposes of this Agreement, the term customs offence covers any breach of customs law."),
        ("meta@2(1)", "meta", None, (), note),
        ("meta@2(2)", "meta", None, (), note),
        ("2", "provision", "Protection of personal data", ("CHAPTER II – ASSISTANCE",),
         "Each Party shall protect the personal data it receives under this Agreement."),
        ("3(1)", "provision", None, ("CHAPTER II – ASSISTANCE",), "The requested Party shall execute the request."),
        ("3(2)", "provision", None, ("CHAPTER II – ASSISTANCE",), "It may postpone the execution."),
    ]
    assert all(c.language == "en" for c in segment(text) if c.kind == "provision")


def test_a_paragraph_number_typed_with_two_points():
    """"1..  The ..." (90 lines in seven corpus files): the number opens the paragraph and the
    second point is no word of its text."""
    text = ("### Article 6\n\n1..  The requested Party may decline a request.\n\n"
            "2..  A request shall not be refused on the ground that the claim is disputed.\n")
    assert [(c.clause_id, c.text) for c in segment(text) if c.kind != "title"] == [
        ("6(1)", "The requested Party may decline a request."),
        ("6(2)", "A request shall not be refused on the ground that the claim is disputed."),
    ]


def test_a_lead_in_ending_in_a_dash_is_no_article_heading():
    """A first line "... only to the extent that -" (or "–", "—") introduces the article's
    items: it is the lead-in clause, not the article's title."""
    text = ("### Article 12\n\nThe execution of a request may be refused only to the extent that -\n\n"
            "(a) the execution does not fall within the functions of the judiciary; or\n\n"
            "(b) the State addressed considers that its sovereignty would be prejudiced.\n\n"
            "### Article 13\n\nThe Parties shall not apply—\n\n(a) in cases of force majeure.\n\n"
            "### Article 14\nCosts\n\nThe requesting State shall bear the costs.\n")
    assert [(c.clause_id, c.heading, c.text) for c in segment(text) if c.kind != "title"] == [
        ("12", None, "The execution of a request may be refused only to the extent that -"),
        ("12(a)", None,
         "the execution does not fall within the functions of the judiciary; or"),
        ("12(b)", None,
         "the State addressed considers that its sovereignty would be prejudiced."),
        ("13", None, "The Parties shall not apply—"),
        ("13(a)", None, "in cases of force majeure."),
        ("14", "Costs", "The requesting State shall bear the costs."),
    ]


def test_a_title_with_a_verb_over_numbered_paragraphs_is_the_title():
    """Found in a draft read blind on 2026-12-06: a title with a verb ("... when an alleged
    offender is present") is the article's title when numbered paragraphs follow it and it does
    not open like a sentence; a line that opens like one ("Each Party shall ...") stays a clause. An annex's own articles may carry a letter before the number ("Article A1")."""
    text = ("Convention on Something\n\nHave agreed as follows:\n\n"
            "Article 14\nPreliminary measures when an alleged offender is present\n"
            "1. Any State Party in whose territory the alleged offender is present shall take him into custody.\n"
            "2. Such State shall immediately make a preliminary inquiry into the facts.\n\n"
            "Article 15\nEach Party shall cooperate with the others\n1. It shall preserve data.\n2. It shall disclose data.\n\n"
            "ANNEX\n\nArticle A1\nScope of the annex\n1. This annex applies to requests under article 20.\n"
            "2. The requested State shall execute the request.\n\nArticle A2\nCosts\n"
            "The ordinary costs of executing a request shall be borne by the requested State.\n")
    got = [(c.clause_id, c.heading, c.text) for c in segment(text) if c.article != "preamble"]
    assert got == [
        ("14(1)", "Preliminary measures when an alleged offender is present",
         "Any State Party in whose territory the alleged offender is present shall take him into custody."),
        ("14(2)", "Preliminary measures when an alleged offender is present",
         "Such State shall immediately make a preliminary inquiry into the facts."),
        ("15", None, "Each Party shall cooperate with the others"),
        ("15(1)", None, "It shall preserve data."),
        ("15(2)", None, "It shall disclose data."),
        ("A1(1)", "Scope of the annex", "This annex applies to requests under article 20."),
        ("A1(2)", "Scope of the annex", "The requested State shall execute the request."),
        ("A2", "Costs", "The ordinary costs of executing a request shall be borne by the requested State."),
    ]


def test_a_hard_wrapped_draft_keeps_its_items():
    """Found by re-wrapping drafts at 60 columns: a line "a receiving Party ..." after "..., and"
    is the rest of a sentence, not an item "a"; a lone "or" left on a line after "...;" ends the
    item before it as "; or" does, so the "(b)" after it opens the next item."""
    text = ("Article 1\nConfidentiality\n"
            "1. The providing Party may request that such information be kept\n"
            "confidential or be used only subject to conditions, and\n"
            "a receiving Party that accepts the information shall be bound\nby those conditions.\n"
            "2. A Party may refuse transit:\n"
            "(a) where the sentenced person is one of its own nationals;\nor\n"
            "(b) where the acts are not an offence under its law.\n")
    clauses = segment(Document(doc_id="wrapped", text=text))
    assert [(c.clause_id, " ".join(c.text.split())) for c in clauses] == [
        ("1(1)", "The providing Party may request that such information be kept confidential or be used only "
                 "subject to conditions, and a receiving Party that accepts the information shall be bound by "
                 "those conditions."),
        ("1(2)", "A Party may refuse transit:"),
        ("1(2)(a)", "where the sentenced person is one of its own nationals; or"),
        ("1(2)(b)", "where the acts are not an offence under its law."),
    ]


@pytest.mark.parametrize("title", [
    "Joint operations, joint investigation teams and other forms of cooperation",
    "Joint operations, joint investigation teams and other forms\nof cooperation",
    "Joint operations, joint investigation teams and other\nforms of cooperation",
])
def test_a_chapter_title_wrapped_onto_a_second_line_stays_the_title(title):
    # the rest of a plain chapter's title, wrapped, is neither words of the clause before the
    # chapter nor a clause of its own
    text = ("Article 15\nExchange of information\n4. Each Party shall designate a national contact\n"
            "point, with powers determined by the applicable\nnational law.\n\n"
            f"CHAPTER IV\n{title}\n\nArticle 16\nJoint operations\n1. The Parties may act jointly.\n")
    assert [(c.clause_id, " ".join(c.text.split()), c.context) for c in segment(text)] == [
        ("15(4)", "Each Party shall designate a national contact point, with powers determined by the "
                  "applicable national law.", ()),
        ("16(1)", "The Parties may act jointly.",
         ("CHAPTER IV – Joint operations, joint investigation teams and other forms of cooperation",)),
    ]


PLAIN_ANNEXES = """Convention on Something

Have agreed as follows:

Article 1
Annex
The Annex forms an integral part of this Convention.

Article 2
Entry into force
This Convention shall enter into force on the thirtieth day after the second ratification.

DONE at Somewhere, this first day of May.

Annex I – List of offences
1. Trafficking in narcotic drugs.
2. Laundering of the proceeds of crime.

ANNEX II
FORM OF REQUEST
(a) the name of the authority;
(b) the subject of the request.

Annex: further categories
Fraud affecting financial interests.

Annex VII, articles 4 to 13, apply to the procedure.
"""


def test_an_annex_line_in_plain_text_opens_the_annex():
    # "Annex" right after "Article 1" is that article's title; an annex line that is a
    # sentence ("Annex VII, articles 4 to 13, apply ...") is text of the annex before it
    # (an unnumbered article's paragraphs are one clause).
    got = [(c.clause_id, c.heading, c.text) for c in segment(PLAIN_ANNEXES) if c.article != "preamble"]
    assert got == [
        ("1", "Annex", "The Annex forms an integral part of this Convention."),
        ("2", "Entry into force",
         "This Convention shall enter into force on the thirtieth day after the second ratification."),
        ("final(1)", None, "DONE at Somewhere, this first day of May."),
        ("annex I(1)", "List of offences", "Trafficking in narcotic drugs."),
        ("annex I(2)", "List of offences", "Laundering of the proceeds of crime."),
        ("annex II(a)", "FORM OF REQUEST", "the name of the authority;"),
        ("annex II(b)", "FORM OF REQUEST", "the subject of the request."),
        ("annex", "further categories",
         "Fraud affecting financial interests.\n\nAnnex VII, articles 4 to 13, apply to the procedure."),
    ]


def test_more_recital_openers_and_a_title_that_opens_with_a_figure():
    """Found by a helper writing a draft on 2026-12-06: a recital opening "Persuaded" on the line
    after another ran into it, and the title "24/7 network" (a figure, no paragraph number) was
    read as a clause."""
    text = ("Convention\n\nThe States Parties to this Convention,\nConvinced that cooperation is needed,\n"
            "Persuaded that crimes committed by means of ICT systems require a swift response,\n"
            "Have agreed as follows:\n\nArticle 31\n24/7 network\n"
            "1. Each State Party shall designate a point of contact available at all times.\n")
    assert [(c.clause_id, c.heading, c.text) for c in segment(text)] == [
        ("preamble(1)", None, "Convention"),
        ("preamble(2)", None, "The States Parties to this Convention,"),
        ("preamble(3)", None, "Convinced that cooperation is needed,"),
        ("preamble(4)", None, "Persuaded that crimes committed by means of ICT systems require a swift response,"),
        ("preamble(5)", None, "Have agreed as follows:"),
        ("31(1)", "24/7 network", "Each State Party shall designate a point of contact available at all times."),
    ]


def test_an_annex_stands_outside_the_chapters_of_the_body():
    """Found in a draft read blind on 2026-12-06: an annex after the chapter of final provisions
    was read as part of that chapter (so its list of offences as a final clause). It opens no
    chapter of its own, in plain text and in Markdown."""
    plain = ("Agreement\n\nHave agreed as follows:\n\nCHAPTER I\nGeneral provisions\n\nArticle 1\nScope\n"
             "This Agreement applies to the offences listed in the Annex.\n\nCHAPTER II\nFinal provisions\n\n"
             "Article 2\nEntry into force\nThis Agreement shall enter into force on signature.\n\n"
             "ANNEX\nListed offences\n(a) participation in an organised criminal group;\n(b) trafficking in human beings.\n")
    markdown = ("## Agreement\n\n### CHAPTER I\n\n#### General provisions\n\n### Article 1\n\nScope\n\n"
                "This Agreement applies to the offences listed in the Annex.\n\n### CHAPTER II\n\n#### Final provisions\n\n"
                "### Article 2\n\nThe Agreement shall enter into force on signature.\n\n### Annex\n\n"
                "(a) participation in an organised criminal group;\n\n(b) trafficking in human beings.\n")
    got = [(c.clause_id, c.context) for c in segment(plain) if c.article != "preamble"]
    assert got == [("1", ("CHAPTER I – General provisions",)), ("2", ("CHAPTER II – Final provisions",)),
                   ("annex(a)", ()), ("annex(b)", ())]
    doc = Document(doc_id="d", text=markdown, format="md")
    got = [(c.clause_id, c.context) for c in segment_document(doc).clauses if c.kind == "provision"]
    assert got == [("1", ("CHAPTER I – General provisions",)), ("2", ("CHAPTER II – Final provisions",)),
                   ("annex(a)", ()), ("annex(b)", ())]


def test_an_annex_line_in_markdown_is_text_unless_a_heading():
    # the corpus marks annexes with headings; its plain "SCHEDULE I" lines stay as they were
    doc = Document(doc_id="d", text=PLAIN_ANNEXES, format="md")
    assert not [c for c in segment_document(doc).clauses if c.article.startswith("annex")]


# Items numbered like paragraphs ("1.", "2.") under a numbered paragraph's lead-in, as the corpus's
# readmission agreements write them: before 2026-12-06 (session 31) each was read as a paragraph
# ("10(1)#2"), so no lead-in reached it and later paragraphs took the items' numbers.
NUMBERED_ITEMS = """### Article  10

####Transit

1.  Each Party shall allow a person to pass through its territory at the request of another Party.
2.  Transit shall be confined to cases in which the person cannot be returned directly.
3.  A Party may refuse transit:

1. where the person would face a real risk of torture in the State of destination;

2. where the person is to be prosecuted in the requested Party; or

3. for reasons of public health or public order.
4.  An authorisation may be withdrawn if a reason set out in paragraph 3 comes to light.

### Article  11

1.  Nationality may be shown by any of the following:

1. a passport;

2. an identity card;

3. an expired document.

Each Party shall accept a document so presented without further formality.
2.  Other documents may give prima facie evidence of nationality.
"""


def test_numbered_items_under_a_numbered_paragraph_are_its_items():
    got = [(c.clause_id, c.text.strip()) for c in segment(NUMBERED_ITEMS)]
    assert got == [
        ("10(1)", "Each Party shall allow a person to pass through its territory at the request of another Party."),
        ("10(2)", "Transit shall be confined to cases in which the person cannot be returned directly."),
        ("10(3)", "A Party may refuse transit:"),
        ("10(3)(1)", "where the person would face a real risk of torture in the State of destination;"),
        ("10(3)(2)", "where the person is to be prosecuted in the requested Party; or"),
        ("10(3)(3)", "for reasons of public health or public order."),
        ("10(4)", "An authorisation may be withdrawn if a reason set out in paragraph 3 comes to light."),
        ("11(1)", "Nationality may be shown by any of the following:"),
        ("11(1)(1)", "a passport;"),
        ("11(1)(2)", "an identity card;"),
        ("11(1)(3)", "an expired document."),
        ("11(1)(tail)", "Each Party shall accept a document so presented without further formality."),
        ("11(2)", "Other documents may give prima facie evidence of nationality."),
    ]
    lead_ins = {c.clause_id: chapeau_id(c) for c in segment(NUMBERED_ITEMS) if c.subparagraph}
    assert lead_ins == {"10(3)(1)": "10(3)", "10(3)(2)": "10(3)", "10(3)(3)": "10(3)", "11(1)(1)": "11(1)",
                        "11(1)(2)": "11(1)", "11(1)(3)": "11(1)", "11(1)(tail)": "11(1)"}


def test_a_numbered_line_after_a_lead_in_that_is_no_colon_stays_a_paragraph():
    text = ("### Article  3\n\n1.  Each Party shall designate a central authority.\n\n"
            "2.  The central authorities shall communicate directly.\n\n"
            "3.  Requests shall be made in writing.\n")
    assert ids(text) == ["3(1)", "3(2)", "3(3)"]


def test_a_numbered_line_after_a_section_heading_opens_the_section_s_paragraph():
    """A heading between a lead-in and a "1." (an annex's sections, "### B") begins a new numbering:
    the line is a paragraph of its own, not an item of the lead-in read before the heading."""
    text = ("## ANNEX\n\n### A\n\n####Exempt entities\n\n1.  Entities listed below shall be exempt:\n\n"
            "a) the central bank;\n\nb) the State treasury.\n\n### B\n\n####Products\n\n"
            "A. Certain products are treated as follows:\n\n1. Retirement accounts.\n\n2. Funeral insurance.\n")
    # (the section's "A." line, which is no enumerator the segmenter knows, is read into the item
    # before the heading: left as it was)
    assert [(c.clause_id, c.kind, c.text) for c in segment(text)] == [
        ("note(1)", "note", "####Exempt entities"),
        ("annex(1)", "provision", "Entities listed below shall be exempt:"),
        ("annex(1)(a)", "provision", "the central bank;"),
        ("annex(1)(b)", "provision", "the State treasury.\n\n### B\n\n####Products\n\n"
                                     "A. Certain products are treated as follows:"),
        ("annex(note)", "note", "### B"),
        ("annex(note)#2", "note", "####Products"),
        ("annex(1)#2", "provision", "Retirement accounts."),
        ("annex(2)", "provision", "Funeral insurance."),
    ]


def test_an_article_proposed_whole_in_brackets_opens_its_article():
    """A negotiating text brackets an article proposed whole ("[Article 21 bis. Suspension of
    domains"): the line opens the article, as it does unbracketed; the closing bracket stays
    with the last clause's words, and a one-line bracketed heading loses it. A Markdown link to
    an article ("[Article 5](...) applies") opens nothing."""
    text = ("Convention X\n\nThe States Parties,\nHave agreed as follows:\n\n"
            "Article 21. Freezing\n1. Each State Party shall freeze the assets.\n\n"
            "[Article 21 bis. Suspension of domains\n1. Each State Party may suspend a domain name.\n"
            "2. Any such order shall be open to review by a court.]\n\n"
            "[Article 21 ter. Blocking]\nA State Party may block an interface.\n\n"
            "Article 22\nCollection\n"
            "[Article 5](../other/README.md) of the Convention applies to this article.\n")
    assert [(c.clause_id, c.heading, c.text) for c in segment(text) if c.article != "preamble"] == [
        ("21(1)", "Freezing", "Each State Party shall freeze the assets."),
        ("21 bis(1)", "Suspension of domains", "Each State Party may suspend a domain name."),
        ("21 bis(2)", "Suspension of domains", "Any such order shall be open to review by a court.]"),
        ("21 ter", "Blocking", "A State Party may block an interface."),
        ("22", "Collection", "[Article 5](../other/README.md) of the Convention applies to this article."),
    ]


def test_wrapped_titles_dates_and_citations_read_as_in_the_unwrapped_text():
    """Four line breaks of a draft hard-wrapped at 60 columns (found by the drafts of session 34)
    read as the unwrapped text reads: a title on the article's line wrapped onto the next line;
    a title with a verb wrapped before its numbered paragraphs; a date at a line's start ("4
    March 1987", no paragraph 4); and a cited "(3)." after "Article 7(2) and" (no paragraph 3)."""
    text = ("Convention X\n\nThe Parties,\nHave agreed as follows:\n\n"
            "Article 12: Hearing of witnesses and experts in the\nrequested State\n"
            "1) The requested State shall summon the witness.\n\n"
            "Article 13\nNotification of the Party in whose territory the\nservice provider is established\n"
            "1. The issuing Party shall notify the other Party.\n"
            "2. The Agreement of\n4 March 1987 shall cease to have effect.\n"
            "3. The Authority shall verify whether the request meets Article 7(2) and\n"
            "(3). It shall do so without delay.\n")
    assert [(c.clause_id, c.heading, " ".join(c.text.split())) for c in segment(text)
            if c.article != "preamble"] == [
        ("12(1)", "Hearing of witnesses and experts in the requested State",
         "The requested State shall summon the witness."),
        ("13(1)", "Notification of the Party in whose territory the service provider is established",
         "The issuing Party shall notify the other Party."),
        ("13(2)", "Notification of the Party in whose territory the service provider is established",
         "The Agreement of 4 March 1987 shall cease to have effect."),
        ("13(3)", "Notification of the Party in whose territory the service provider is established",
         "The Authority shall verify whether the request meets Article 7(2) and (3). It shall do so without delay."),
    ]


def test_layouts_of_the_drafts_of_session_35():
    """Four layouts of the drafts written in session 35 (2026-12-07), each read before as one
    clause where the codebook has several: a definition item written CoE style with a bare letter
    before a quoted term ('a "sports competition" means'); a recital opened by a participle no
    list of openers holds ("Attaching importance ...") after a recital's comma; the unnumbered
    words after a list's last item, on a line of their own after that item's full stop, whether
    the items are lettered under a numbered paragraph or numbered "1)" under an unnumbered lead-in
    (a tail); and a negotiating text's "Option 1:" lines, kept apart as no words of a clause (the
    paragraph after one keeps its number, and the title before one stays the title)."""
    text = ("Convention X\n\nThe Parties,\n"
            "Convinced of the need to act together,\n"
            "Attaching importance to the protection of personal data,\n"
            "Have agreed as follows:\n\n"
            "Article 3 – Definitions\n1 For the purposes of this Convention:\n"
            'a "sports competition" means any sporting event;\n'
            'b "betting operator" means any person offering bets.\n\n'
            "Article 5. Forms of cooperation\nThe Parties shall cooperate in the following forms:\n"
            "1) exchange of information;\n2) other forms agreed upon.\n"
            "The Parties may also cooperate by other means.\n\n"
            "Article 6\nExchange of information\n1. The Parties shall exchange information on:\n"
            "(a) new methods;\n(b) legislation.\n"
            "Such information shall be kept confidential.\n\n"
            "Article 49\nMutual legal assistance in the interception of content data\nOption 1:\n"
            "1. States Parties shall endeavour to assist one another.\nOption 2:\n"
            "1. States Parties shall assist one another.\n"
            "2. A request shall specify the data.\n")
    assert [(c.clause_id, c.kind, c.heading, c.text) for c in segment(text) if c.kind != "meta"] == [
        ("preamble(1)", "title", None, "Convention X"),
        ("preamble(2)", "recital", None, "The Parties,"),
        ("preamble(3)", "recital", None, "Convinced of the need to act together,"),
        ("preamble(4)", "recital", None, "Attaching importance to the protection of personal data,"),
        ("preamble(5)", "recital", None, "Have agreed as follows:"),
        ("3(1)", "provision", "Definitions", "For the purposes of this Convention:"),
        ("3(1)(a)", "provision", "Definitions", '"sports competition" means any sporting event;'),
        ("3(1)(b)", "provision", "Definitions", '"betting operator" means any person offering bets.'),
        ("5", "provision", "Forms of cooperation", "The Parties shall cooperate in the following forms:"),
        ("5(1)", "provision", "Forms of cooperation", "exchange of information;"),
        ("5(2)", "provision", "Forms of cooperation", "other forms agreed upon."),
        ("5(tail)", "provision", "Forms of cooperation", "The Parties may also cooperate by other means."),
        ("6(1)", "provision", "Exchange of information", "The Parties shall exchange information on:"),
        ("6(1)(a)", "provision", "Exchange of information", "new methods;"),
        ("6(1)(b)", "provision", "Exchange of information", "legislation."),
        ("6(1)(tail)", "provision", "Exchange of information", "Such information shall be kept confidential."),
        ("49(1)", "provision", "Mutual legal assistance in the interception of content data",
         "States Parties shall endeavour to assist one another."),
        ("49(1)#2", "provision", "Mutual legal assistance in the interception of content data",
         "States Parties shall assist one another."),
        ("49(2)", "provision", "Mutual legal assistance in the interception of content data",
         "A request shall specify the data."),
    ]
    assert [c.text for c in segment(text) if c.kind == "meta"] == ["Option 1:", "Option 2:"]


def test_a_last_item_whose_sentence_goes_on_after_a_wrap_is_no_tail():
    """The tail needs the items before the last to end as a list's items do (";"): a paragraph's
    single item, or items that end with full stops, keep the line after them."""
    text = ("Convention X\n\nThe Parties,\nHave agreed as follows:\n\n"
            "Article 6\nExchange\n1. The Parties shall exchange:\n"
            "(a) information on new methods. Such information\nshall be kept confidential.\n"
            "(b) Legislation in force.\nThe Parties shall consult.\n")
    assert [(c.clause_id, " ".join(c.text.split())) for c in segment(text) if c.article == "6"] == [
        ("6(1)", "The Parties shall exchange:"),
        ("6(1)(a)", "information on new methods. Such information shall be kept confidential."),
        ("6(1)(b)", "Legislation in force. The Parties shall consult."),
    ]


def test_wrapped_chapter_titles_and_a_title_wrapped_after_its_colon():
    """Two line breaks of the drafts of session 35 hard-wrapped at 60 columns read as the unwrapped
    text does: a chapter's title on its line ("Chapter V – Jurisdiction, criminal procedure and
    enforcement" / "measures") goes on in a line that opens in lower case, which is no words of the
    clause before it; and the document's first line, a title wrapped after its colon, is one title.
    The same with numbered paragraphs written "1 Each Party": a title on the article's line wrapped
    onto the next stays the title."""
    text = ("Draft convention on countering the use of information and\ncommunications technologies for "
            "criminal purposes:\nconsolidated negotiating document (second reading)\n\nThe Parties,\n"
            "Have agreed as follows:\n\n"
            "Article 23 – Administrative sanctions\nEach Party shall ensure effective sanctions.\n\n"
            "Chapter V – Jurisdiction, criminal procedure and enforcement\nmeasures\n\n"
            "Article 24 – Conditions applicable to information held by\nnational platforms\n"
            "1 Each Party shall ensure that its platform processes data lawfully.\n")
    assert [(c.clause_id, c.kind, c.context, c.heading, " ".join(c.text.split())) for c in segment(text)] == [
        ("preamble(1)", "title", (), None, "Draft convention on countering the use of information and "
         "communications technologies for criminal purposes: consolidated negotiating document (second reading)"),
        ("preamble(2)", "recital", (), None, "The Parties,"),
        ("preamble(3)", "recital", (), None, "Have agreed as follows:"),
        ("23", "provision", (), "Administrative sanctions", "Each Party shall ensure effective sanctions."),
        ("24(1)", "provision", ("Chapter V – Jurisdiction, criminal procedure and enforcement measures",),
         "Conditions applicable to information held by national platforms",
         "Each Party shall ensure that its platform processes data lawfully."),
    ]


def test_layouts_of_the_drafts_of_session_36():
    """Layouts of the drafts written in session 36 (2026-12-07), each read before as fewer
    clauses than the codebook has, or as words of another clause: a translation's articles
    numbered in words ("Article Twenty-One", its chapters "Chapter One"), with paragraphs "1-" and
    items "a-"; a numbered item that introduces lettered items of its own ('(1) "terrorism"
    means:' / "(a)" / "(b)" / "(2)"), whose letters hang from the item and after which the
    numbered items go on; a negotiating text's status line after an article ("[Agreed ad
    referendum]"), kept apart as no words of a clause ("[Deleted]" stays the article's words);
    a recital opener in capitals after the parties' line ("CONSIDERING"); and a recital opened by
    "Committed to" (not "Committed" alone: a title wrapped before "Committed by Means of ..." goes on)."""
    text = ("CONVENTION X\n\nTHE MEMBER STATES OF THE ORGANIZATION,\n"
            "CONSIDERING the need to act together;\n"
            "HAVE AGREED as follows:\n\n"
            "Chapter One\nGeneral Provisions\n\n"
            "Article One\nTerms\n"
            "For the purposes of this Convention:\n"
            "a- Data: all that may be stored;\n"
            "b- Child: every person under eighteen years.\n\n"
            "Chapter Two\nCriminalisation\n\n"
            "Article Twenty-One\nIllicit Access\n"
            "1- Each State Party shall criminalise illicit access.\n"
            "2- The penalty shall be aggravated where data are destroyed.\n\n"
            "Article 22\nDefinitions\n"
            "1. For the purposes of this Convention:\n"
            '(1) "terrorism" means:\n'
            "(a) any act that is an offence under a treaty listed in the Annex;\n"
            "(b) any other act intended to cause death;\n"
            '(2) "extremism" means any act aimed at seizing power by force;\n'
            '(3) "Party" means a State bound by this Convention.\n'
            "2. This Article is without prejudice to national legislation.\n"
            "[Agreed ad referendum]\n\n"
            "Article 23\nAdmissibility of evidence\n[Deleted]\n")
    assert [(c.clause_id, c.kind, c.context, c.heading, c.text) for c in segment(text) if c.kind != "meta"] == [
        ("preamble(1)", "title", (), None, "CONVENTION X"),
        ("preamble(2)", "title", (), None, "THE MEMBER STATES OF THE ORGANIZATION,"),  # (capitals: a title line)
        ("preamble(3)", "recital", (), None, "CONSIDERING the need to act together;"),
        ("preamble(4)", "recital", (), None, "HAVE AGREED as follows:"),
        ("1", "provision", ("Chapter One – General Provisions",), "Terms", "For the purposes of this Convention:"),
        ("1(a)", "provision", ("Chapter One – General Provisions",), "Terms", "Data: all that may be stored;"),
        ("1(b)", "provision", ("Chapter One – General Provisions",), "Terms",
         "Child: every person under eighteen years."),
        ("21(1)", "provision", ("Chapter Two – Criminalisation",), "Illicit Access",
         "Each State Party shall criminalise illicit access."),
        ("21(2)", "provision", ("Chapter Two – Criminalisation",), "Illicit Access",
         "The penalty shall be aggravated where data are destroyed."),
        ("22(1)", "provision", ("Chapter Two – Criminalisation",), "Definitions",
         "For the purposes of this Convention:"),
        ("22(1)(1)", "provision", ("Chapter Two – Criminalisation",), "Definitions", '"terrorism" means:'),
        ("22(1)(1)(a)", "provision", ("Chapter Two – Criminalisation",), "Definitions",
         "any act that is an offence under a treaty listed in the Annex;"),
        ("22(1)(1)(b)", "provision", ("Chapter Two – Criminalisation",), "Definitions",
         "any other act intended to cause death;"),
        ("22(1)(2)", "provision", ("Chapter Two – Criminalisation",), "Definitions",
         '"extremism" means any act aimed at seizing power by force;'),
        ("22(1)(3)", "provision", ("Chapter Two – Criminalisation",), "Definitions",
         '"Party" means a State bound by this Convention.'),
        ("22(2)", "provision", ("Chapter Two – Criminalisation",), "Definitions",
         "This Article is without prejudice to national legislation."),
        ("23", "provision", ("Chapter Two – Criminalisation",), "Admissibility of evidence", "[Deleted]"),
    ]
    assert [c.text for c in segment(text) if c.kind == "meta"] == ["[Agreed ad referendum]"]
    lead_ins = {c.clause_id: chapeau_id(c) for c in segment(text) if c.subparagraph}
    assert lead_ins == {"1(a)": "1", "1(b)": "1", "22(1)(1)": "22(1)", "22(1)(1)(a)": "22(1)(1)",
                        "22(1)(1)(b)": "22(1)(1)", "22(1)(2)": "22(1)", "22(1)(3)": "22(1)"}
    # a recital opened by "Committed to" after a recital's comma
    text = ("Convention X\n\nThe Parties,\nMindful of the protection of personal data,\n"
            "Committed to the instruments on human rights,\nHave agreed as follows:\n\n"
            "Article 1\nScope\nThis Convention applies to cooperation.\n")
    assert [(c.clause_id, c.text) for c in segment(text) if c.kind == "recital"] == [
        ("preamble(2)", "The Parties,"), ("preamble(3)", "Mindful of the protection of personal data,"),
        ("preamble(4)", "Committed to the instruments on human rights,"), ("preamble(5)", "Have agreed as follows:")]


def test_an_option_line_under_a_title_is_the_articles_own_and_no_words_of_the_title():
    """A negotiating text's "Alternative 1" under an article's title (a long title on one line)
    is kept apart as the article's own line, as its "Alternative 2" is; the title stays the
    title alone. A status line after an article's text stays between the articles."""
    title = "Assistance in the real-time collection of traffic data and the interception of content data"
    text = (f"Article 39\nText.\n[Agreed]\n\nArticle 40\n{title}\nAlternative 1\n1. States Parties shall assist "
            "one another.\nAlternative 2\n1. States Parties may assist one another.")
    assert [(c.clause_id, c.kind, c.heading, c.text) for c in segment(text)] == [
        ("39", "provision", None, "Text."),
        ("meta(1)", "meta", None, "[Agreed]"),
        ("40(meta)", "meta", title, "Alternative 1"),
        ("40(1)", "provision", title, "States Parties shall assist one another."),
        ("40(meta)#2", "meta", title, "Alternative 2"),
        ("40(1)#2", "provision", title, "States Parties may assist one another."),
    ]


def test_a_model_texts_bracketed_markers_and_footnotes_are_kept_apart():
    """A model treaty's markers in brackets ("[ALTERNATIVE A]", "[COMMON PROVISION]", "[OPTIONAL
    ARTICLE]") are no words of a clause, and a footnote printed after an article ("[3] States may
    ...", its mark "[3]" made in the text before; a line wrapped from it is its own) is that
    article's note, not words of its last clause nor a recital. A bracketed number that no mark in the text made ("[30] days") stays
    words of its clause, and so does a bracketed sentence."""
    text = (
        "Model Treaty on Assistance\n\nThe Parties,\nDesiring to cooperate,[1]\nHave agreed as follows:\n\n"
        "[1] Negotiators may name the instruments both Parties are bound by.\n\n"
        "Article 1\nDual criminality\n\n[ALTERNATIVE A]\n"
        "1. Assistance shall be given whether or not the conduct is an offence in the requested State.[2]\n\n"
        "[ALTERNATIVE B]\n1. Assistance may be refused where the conduct is no offence in the requested State.\n\n"
        "[COMMON PROVISION]\n2. Fiscal offences shall not be a ground for refusal.\n\n"
        "[2] Some States prefer Alternative B,\nwhich some find clearer.\n\n"
        "Article 2\nInterception\n\n[OPTIONAL ARTICLE]\n1. Data shall be kept for\n[30] days.\n\n"
        "2. [No request shall be refused on that ground.]\n"
    )
    assert [(c.clause_id, c.kind, c.text) for c in segment(text)] == [
        ("preamble(1)", "title", "Model Treaty on Assistance"),
        ("preamble(2)", "recital", "The Parties,"),
        ("preamble(3)", "recital", "Desiring to cooperate,[1]"),
        ("preamble(4)", "recital", "Have agreed as follows:"),
        ("note(1)", "note", "[1] Negotiators may name the instruments both Parties are bound by."),
        ("1(meta)", "meta", "[ALTERNATIVE A]"),
        ("1(1)", "provision",
         "Assistance shall be given whether or not the conduct is an offence in the requested State.[2]"),
        ("1(meta)#2", "meta", "[ALTERNATIVE B]"),
        ("1(1)#2", "provision", "Assistance may be refused where the conduct is no offence in the requested State."),
        ("1(meta)#3", "meta", "[COMMON PROVISION]"),
        ("1(2)", "provision", "Fiscal offences shall not be a ground for refusal."),
        ("1(note)", "note", "[2] Some States prefer Alternative B,\nwhich some find clearer."),
        ("2(meta)", "meta", "[OPTIONAL ARTICLE]"),
        ("2(1)", "provision", "Data shall be kept for\n[30] days."),
        ("2(2)", "provision", "[No request shall be refused on that ground.]"),
    ]


def test_a_wrapped_title_before_a_blank_line_and_a_paragraph_proposed_in_brackets():
    """A title wrapped onto a second line is the title when a blank line stands between it and the
    first paragraph; a paragraph a negotiating text proposes whole in brackets ("[2. States Parties
    may ...]") is paragraph 2, its words keeping the bracket, not words of paragraph 1."""
    text = ("Article 11\nOffences related to online child sexual abuse or child sexual exploitation\nmaterial\n\n"
            "1. Each State Party shall establish the following as criminal offences.\n\n"
            "[2. States Parties may also extend such cooperation to offences established\nunder other "
            "conventions.]\n\n3. Dual criminality shall be deemed met.\n")
    title = "Offences related to online child sexual abuse or child sexual exploitation material"
    assert [(c.clause_id, c.heading, c.text, c.bracketed) for c in segment(text)] == [
        ("11(1)", title, "Each State Party shall establish the following as criminal offences.", False),
        ("11(2)", title, "[2. States Parties may also extend such cooperation to offences established\nunder "
         "other conventions.]", True),
        ("11(3)", title, "Dual criminality shall be deemed met.", False),
    ]


def test_a_chapter_title_in_capitals_wrapped_onto_a_second_line_is_the_title():
    """A chapter's title in capitals wrapped after a comma ("CHAPTER II - TAKING OF EVIDENCE BY
    DIPLOMATIC OFFICERS," / "CONSULAR AGENTS AND COMMISSIONERS") or after any word ("OF THE
    PROTECTION OF WITNESSES, VICTIMS AND COLLABORATORS" / "WITH JUSTICE") is the chapter's title, not
    words of the clause before it (two drafts of session 38 re-wrapped at 60 columns)."""
    text = ("Article 15\nThe record shall be returned.\n\n"
            "CHAPTER II – TAKING OF EVIDENCE BY DIPLOMATIC OFFICERS,\nCONSULAR AGENTS AND COMMISSIONERS\n\n"
            "Article 16\nA consul may take evidence.\n\n"
            "CHAPTER V\nOF THE PROTECTION OF WITNESSES, VICTIMS AND COLLABORATORS\nWITH JUSTICE\n\n"
            "Article 22\nWitnesses shall be protected.\n")
    assert [(c.clause_id, c.text, c.context) for c in segment(text)] == [
        ("15", "The record shall be returned.", ()),
        ("16", "A consul may take evidence.",
         ("CHAPTER II – TAKING OF EVIDENCE BY DIPLOMATIC OFFICERS, CONSULAR AGENTS AND COMMISSIONERS",)),
        ("22", "Witnesses shall be protected.",
         ("CHAPTER V – OF THE PROTECTION OF WITNESSES, VICTIMS AND COLLABORATORS WITH JUSTICE",)),
    ]


def test_sections_numbered_through_a_text_without_articles_are_its_articles():
    """An instrument with no article heading whose sections run 1, 2, 3 ... through the whole text
    ("Section 12" on its own line, its title on the next, under "PART THREE") reads each section as
    an article; a text whose parts number their sections from 1 again, or one with articles, keeps
    its sections as headings above the articles (a trilateral police agreement of session 39)."""
    text = ("PART ONE\nGENERAL PROVISIONS\n\nSection 1\nObject\n\n(1) The Parties shall cooperate.\n\n"
            "(2) Nothing shall confer general powers.\n\nSection 2\nDefinitions\n\nFor the purposes of this "
            "Agreement:\n1. \"officers\" means police officers;\n2. \"host Party\" means the other Party.\n\n"
            "PART TWO\nOBSERVATION\n\nSection 3\nCross-border observation\n\nOfficers may continue an "
            "observation on the territory of the host Party.\n")
    assert [(c.clause_id, c.heading, c.context, c.text) for c in segment(text)] == [
        ("1(1)", "Object", ("PART ONE – GENERAL PROVISIONS",), "The Parties shall cooperate."),
        ("1(2)", "Object", ("PART ONE – GENERAL PROVISIONS",), "Nothing shall confer general powers."),
        ("2", "Definitions", ("PART ONE – GENERAL PROVISIONS",), "For the purposes of this Agreement:"),
        ("2(1)", "Definitions", ("PART ONE – GENERAL PROVISIONS",), "\"officers\" means police officers;"),
        ("2(2)", "Definitions", ("PART ONE – GENERAL PROVISIONS",), "\"host Party\" means the other Party."),
        ("3", "Cross-border observation", ("PART TWO – OBSERVATION",),
         "Officers may continue an observation on the territory of the host Party."),
    ]
    # sections numbered from 1 again in each part: no articles, read paragraph by paragraph
    again = text.replace("Section 3\n", "Section 1\n")
    assert [c.clause_id for c in segment(again)] == [f"body({n})" for n in range(1, 17)]
    # an article heading anywhere ("Article IV"): the sections stay headings, their words outside
    # the articles
    with_article = text + "\nArticle IV\nFinal provision\n\nThis Agreement enters into force on signature.\n"
    assert [(c.clause_id, c.kind) for c in segment(with_article)] == [
        ("outside(1)", "outside"), ("outside(2)", "outside"), ("outside@2(1)", "note"), ("outside@3(1)", "note"),
        ("IV", "provision")]


def test_paragraphs_numbered_with_the_articles_number_and_a_decimal():
    """"7.1", "7.2" under Article 7 number its paragraphs 1 and 2 (an identity-crime convention of
    session 39, and corpus agreements on trade and aviation); a "4.5" in Article 7 is no paragraph
    number, nor is "1.1" under a paragraph "1." of the article's own ("1. ... the following:" /
    "1.1 parcel: ...", an item of paragraph 1 as before)."""
    text = ("Article 7 - Forgery of identity documents\n\n7.1 Each Party shall establish as criminal offences:\n"
            "(a) making a false identity document;\n(b) altering a genuine one.\n\n"
            "7.2 A Party may reserve the right not to apply paragraph 7.1(b).\n\n"
            "4.5 per cent of the fees shall be retained.\n\n"
            "Article 8 - Definitions\n\n1. For the purposes of this Convention, the following terms apply:\n\n"
            "1.1 parcel: an item conveyed under the Convention;\n\n1.2 closed mail: a labelled bag.\n")
    assert [(c.clause_id, c.text) for c in segment(text)] == [
        ("7(1)", "Each Party shall establish as criminal offences:"),
        ("7(1)(a)", "making a false identity document;"),
        ("7(1)(b)", "altering a genuine one."),
        ("7(2)", "A Party may reserve the right not to apply paragraph 7.1(b).\n\n"
                 "4.5 per cent of the fees shall be retained."),
        ("8(1)", "For the purposes of this Convention, the following terms apply:\n\n"
                 "1.1 parcel: an item conveyed under the Convention;\n\n1.2 closed mail: a labelled bag."),
    ]


def test_layouts_of_the_drafts_of_session_39_rewrapped():
    """The drafts of session 39 re-wrapped at 60 columns: an article's title wrapped onto a second line
    before a decimal paragraph ("3.1 ..."); an annex's title wrapped after a comma ("... XVIII, XX," /
    "XXII and XXVII"); a section cited at a line's start ("Section 3." ending a sentence, "Section 3,
    read with ...") is no heading, and a text whose sections are its articles stays so with one such
    line; a declaration's point whose modal verb stands on a later line reads as a provision."""
    text = ("Article 3 - Scope of application and protection of\nsovereignty\n\n3.1 This Convention applies to "
            "the offences.\n\nANNEX\nList of offences referred to in Articles III, XI, XVIII, XX,\nXXII and XXVII\n\n"
            "For the purposes of this Protocol, the following offences are covered:\na. fraud;\nb. extortion.\n")
    annex = "List of offences referred to in Articles III, XI, XVIII, XX, XXII and XXVII"
    assert [(c.clause_id, c.heading, c.text) for c in segment(text)] == [
        ("3(1)", "Scope of application and protection of sovereignty", "This Convention applies to the offences."),
        ("annex", annex, "For the purposes of this Protocol, the following offences are covered:"),
        ("annex(a)", annex, "fraud;"), ("annex(b)", annex, "extortion.")]
    text = ("Section 1\nObject\n\n(1) The Parties shall cooperate under the conditions set out in\nSection 3.\n\n"
            "Section 2\nDefinitions\n\n(1) Terms have their meaning.\n\nSection 3\nObservation\n\n(1) Officers may "
            "watch a person.\n\nIN WITNESS WHEREOF the undersigned have signed this Agreement.\n\nJOINT DECLARATION\n\n"
            "1. The Parties understand that the reference in paragraph (1) of\nSection 3, read with Section 1,\n"
            "shall not be read as a model.\n")
    assert [(c.clause_id, c.heading, c.kind, c.text) for c in segment(text)] == [
        ("1(1)", "Object", "provision", "The Parties shall cooperate under the conditions set out in\nSection 3."),
        ("2(1)", "Definitions", "provision", "Terms have their meaning."),
        ("3(1)", "Observation", "provision", "Officers may watch a person."),
        ("final(1)", None, "final", "IN WITNESS WHEREOF the undersigned have signed this Agreement."),
        ("final(2)", None, "final", "JOINT DECLARATION"),
        ("final(3)", None, "outside", "1. The Parties understand that the reference in paragraph (1) of\nSection 3, "
                                      "read with Section 1,\nshall not be read as a model."),
    ]


def test_bold_markdown_headings_with_inserted_articles_and_chapter_titles_on_their_own_line():
    """A word processor's Markdown export (a nuclear-terrorism convention of session 40): articles
    headed in bold ("**Article 9 bis - Title**", a long title wrapped inside the bold), chapters
    "## CHAPTER II" with their title on the plain line after, which is no words of the clause before."""
    text = ("# CONVENTION ON RADIOACTIVE MATERIAL\n\nThe States Parties,\n\nHave agreed as follows:\n\n"
            "## CHAPTER I\nGENERAL PROVISIONS\n\n**Article 1 - Purpose**\n\nThis Convention aims to secure material.\n\n"
            "## CHAPTER II\nCRIMINALIZATION\n\n**Article 9 - Attempt**\n\nEach State Party shall punish an attempt.\n\n"
            "**Article 9 bis - Financing and provision of material support to the\ncommission of offences**\n\n"
            "1. Each State Party shall make the financing of an offence a criminal offence.\n\n"
            "2. *Material support* includes lodging.\n")
    assert [(c.clause_id, c.heading, c.context, c.kind, c.text) for c in segment(text)] == [
        ("note(1)", None, (), "note", "# CONVENTION ON RADIOACTIVE MATERIAL"),
        ("preamble(1)", None, (), "recital", "The States Parties,"),
        ("preamble(2)", None, (), "recital", "Have agreed as follows:"),
        ("1", "Purpose", ("CHAPTER I – GENERAL PROVISIONS",), "provision", "This Convention aims to secure material."),
        ("9", "Attempt", ("CHAPTER II – CRIMINALIZATION",), "provision", "Each State Party shall punish an attempt."),
        ("9 bis(1)", "Financing and provision of material support to the commission of offences",
         ("CHAPTER II – CRIMINALIZATION",), "provision",
         "Each State Party shall make the financing of an offence a criminal offence."),
        ("9 bis(2)", "Financing and provision of material support to the commission of offences",
         ("CHAPTER II – CRIMINALIZATION",), "provision", "*Material support* includes lodging."),
    ]


def test_civil_law_items_numbered_under_paragraphs_in_brackets():
    """A bilateral treaty translated from a civil-law original (session 40): articles "Art. 3" with the
    title on the next line, paragraphs "(2)", and under them items "1.", "2." that continue a lead-in
    ending on any word ("apply to", "in particular by"), with letters "a)" under an item; an article
    with no numbered paragraph keeps its items as before, as its paragraphs. A number cited at a
    line's start ("paragraphs 1 to" / "3. of ...") stays words of the sentence."""
    text = ("Art. 3\nScope\n\n(1) Part Two applies to the offences established under this Treaty.\n\n"
            "(2) The provisions of Part Three apply to\n1. the offences established in accordance with Art. 5;\n"
            "2. any other criminal offence committed by means of a computer system;\n"
            "3. producing or possessing\na) a device, or\nb) a password.\n\n"
            "(3) This Treaty shall not apply to requests referred to in paragraphs 1 to\n3. of Art. 2.\n\n"
            "Art. 4\nPrevention\n\nThe Contracting States shall cooperate, in particular by\n1. exchanging information;\n"
            "2. organising training.\n")
    assert [(c.clause_id, c.heading, c.text) for c in segment(text)] == [
        ("3(1)", "Scope", "Part Two applies to the offences established under this Treaty."),
        ("3(2)", "Scope", "The provisions of Part Three apply to"),
        ("3(2)(1)", "Scope", "the offences established in accordance with Art. 5;"),
        ("3(2)(2)", "Scope", "any other criminal offence committed by means of a computer system;"),
        ("3(2)(3)", "Scope", "producing or possessing"),
        ("3(2)(3)(a)", "Scope", "a device, or"),
        ("3(2)(3)(b)", "Scope", "a password."),
        ("3(3)", "Scope", "This Treaty shall not apply to requests referred to in paragraphs 1 to\n3. of Art. 2."),
        ("4", "Prevention", "The Contracting States shall cooperate, in particular by"),
        ("4(1)", "Prevention", "exchanging information;"),
        ("4(2)", "Prevention", "organising training."),
    ]


def test_commentaries_after_draft_articles_are_kept_apart_as_notes():
    """Draft articles with commentaries (an expert body's text, session 40): "Draft article 4 - Title"
    opens an article; "Commentary" and its paragraphs "(1)", "(2)" up to the next article (or the
    preamble, or the closing formula) are notes of the article they follow, one for each paragraph
    (lines wrapped inside a paragraph run on), never clauses to label; a general commentary before
    the preamble too."""
    text = ("DRAFT ARTICLES ON GRAVE ENVIRONMENTAL CRIMES\n\nGeneral commentary\n\n(1) The draft is a study.\n\n"
            "Preamble\n\nThe States Parties,\n\nHave agreed as follows:\n\nCommentary\n\n(1) The preamble is short.\n\n"
            "Draft article 1 - Scope\n\n1. The present draft articles apply to grave environmental crimes.\n\n"
            "2. They apply to offences under multilateral environmental agreements.\n\nCommentary\n\n"
            "(1) Paragraph 1 follows earlier conventions; the Commission considered whether\ndual criminality "
            "should be required.\n\n(2) Paragraph 2 is a bridge.\n\n"
            "Draft article 2 - Extradition\n\nThe offences shall be extraditable offences.\n")
    assert [(c.clause_id, c.heading, c.kind, c.text) for c in segment(text)] == [
        ("note(1)", None, "note", "DRAFT ARTICLES ON GRAVE ENVIRONMENTAL CRIMES"),
        ("note(2)", None, "note", "General commentary"),
        ("note(3)", None, "note", "(1) The draft is a study."),
        ("preamble(1)", None, "recital", "The States Parties,"),
        ("preamble(2)", None, "recital", "Have agreed as follows:"),
        ("note@2(1)", None, "note", "Commentary"),
        ("note@2(2)", None, "note", "(1) The preamble is short."),
        ("1(1)", "Scope", "provision", "The present draft articles apply to grave environmental crimes."),
        ("1(2)", "Scope", "provision", "They apply to offences under multilateral environmental agreements."),
        ("1(note)", "Scope", "note", "Commentary"),
        ("1(note)#2", "Scope", "note", "(1) Paragraph 1 follows earlier conventions; the Commission considered "
                                       "whether\ndual criminality should be required."),
        ("1(note)#3", "Scope", "note", "(2) Paragraph 2 is a bridge."),
        ("2", "Extradition", "provision", "The offences shall be extraditable offences."),
    ]


def test_a_scheme_of_numbered_paragraphs_reads_each_as_an_article():
    """A scheme of numbered paragraphs in the style of the Commonwealth's (session 40): no article
    anywhere, a heading above each paragraph ("Central authorities" / "7. (1) Each country shall ..."),
    so each numbered paragraph is an article titled by its heading, its subparagraphs its paragraphs
    ("10. A request ..." without any is one clause); a heading wrapped onto a second line is one title;
    a lead-in ending on a dash ("... or excuse -") opens a list even where its first item reads like a
    citation ("(a) to obtain ...")."""
    text = ("SCHEME RELATING TO ELECTRONIC EVIDENCE\n\nPART I - GENERAL\n\nPurpose\n"
            "1. (1) The purpose of this Scheme is to help member countries.\n(2) It is not a treaty.\n\n"
            "Offences\n2. (1) Each member country shall make it an offence for a person, without lawful excuse -\n"
            "(a) to obtain access to a computer system;\n(b) to alter computer data.\n\n"
            "General provisions on assistance relating to electronic\nevidence\n"
            "3. (1) A request shall be executed in accordance with the law of the requested country.\n\n"
            "Costs\n4. Each country shall bear its own costs.\n")
    assert [(c.clause_id, c.heading, c.context, c.text) for c in segment(text)] == [
        ("preamble(1)", None, (), "SCHEME RELATING TO ELECTRONIC EVIDENCE"),
        ("1(1)", "Purpose", ("PART I - GENERAL",), "The purpose of this Scheme is to help member countries."),
        ("1(2)", "Purpose", ("PART I - GENERAL",), "It is not a treaty."),
        ("2(1)", "Offences", ("PART I - GENERAL",),
         "Each member country shall make it an offence for a person, without lawful excuse -"),
        ("2(1)(a)", "Offences", ("PART I - GENERAL",), "to obtain access to a computer system;"),
        ("2(1)(b)", "Offences", ("PART I - GENERAL",), "to alter computer data."),
        ("3(1)", "General provisions on assistance relating to electronic evidence", ("PART I - GENERAL",),
         "A request shall be executed in accordance with the law of the requested country."),
        ("4", "Costs", ("PART I - GENERAL",), "Each country shall bear its own costs."),
    ]
    # (three such paragraphs are needed: two numbered "1. (1)" and "2. (1)" are no scheme)
    assert [c.clause_id for c in segment(text.replace("3. (1) A request", "3. A request"))][:3] == [
        "body(1)", "body(2)", "body(3)"]


def test_unnumbered_paragraphs_a_second_lead_in_and_a_title_wrapped_over_them():
    """An agreement whose articles' paragraphs are unnumbered (a regional union's, session 40): after
    the last item of one list, a blank line and a line ending on a colon open the next paragraph's lead-in
    (its items run again from (a)); a title wrapped before a word in lower case over such a paragraph is
    one title."""
    text = ("Article 7\nGrounds for refusal and postponement of mutual legal\nassistance\n\n"
            "Extradition shall not be granted:\n\n(a) for a political offence;\n\n(b) for a military offence.\n\n"
            "Extradition may be refused:\n\n(a) if proceedings are pending;\n\n(b) if the offence is time-barred.\n\n"
            "Reasons shall be given for any refusal.\n")
    title = "Grounds for refusal and postponement of mutual legal assistance"
    assert [(c.clause_id, c.heading, c.text) for c in segment(text)] == [
        ("7", title, "Extradition shall not be granted:"),
        ("7(a)", title, "for a political offence;"), ("7(b)", title, "for a military offence."),
        ("7#2", title, "Extradition may be refused:"),
        ("7(a)#2", title, "if proceedings are pending;"), ("7(b)#2", title, "if the offence is time-barred."),
        ("7(tail)", title, "Reasons shall be given for any refusal."),
    ]


def test_a_chapter_title_in_title_case_wrapped_after_a_capitalised_word_is_one_title():
    """A Part's title in title case wrapped after a capitalised word ("Mutual Assistance between the
    Contracting States in Criminal" / "Matters", the civil-law treaty of session 40 re-wrapped at 60
    columns) is the Part's title, not words of the clause before it."""
    text = ("Art. 14\nContact Points\n\n(1) Each State shall designate a contact point.\n\n\nPart Four\n"
            "Mutual Assistance between the Contracting States in Criminal\nMatters\n\nArt. 15\nObligation\n\n"
            "(1) The States shall assist each other.\n")
    assert [(c.clause_id, c.context, c.text) for c in segment(text)] == [
        ("14(1)", (), "Each State shall designate a contact point."),
        ("15(1)", ("Part Four – Mutual Assistance between the Contracting States in Criminal Matters",),
         "The States shall assist each other."),
    ]


def test_a_memorandums_paragraphs_and_a_resolutions_operative_paragraphs_are_its_articles():
    """Session 40: a memorandum of understanding whose units are headed "Paragraph 4" / "Contact units"
    (numbered 1, 2, 3 ... through a text with no article) reads each as an article, as sections are read;
    a resolution's numbered operative paragraphs, each opening with its verb in italics ("1. _Decides_
    that ..."), are articles of no title, their sub-paragraphs items, and the preambular paragraphs
    before them its recitals. A numbered list whose items open with other words in italics ("1. *Taste*")
    is no resolution."""
    text = ("MEMORANDUM OF UNDERSTANDING\n\nThe Participants,\n\nHave reached the following understanding:\n\n"
            "Paragraph 1\nPurpose\n\n(1) The Participants intend to cooperate against cybercrime.\n\n"
            "Paragraph 2\nContact units\n\nEach Participant designates a contact unit.\n\n"
            "Paragraph 3\nCosts\n\n(1) Each Participant bears its own costs.\n")
    assert [(c.clause_id, c.heading, c.text) for c in segment(text)] == [
        ("preamble(1)", None, "MEMORANDUM OF UNDERSTANDING"), ("preamble(2)", None, "The Participants,"),
        ("preamble(3)", None, "Have reached the following understanding:"),
        ("1(1)", "Purpose", "The Participants intend to cooperate against cybercrime."),
        ("2", "Contact units", "Each Participant designates a contact unit."),
        ("3(1)", "Costs", "Each Participant bears its own costs."),
    ]
    text = ("Resolution 1187\n\nThe Council,\n\n_Reaffirming_ its previous resolutions,\n\n"
            "1. _Decides_ that all States shall criminalise:\n(a) the travel of their nationals;\n(b) its financing;\n\n"
            "2. _Calls upon_ all States to cooperate in investigations.\n\n"
            "3. _Decides_ to remain seized of the matter.\n")
    assert [(c.clause_id, c.kind, c.text) for c in segment(text)] == [
        ("preamble(1)", "title", "Resolution 1187"), ("preamble(2)", "recital", "The Council,"),
        ("preamble(3)", "recital", "_Reaffirming_ its previous resolutions,"),
        ("1", "provision", "_Decides_ that all States shall criminalise:"),
        ("1(a)", "provision", "the travel of their nationals;"), ("1(b)", "provision", "its financing;"),
        ("2", "provision", "_Calls upon_ all States to cooperate in investigations."),
        ("3", "provision", "_Decides_ to remain seized of the matter."),
    ]
    listed = "Annex\n\n1. *Taste*: none.\n\n2. *Colour*: clear.\n\n3. *Residue*: nil.\n"
    assert [c.clause_id for c in segment(listed)] == [c.clause_id for c in segment(listed.replace("*", ""))]


def test_a_part_numbered_by_title_codes_with_its_preamble_under_the_parts_heading():
    """Session 42: a partnership agreement's Part published alone numbers its articles with its titles'
    codes, running on through the Part ("Article LAW.SURR.12" / its title on the next line): article 12.
    Its preamble stands under the Part's heading ("PART THREE" / "THE PARTIES," / "RECOGNISING ..."), and
    is read as a preamble. A roman "Article IV.8" is no code."""
    text = ("PARTNERSHIP AGREEMENT\n\nPART THREE\nCOOPERATION IN CRIMINAL MATTERS\n\nTHE PARTIES,\n\n"
            "RECOGNISING that crime crosses their common border;\n\nHAVE AGREED AS FOLLOWS:\n\n"
            "TITLE I\nGENERAL PROVISIONS\n\nArticle LAW.GEN.1\nObjective\n\n"
            "1. This Part provides for cooperation in criminal matters.\n\n"
            "2. It applies to the offences listed in Article LAW.SURR.2(1).\n\n"
            "TITLE II\nSURRENDER\n\nArticle LAW.SURR.2\nScope\n\nSurrender applies to serious crime.\n")
    PART = "PART THREE – COOPERATION IN CRIMINAL MATTERS"
    assert [(c.clause_id, c.kind, c.heading, c.context, c.text) for c in segment(text)] == [
        ("preamble(1)", "title", None, (), "PARTNERSHIP AGREEMENT"),
        ("preamble(2)", "title", None, (), "THE PARTIES,"),
        ("preamble(3)", "recital", None, (), "RECOGNISING that crime crosses their common border;"),
        ("preamble(4)", "recital", None, (), "HAVE AGREED AS FOLLOWS:"),
        ("1(1)", "provision", "Objective", (PART, "TITLE I – GENERAL PROVISIONS"),
         "This Part provides for cooperation in criminal matters."),
        ("1(2)", "provision", "Objective", (PART, "TITLE I – GENERAL PROVISIONS"),
         "It applies to the offences listed in Article LAW.SURR.2(1)."),
        ("2", "provision", "Scope", (PART, "TITLE II – SURRENDER"),
         "Surrender applies to serious crime."),
    ]
    roman = "Agreement\n\nArticle IV.8\n\n1. The Parties shall cooperate.\n"
    assert [c.clause_id for c in segment(roman)] == [c.clause_id for c in segment(roman.replace("IV.8", "IV"))]


def test_markdown_footnotes_of_a_chairs_text_are_kept_apart():
    """Session 42: a chair's text marks its footnotes the Markdown way ("... this article.][^9]", and after
    the article "[^9]: The delegation of ... proposed ..."): each note is the article's own, kept apart
    (kind ``note``), and its mark stays words of its clause."""
    text = ("Draft Protocol\n\nArticle 8. Orders\n\n1. Each Party shall give effect to orders.[^1]\n\n"
            "[2. A Party may reserve the right not to apply paragraph 1.][^2]\n\n"
            "[^1]: The delegation of Ostland proposed this paragraph.\n\n"
            "[^2]: Several delegations opposed any reservation.\n\n"
            "Article 9. Emergencies\n\nThe Parties shall cooperate in emergencies.\n")
    assert [(c.clause_id, c.kind, c.text) for c in segment(text) if c.article != "preamble"] == [
        ("8(1)", "provision", "Each Party shall give effect to orders.[^1]"),
        ("8(2)", "provision", "[2. A Party may reserve the right not to apply paragraph 1.][^2]"),
        ("8(note)", "note", "[^1]: The delegation of Ostland proposed this paragraph."),
        ("8(note)#2", "note", "[^2]: Several delegations opposed any reservation."),
        ("9", "provision", "The Parties shall cooperate in emergencies."),
    ]


def test_titles_in_brackets_doubled_letters_and_degree_items():
    """Session 42: an agreement that gives each article's title in brackets on its line ("Article 4 (Competent
    authorities)") and numbers an item's own items "aa)", "bb)" (under "a)"; under "(i)" when one runs; a
    list that goes on past "z" with "aa)" keeps them as its letters); a French text's items "1°", "2°" under
    its numbered paragraphs (never the next paragraph)."""
    text = ("Agreement\n\nArticle 4 (Competent authorities)\n\n(1) The competent authorities shall be:\n\n"
            "a) for the first Party:\n\naa) its police;\n\nbb) its customs;\n\nb) for the second Party, its police.\n\n"
            "(2) Each Party shall designate a contact point.\n\n"
            "Article 5: Recruitment\n\n1. Each Party shall establish as criminal offences:\n\n1° the solicitation of "
            "another person;\n\n2° the provision of instruction.\n\n2. The offence in paragraph 1, 1° is complete "
            "without the act.\n")
    assert [(c.clause_id, c.heading, c.text) for c in segment(text) if c.article != "preamble"] == [
        ("4(1)", "Competent authorities", "The competent authorities shall be:"),
        ("4(1)(a)", "Competent authorities", "for the first Party:"),
        ("4(1)(a)(aa)", "Competent authorities", "its police;"),
        ("4(1)(a)(bb)", "Competent authorities", "its customs;"),
        ("4(1)(b)", "Competent authorities", "for the second Party, its police."),
        ("4(2)", "Competent authorities", "Each Party shall designate a contact point."),
        ("5(1)", "Recruitment", "Each Party shall establish as criminal offences:"),
        ("5(1)(1)", "Recruitment", "the solicitation of another person;"),
        ("5(1)(2)", "Recruitment", "the provision of instruction."),
        ("5(2)", "Recruitment", "The offence in paragraph 1, 1° is complete without the act."),
    ]
    letters = ("Article 1\n\nThe terms are:\n\n" + "".join(f"({c}) term {c};\n\n" for c in "xyz")
               + "(aa) term aa;\n\n(bb) term bb.\n")
    assert [c.clause_id for c in segment(letters)] == ["1", "1(x)", "1(y)", "1(z)", "1(aa)", "1(bb)"]


def test_a_title_wrapped_over_three_lines_and_a_citation_at_a_lines_start():
    """Session 42, a chair's text and a wildlife convention re-wrapped at 60 columns: an article's title on its
    line wrapped over three lines ("Article 8. Giving effect to orders from another Party for" / "expedited
    production of subscriber information and traffic" / "data"), or over two before a paragraph proposed in
    brackets ("[1. Each Party ..."), is the title; "Article 7.1 or Article 8.1 (a)." wrapped onto a line's start
    cites paragraph 7.1 and opens no article."""
    text = ("Draft Protocol\n\nArticle 8. Giving effect to orders from another Party for\nexpedited production of "
            "subscriber information and traffic\ndata\n\n1. Each Party shall empower its authorities to issue an "
            "order.\n\nArticle 9. Review by a court or other independent\nauthority\n\n[1. Each Party shall ensure "
            "that orders are\nreviewed.]\n\nArticle 10. Attempt\n\n10.1 Each Party shall establish as an offence the "
            "attempt to commit an offence under\nArticle 7.1 or Article 8.1 (a).\n\n10.2 No reservation may be made.\n")
    assert [(c.clause_id, c.heading, " ".join(c.text.split())) for c in segment(text) if c.article != "preamble"] == [
        ("8(1)", "Giving effect to orders from another Party for expedited production of subscriber information "
         "and traffic data", "Each Party shall empower its authorities to issue an order."),
        ("9(1)", "Review by a court or other independent authority", "[1. Each Party shall ensure that orders are "
         "reviewed.]"),
        ("10(1)", "Attempt", "Each Party shall establish as an offence the attempt to commit an offence under "
         "Article 7.1 or Article 8.1 (a)."),
        ("10(2)", "Attempt", "No reservation may be made."),
    ]


def test_a_bracketed_title_wrapped_and_a_cited_item_closing_a_sentence():
    """Session 42, an intelligence agreement re-wrapped at 60 columns: a title in brackets wrapped onto the
    next line ("Article 4 (Competent authorities and central points of" / "contact)") is the title, and
    "... the offences referred to in Article 3 (3)" / "a)." cites item a), no item of its own (a paragraph's
    number alone on its line, "(2).", stays a paragraph's)."""
    text = ("Agreement\n\nArticle 4 (Competent authorities and central points of\ncontact)\n\n(1) Each Party shall "
            "designate a contact point for serious crime or the offences referred to in Article 3 (3)\na).\n\n"
            "(2) The contact points shall cooperate.\n")
    assert [(c.clause_id, c.heading, " ".join(c.text.split())) for c in segment(text) if c.article != "preamble"] == [
        ("4(1)", "Competent authorities and central points of contact", "Each Party shall designate a contact point "
         "for serious crime or the offences referred to in Article 3 (3) a)."),
        ("4(2)", "Competent authorities and central points of contact", "The contact points shall cooperate."),
    ]


def test_articles_numbered_by_their_part():
    """Session 43: an agreement numbers each article by its Part and its place in it, with a hyphen ("Article
    II-4" / its title on the next line); Part II starts again at II-1. Each is an article of its own (a roman
    Part number before the hyphen was read as article II with the title "4")."""
    text = ("Agreement\n\nPART I - GENERAL PROVISIONS\n\nArticle I-1\nPurpose\n\nThis Agreement promotes "
            "cooperation.\n\nPART II - CRIMINAL MATTERS\n\nArticle II-1\nFraud\n\n1. Each Party shall establish "
            "as a criminal offence the forgery of catch documents.\n\n2. A Party may require intent.\n\n"
            "Article II-2\nForgery\n\nEach Party shall establish as a criminal offence the forgery of vessel papers."
            "\n\nArticle III-1\nBoarding\n\nBoarding is subject to Article II-2.\n")
    assert [(c.clause_id, c.article, c.heading, c.context) for c in segment(text) if c.article != "preamble"] == [
        ("I-1", "I-1", "Purpose", ("PART I - GENERAL PROVISIONS",)),
        ("II-1(1)", "II-1", "Fraud", ("PART II - CRIMINAL MATTERS",)),
        ("II-1(2)", "II-1", "Fraud", ("PART II - CRIMINAL MATTERS",)),
        ("II-2", "II-2", "Forgery", ("PART II - CRIMINAL MATTERS",)),
        ("III-1", "III-1", "Boarding", ("PART II - CRIMINAL MATTERS",)),
    ]


def test_a_consolidated_texts_inserted_provisions_and_editorial_notes():
    """Session 43: a consolidated text numbers what its amending protocols inserted "Article 6a", "2a.", and
    puts an editor's note in square brackets after an amended provision ("[Paragraph 2 as amended by Article 1
    of the First Protocol.]", wrapped or not): the note is kept apart (kind ``note``, never labelled). A
    deleted article's note is its one clause. A Dutch ordinal item "1e." is no paragraph "1e"."""
    text = ("Convention\n\nArticle 2 - Scope\n\n1. Assistance shall be afforded in criminal matters.\n\n"
            "2. Assistance shall also be afforded in administrative proceedings.\n\n"
            "[Paragraph 2 as amended by Article 1 of the First\nProtocol.]\n\n"
            "2a. Assistance shall not be refused because the suspect is a legal person.\n\n"
            "[Paragraph inserted by Article 1 of the First Protocol.]\n\n"
            "Article 6a - Postponement\n\nThe requested Party may postpone action on a request.\n\n"
            "Article 9 - (Deleted)\n\n[Article 9 was deleted by Article 5 of the First Protocol.]\n\n"
            "Article 10 - Costs\n\n[Words in brackets are proposals.] Costs shall be borne by the requested Party.\n")
    assert [(c.clause_id, c.kind, " ".join(c.text.split())) for c in segment(text) if c.article != "preamble"] == [
        ("2(1)", "provision", "Assistance shall be afforded in criminal matters."),
        ("2(2)", "provision", "Assistance shall also be afforded in administrative proceedings."),
        ("2(note)", "note", "[Paragraph 2 as amended by Article 1 of the First Protocol.]"),
        ("2(2a)", "provision", "Assistance shall not be refused because the suspect is a legal person."),
        ("2(note)#2", "note", "[Paragraph inserted by Article 1 of the First Protocol.]"),
        ("6a", "provision", "The requested Party may postpone action on a request."),
        ("9", "provision", "[Article 9 was deleted by Article 5 of the First Protocol.]"),
        ("10", "provision", "[Words in brackets are proposals.] Costs shall be borne by the requested Party."),
    ]
    dutch = "Verdrag\n\nArtikel 3\n\n1. Dit verdrag is niet van toepassing op:\n\n1e. schepen in overheidsdienst;\n"
    assert "3(1e)" not in [c.clause_id for c in segment(dutch)]


def test_a_markdown_lists_items_a_memorandums_clauses_and_a_schedules_title():
    """Session 43: a Markdown treaty writes its items as a list, "- (a) ..." (the bullet before the item's own
    enumerator); a memorandum with no article is made of "Clause 7 – Title" units, their sub-clauses "7.1";
    a schedule's heading "## Schedule — Extraditable offences" is titled without its dash."""
    text = ("# Treaty\n\n### Article 4 — Extraditable offences\n\n1. An extraditable offence is:\n\n"
            "- (a) any offence in the Schedule; or\n- (b) any other offence punishable by two years.\n\n"
            "2. Fiscal offences are included.\n\n## Schedule — Extraditable offences\n\n"
            "The offences listed here are extraditable.\n")
    assert [(c.clause_id, c.heading, c.text) for c in segment(text) if c.article != "preamble"] == [
        ("note(1)", None, "# Treaty"),
        ("4(1)", "Extraditable offences", "An extraditable offence is:"),
        ("4(1)(a)", "Extraditable offences", "any offence in the Schedule; or"),
        ("4(1)(b)", "Extraditable offences", "any other offence punishable by two years."),
        ("4(2)", "Extraditable offences", "Fiscal offences are included."),
        ("annex", "Extraditable offences", "The offences listed here are extraditable."),
    ]
    mou = ("MEMORANDUM OF UNDERSTANDING\n\nClause 1 – Purpose\n\n1.1 The Participants will share information.\n\n"
           "Clause 2 – Definitions\n\nIn this Memorandum, \"data\" means computer data.\n\n"
           "Clause 3 – Preservation\n\n3.1 A Participant may ask for the preservation of data.\n\n"
           "3.2 The request will state:\n\n(a) the offence;\n\n(b) the data.\n")
    assert [(c.clause_id, c.heading) for c in segment(mou) if c.article != "preamble"] == [
        ("1(1)", "Purpose"), ("2", "Definitions"), ("3(1)", "Preservation"), ("3(2)", "Preservation"),
        ("3(2)(a)", "Preservation"), ("3(2)(b)", "Preservation"),
    ]


def test_section_sign_units_a_resolutions_annexed_convention_and_an_interleaved_bilingual_text():
    """Session 43: a civil-law agreement made of "§ 7" units (its title on the next line), whose citation "§ 35"
    wrapped before "(4)." cites that paragraph; a General Assembly resolution whose annex is the convention it
    adopts (the annex heading and the convention's title are title lines, its preamble goes on as the preamble);
    a bilingual text giving each heading and paragraph in English and then in French: one article, the French
    heading kept apart and each clause in its own language."""
    text = ("Agreement\n\n§ 1\nPurpose\n\n(1) The Parties shall cooperate.\n\n§ 2\nRequests\n\n(1) Requests shall "
            "be answered, stating reasons in accordance with § 3\n(4).\n\n(2) Costs are borne by the requested "
            "Party.\n\n§ 3\nReasons\n\n(1) Reasons shall be given.\n")
    assert [(c.clause_id, c.heading, " ".join(c.text.split())) for c in segment(text)
            if c.article != "preamble"] == [
        ("1(1)", "Purpose", "The Parties shall cooperate."),
        ("2(1)", "Requests", "Requests shall be answered, stating reasons in accordance with § 3 (4)."),
        ("2(2)", "Requests", "Costs are borne by the requested Party."),
        ("3(1)", "Reasons", "Reasons shall be given."),
    ]
    resolution = ("The General Assembly,\n\nRecalling its resolutions,\n\n1. Adopts the Convention annexed to the "
                  "present resolution;\n\nAnnex\n\nConvention against Cybercrime\n\nThe States Parties to this "
                  "Convention,\n\nConcerned by crime,\n\nHave agreed as follows:\n\nArticle 1\nScope\n\nThis "
                  "Convention applies to offences.\n")
    assert [(c.clause_id, c.kind, c.text) for c in segment(resolution)][-6:] == [
        ("preamble(note)", "note", "Annex"),
        ("preamble(note)#2", "note", "Convention against Cybercrime"),
        ("preamble(4)", "recital", "The States Parties to this Convention,"),
        ("preamble(5)", "recital", "Concerned by crime,"),
        ("preamble(6)", "recital", "Have agreed as follows:"),
        ("1", "provision", "This Convention applies to offences."),
    ]
    bilingual = ("TREATY\n\n" + "".join(
        f"Article {n} - Title {n}\n\nArticle {n} - Titre {n}\n\n1. The requested State shall execute requests.\n\n"
        f"1. L'État requis exécute les demandes d'entraide.\n\n(a) in part;\n\na) en partie ;\n\n" for n in (1, 2, 3)))
    assert [(c.clause_id, c.language, c.kind) for c in segment(bilingual) if c.article == "2"] == [
        ("2(note)", "en", "note"), ("2(1)", "en", "provision"), ("2(1)#2", "fr", "provision"),
        ("2(1)(a)", "en", "provision"), ("2(1)(a)#2", "fr", "provision"),
    ]


def test_a_papers_numbered_headings_and_superscript_footnotes():
    """Session 43: a bureau's paper with no word "Article": each provision is a numbered heading ("7. Expedited
    preservation of data"), its paragraphs "7.1", "7.2"; a citation "provision" / "8.1" wrapped onto a line's
    start is no paragraph; a footnote mark in superscript after a word or its stop ("conduct.¹") and the
    footnote's line ("¹ Several delegations ...") kept apart (kind ``note``)."""
    text = ("DRAFT PROVISIONS\n\nPART A – GENERAL\n\n1. Objectives\n\n1.1 The purpose is to protect children.¹\n\n"
            "¹ Several delegations proposed other words.\n\n2. Use of terms\n\n2.1 Terms have the Convention's "
            "meaning.\n\n2.2 A Party may extend the offence in provision\n1.1 to other conduct.\n\n"
            "3. Preservation of data\n\n3.1 Each Party shall enable preservation.\n")
    assert [(c.clause_id, c.kind, c.heading, " ".join(c.text.split())) for c in segment(text)
            if c.article not in ("preamble", "note")] == [
        ("1(1)", "provision", "Objectives", "The purpose is to protect children.¹"),
        ("1(note)", "note", "Objectives", "¹ Several delegations proposed other words."),
        ("2(1)", "provision", "Use of terms", "Terms have the Convention's meaning."),
        ("2(2)", "provision", "Use of terms", "A Party may extend the offence in provision 1.1 to other conduct."),
        ("3(1)", "provision", "Preservation of data", "Each Party shall enable preservation."),
    ]


def test_a_continental_compilations_articles_bare_paragraphs_and_a_letters_own_items():
    """Session 44: "Art. 7 Cross-border observation" gives the title after the number and a space (read so
    where three or more such headings number the articles in order and no other heading does); its
    paragraphs open with bare numbers ("1 The ..."), and a lettered item's own items are "1.", "2."."""
    text = ("Treaty on Border Cooperation\n\nThe Contracting States have agreed as follows:\n\n"
            "Chapter 1 General Provisions\n\nArt. 1 Purpose\n1 This Treaty strengthens cooperation.\n"
            "2 Cooperation takes place within the limits of domestic law.\n\n"
            "Art. 2 Definitions\nIn this Treaty:\na. \"officers\" means police officers;\n"
            "b. \"data\" means:\n1. subscriber data,\n2. traffic data,\nbut not content;\n"
            "c. \"State\" means a Contracting State.\n\n"
            "Art. 2a Video hearings\nA hearing may be held by video conference.\n\n"
            "Art. 3 Offences\n1 Observation is permitted for the following offences:\n"
            "a. offences under the law of both States:\n1. murder;\n2. robbery;\n"
            "b. offences within the meaning of Art. 2 let. b.\n2 Para. 1 applies by analogy.\n")
    assert [(c.clause_id, c.heading, " ".join(c.text.split())) for c in segment(text)
            if c.kind == "provision"] == [
        ("1(1)", "Purpose", "This Treaty strengthens cooperation."),
        ("1(2)", "Purpose", "Cooperation takes place within the limits of domestic law."),
        ("2", "Definitions", "In this Treaty:"),
        ("2(a)", "Definitions", '"officers" means police officers;'),
        ("2(b)", "Definitions", '"data" means:'),
        ("2(b)(1)", "Definitions", "subscriber data,"),
        ("2(b)(2)", "Definitions", "traffic data, but not content;"),
        ("2(c)", "Definitions", '"State" means a Contracting State.'),
        ("2a", "Video hearings", "A hearing may be held by video conference."),
        ("3(1)", "Offences", "Observation is permitted for the following offences:"),
        ("3(1)(a)", "Offences", "offences under the law of both States:"),
        ("3(1)(a)(1)", "Offences", "murder;"),
        ("3(1)(a)(2)", "Offences", "robbery;"),
        ("3(1)(b)", "Offences", "offences within the meaning of Art. 2 let. b."),
        ("3(2)", "Offences", "Para. 1 applies by analogy."),
    ]


def test_a_cover_note_before_the_instruments_title_is_a_note():
    """Session 44: a chair's note set before a draft's title ("Note by the Chair" / its paragraphs / "Draft
    Convention on ...") is kept apart (kind ``note``); the title and the recitals follow."""
    text = ("Note by the Chair\n\nAt the close of the fourth session, delegations asked the Chair to prepare a "
            "further revision of the text, taking into account the proposals submitted during the session and "
            "the informal consultations.\n\nDraft Convention on Countering Cybercrime\n\nThe States Parties to "
            "this Convention,\n\nConcerned by the growth of crime,\n\nHave agreed as follows:\n\nArticle 1\n\n"
            "Purpose\n\nThis Convention promotes cooperation.\n")
    assert [(c.clause_id, c.kind, c.text[:30]) for c in segment(text) if c.article == "preamble"] == [
        ("preamble(1)", "note", "Note by the Chair"),
        ("preamble(2)", "note", "At the close of the fourth ses"),
        ("preamble(3)", "title", "Draft Convention on Countering"),
        ("preamble(4)", "recital", "The States Parties to this Con"),
        ("preamble(5)", "recital", "Concerned by the growth of cri"),
        ("preamble(6)", "recital", "Have agreed as follows:"),
    ]


def test_a_table_of_contents_names_the_articles_without_opening_them():
    """Session 44: a "Table of contents" listing the chapters and articles before the preamble is kept apart
    (kind ``note``), so the articles the text opens afterwards keep their own numbers; the list ends where
    the preamble begins, or where a heading it named opens the text."""
    text = ("CONVENTION ON PAYMENT FRAUD\n\nTABLE OF CONTENTS\n\nPreamble\nChapter I – Purposes\n"
            "Article 1 – Purposes\nArticle 2 – Use of terms\nChapter II – Offences\nArticle 3 – Fraud\n"
            "Annex I – Model request form\n\nThe member States,\n\nConcerned by fraud,\n\nHave agreed as follows:\n\n"
            "CHAPTER I\n\nPURPOSES\n\nArticle 1\n\nPurposes\n\nThis Convention aims to combat fraud.\n\n"
            "Article 2\n\nUse of terms\n\nTerms have their ordinary meaning.\n\nCHAPTER II\n\nOFFENCES\n\n"
            "Article 3\n\nFraud\n\nEach Party shall criminalise fraud.\n")
    clauses = segment(text)
    assert [c.text for c in clauses if c.kind == "note"] == [
        "TABLE OF CONTENTS", "Preamble", "Chapter I – Purposes", "Article 1 – Purposes", "Article 2 – Use of terms",
        "Chapter II – Offences", "Article 3 – Fraud", "Annex I – Model request form"]
    assert [(c.clause_id, c.heading, c.context) for c in clauses if c.kind == "provision"] == [
        ("1", "Purposes", ("CHAPTER I – PURPOSES",)), ("2", "Use of terms", ("CHAPTER I – PURPOSES",)),
        ("3", "Fraud", ("CHAPTER II – OFFENCES",))]
    # with the list running straight into the text, its last lines that open the text are the text's
    direct = text.replace("\n\nThe member States,\n\nConcerned by fraud,\n\nHave agreed as follows:", "")
    assert [(c.clause_id, c.context) for c in segment(direct) if c.kind == "provision"] == [
        ("1", ("CHAPTER I – PURPOSES",)), ("2", ("CHAPTER I – PURPOSES",)), ("3", ("CHAPTER II – OFFENCES",))]


def test_a_draft_forwarded_as_quoted_email():
    """Session 44: a draft forwarded twice as plain-text e-mail ("> > Article 1") is read without its quote marks
    (with a warning); the mail headers, "... wrote:" lines and everything after the signature separator "--" are
    kept apart (kind ``meta``), the senders' words before the instrument's title are a note."""
    from treatyscope.ingest import document_from_bytes
    from treatyscope.types import QUOTED_MAIL

    draft = ["TREATY ON MUTUAL ASSISTANCE", "", "The Parties,", "", "Have agreed as follows:", "", "Article 1",
             "Scope", "", "1. The Parties shall afford each other the", "widest measure of assistance.", "",
             "2. Assistance may be refused where:", "", "(a) the offence is political;", "", "Article 2", "Costs",
             "", "Costs are borne by the requested Party."]
    text = ("From: A. Sender <a@example.org>\nSent: Tuesday\nSubject: FW: FW: draft\n\nPlease check the text below.\n\n"
            "> From: B. Sender <b@example.org>\n> Subject: FW: draft\n>\n> Forwarding the clean version.\n>\n"
            "> On 14 March, the Office\n> <office@example.org> wrote:\n"
            + "".join(f"> > {line}\n" if line else "> >\n" for line in draft)
            + "\n--\nA. Sender\nLegal Adviser\nCONFIDENTIALITY NOTICE: please delete this message if it is not yours.\n")
    document = document_from_bytes(text.encode(), suffix=".txt", doc_id="mail")
    assert document.warnings == (QUOTED_MAIL,)
    assert [(c.kind, " ".join(c.text.split())) for c in segment(document)] == [
        ("meta", "From: A. Sender <a@example.org>"), ("meta", "Sent: Tuesday"), ("meta", "Subject: FW: FW: draft"),
        ("note", "Please check the text below."), ("meta", "From: B. Sender <b@example.org>"),
        ("meta", "Subject: FW: draft"), ("note", "Forwarding the clean version."), ("meta", "On 14 March, the Office"),
        ("meta", "<office@example.org> wrote:"), ("title", "TREATY ON MUTUAL ASSISTANCE"), ("recital", "The Parties,"),
        ("recital", "Have agreed as follows:"),
        ("provision", "The Parties shall afford each other the widest measure of assistance."),
        ("provision", "Assistance may be refused where:"), ("provision", "the offence is political;"),
        ("provision", "Costs are borne by the requested Party."), ("meta", "--"), ("meta", "A. Sender"),
        ("meta", "Legal Adviser"), ("meta", "CONFIDENTIALITY NOTICE: please delete this message if it is not yours.")]


def test_a_compilations_proposals_after_an_articles_base_text_are_notes():
    """Session 44: a compilation of proposals gives, after an article's base text, a line "Proposals:" and one line
    per delegation's proposal ("[Delegation of X] In paragraph 1, replace ..."): kept apart (kind ``note``), up to
    the next article; a sentence that opens with the word ("Proposals to amend annex I shall include:") is none."""
    text = ("Article 1\n\nScope\n\n1. This Convention applies to the offences established in accordance with it.\n\n"
            "Proposals:\n[Delegation of Norvania] In paragraph 1, replace \"the offences\" with \"any criminal "
            "offence\".\n[Delegation of Ostria] Delete the article.\n\nArticle 2\n\nAmendments\n\n"
            "Proposals to amend the annex shall include:\n\n(a) a risk profile.\n")
    assert [(c.clause_id, c.kind, " ".join(c.text.split())[:40]) for c in segment(text)] == [
        ("1(1)", "provision", "This Convention applies to the offences "),
        ("1(note)", "note", "Proposals:"),
        ("1(note)#2", "note", "[Delegation of Norvania] In paragraph 1,"),
        ("2", "provision", "Proposals to amend the annex shall inclu"),
        ("2(a)", "provision", "a risk profile.")]


def test_markdowns_lazy_numbering_and_bullets_as_items():
    """Session 44: a Markdown export whose ordered lists are written with lazy numbering ("1." before every item,
    five or more such lines and no "2.": numbered 1, 2, 3 where the page is rendered), and whose items are bullets
    indented under their paragraph ("   - protect victims;": lettered as cross-references count them)."""
    text = ("# Draft Convention\n\n### Article 1 – Purposes\n\n1. The purposes of this Convention are:\n"
            "   - to prevent abuse;\n   - to protect victims.\n1. This Convention establishes a committee.\n\n"
            "### Article 2 – Definitions\n\n1. For the purposes of this Convention:\n"
            "   - **\"child\"** means any person below eighteen;\n   - **\"victim\"** means any child harmed.\n"
            "1. Age is presumed where uncertain.\n1. Terms have their ordinary meaning.\n\n"
            "### Article 3 – Scope\n\n1. This Convention applies to the offences it establishes.\n")
    clauses = segment(Document(doc_id="md", text=text, format="md"))
    assert [(c.clause_id, " ".join(c.text.split())) for c in clauses if c.kind == "provision"] == [
        ("1(1)", "The purposes of this Convention are:"), ("1(1)(a)", "to prevent abuse;"),
        ("1(1)(b)", "to protect victims."), ("1(2)", "This Convention establishes a committee."),
        ("2(1)", "For the purposes of this Convention:"), ("2(1)(a)", '**"child"** means any person below eighteen;'),
        ("2(1)(b)", '**"victim"** means any child harmed.'), ("2(2)", "Age is presumed where uncertain."),
        ("2(3)", "Terms have their ordinary meaning."), ("3(1)", "This Convention applies to the offences it establishes.")]
