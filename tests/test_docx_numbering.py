"""A Word draft read as its reader sees it: Word's list numbers drawn, tracked changes accepted."""

from __future__ import annotations

import pytest

from docxgen import make_legal_word_draft, make_raw_docx, make_word_draft
from treatyscope.docxread import format_number
from treatyscope.ingest import document_from_bytes, read_docx
from treatyscope.segment import segment_document

DRAFT = [
    ("plain", "Revised draft convention on cooperation against the criminal misuse of networks"),
    ("chapter", "General provisions"),
    ("article", "Scope of application"),
    ("para", "This Convention shall apply to the {-prevention-}{+prevention, investigation and prosecution+} "
             "of the offences established in accordance with it."),
    ("para", "The powers set out in Chapter II shall apply to:"),
    ("item", "the offences established in accordance with articles 3 to 5;"),
    ("item", "other criminal offences committed by means of a computer system; and"),
    ("subitem", "where the requesting State so asks, the collection of evidence in electronic form"),
    ("subitem", "of any {-serious crime-}{+criminal offence+}."),
    ("article", "Conditions and safeguards"),
    ("plain", "Each State Party shall ensure that the powers are subject to conditions which shall provide for "
              "the protection of human rights{+ and the principle of proportionality+}."),
    ("chapter", "Final provisions"),
    ("article", "Signature"),
    ("para", "This Convention shall be open for signature by all States."),
]

TEXT = """Revised draft convention on cooperation against the criminal misuse of networks

Chapter I

General provisions

Article 1

Scope of application

1. This Convention shall apply to the prevention, investigation and prosecution of the offences established in accordance with it.

2. The powers set out in Chapter II shall apply to:

(a) the offences established in accordance with articles 3 to 5;

(b) other criminal offences committed by means of a computer system; and

(i) where the requesting State so asks, the collection of evidence in electronic form

(ii) of any criminal offence.

Article 2

Conditions and safeguards

Each State Party shall ensure that the powers are subject to conditions which shall provide for the protection of human rights and the principle of proportionality.

Chapter II

Final provisions

Article 3

Signature

1. This Convention shall be open for signature by all States.
"""


def test_a_word_draft_reads_with_its_numbers_and_its_changes_accepted():
    text, warnings = read_docx(make_word_draft(DRAFT), "draft.docx")
    assert text == TEXT
    assert warnings == ("the DOCX holds tracked changes, read as accepted (3 insertions and 2 deletions)",)


def test_a_word_draft_is_segmented_by_the_numbers_word_draws():
    document = document_from_bytes(make_word_draft(DRAFT), suffix=".docx", doc_id="draft")
    clauses = [(c.clause_id, c.heading) for c in segment_document(document).clauses if c.kind == "provision"]
    assert clauses == [("1(1)", "Scope of application"), ("1(2)", "Scope of application"),
                       ("1(2)(a)", "Scope of application"), ("1(2)(b)", "Scope of application"),
                       ("1(2)(b)(i)", "Scope of application"), ("1(2)(b)(ii)", "Scope of application"),
                       ("2", "Conditions and safeguards"), ("3(1)", "Signature")]
    assert document.warnings == ("the DOCX holds tracked changes, read as accepted (3 insertions and 2 deletions)",)


def _numbered(num_id: int, ilvl: int | None, text: str, style: str = "") -> str:
    props = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num_id >= 0:
        level = f'<w:ilvl w:val="{ilvl}"/>' if ilvl is not None else ""
        props += f'<w:numPr>{level}<w:numId w:val="{num_id}"/></w:numPr>'
    return f'<w:p><w:pPr>{props}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>'


def _lvl(ilvl: int, fmt: str, text: str, *, start: int | None = 1, extra: str = "") -> str:
    first = f'<w:start w:val="{start}"/>' if start is not None else ""
    return f'<w:lvl w:ilvl="{ilvl}">{first}<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>{extra}</w:lvl>'


def _lines(body: str, numbering: str | None = None, styles: str | None = None) -> list[str]:
    return read_docx(make_raw_docx(body, numbering, styles), "x.docx")[0].splitlines()[::2]


def test_lists_sharing_a_definition_continue_one_count_until_a_start_override():
    numbering = (f'<w:abstractNum w:abstractNumId="7">{_lvl(0, "decimal", "%1.")}</w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>'
                 '<w:num w:numId="2"><w:abstractNumId w:val="7"/></w:num>'
                 '<w:num w:numId="3"><w:abstractNumId w:val="7"/>'
                 '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>')
    body = "".join([_numbered(1, 0, "one"), _numbered(2, 0, "two"), _numbered(1, 0, "three"),
                    _numbered(3, 0, "four"), _numbered(3, 0, "five"), _numbered(2, 0, "six")])
    assert _lines(body, numbering) == ["1. one", "2. two", "3. three", "4. four", "5. five", "6. six"]


def test_levels_restart_below_a_higher_level_unless_told_otherwise():
    never = '<w:lvlRestart w:val="0"/>'
    numbering = (f'<w:abstractNum w:abstractNumId="0">{_lvl(0, "decimal", "%1.")}'
                 f'{_lvl(1, "lowerLetter", "(%2)")}{_lvl(2, "lowerRoman", "%3)", extra=never)}'
                 '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    body = "".join([_numbered(1, 0, "a"), _numbered(1, 1, "b"), _numbered(1, 2, "c"), _numbered(1, 1, "d"),
                    _numbered(1, 0, "e"), _numbered(1, 1, "f"), _numbered(1, 2, "g")])
    assert _lines(body, numbering) == ["1. a", "(a) b", "i) c", "(b) d", "2. e", "(a) f", "ii) g"]


def test_legal_numbering_styles_and_the_number_a_paragraph_cancels():
    numbering = (f'<w:abstractNum w:abstractNumId="0">{_lvl(0, "upperRoman", "Part %1")}'
                 f'{_lvl(1, "decimal", "%1.%2", extra="<w:isLgl/>")}{_lvl(2, "bullet", "x")}</w:abstractNum>'
                 '<w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>')
    styles = ('<w:style w:type="paragraph" w:styleId="Part"><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr>'
              '</w:pPr></w:style><w:style w:type="paragraph" w:styleId="PartTitle"><w:basedOn w:val="Part"/>'
              '</w:style><w:style w:type="paragraph" w:styleId="Section"><w:pPr><w:numPr><w:ilvl w:val="1"/>'
              '<w:numId w:val="5"/></w:numPr></w:pPr></w:style>')
    body = "".join([_numbered(-1, None, "General", "PartTitle"), _numbered(-1, None, "Scope", "Section"),
                    _numbered(0, None, "Unnumbered note", "Section"), _numbered(5, 2, "a point"),
                    _numbered(-1, None, "Terms", "Section"), _numbered(-1, None, "Final", "Part")])
    assert _lines(body, numbering, styles) == ["Part I General", "1.1 Scope", "Unnumbered note", "\u2022 a point",
                                               "1.2 Terms", "Part II Final"]


def test_a_level_without_a_start_counts_from_zero_as_word_does():
    numbering = (f'<w:abstractNum w:abstractNumId="0">{_lvl(0, "decimal", "%1.", start=None)}</w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    assert _lines(_numbered(1, 0, "a") + _numbered(1, 0, "b"), numbering) == ["0. a", "1. b"]


@pytest.mark.parametrize(("n", "fmt", "shown"), [
    (4, "decimal", "4"), (4, "lowerRoman", "iv"), (49, "upperRoman", "XLIX"), (3, "lowerLetter", "c"),
    (28, "lowerLetter", "bb"), (2, "upperLetter", "B"), (7, "decimalZero", "07"), (12, "ordinal", "12th"),
    (22, "ordinal", "22nd"), (5, "none", ""), (5, "chineseCounting", "5"),
])
def test_number_formats(n, fmt, shown):
    assert format_number(n, fmt) == shown


def test_revisions_fields_controls_and_merged_cells():
    body = ('<w:p><w:r><w:t xml:space="preserve">Each Party </w:t></w:r>'
            '<w:moveFrom w:id="1" w:author="A"><w:r><w:t>moved away</w:t></w:r></w:moveFrom>'
            '<w:hyperlink><w:r><w:t xml:space="preserve">shall </w:t></w:r></w:hyperlink>'
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> REF art5 </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>apply Article 5</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
            '<w:moveTo w:id="2" w:author="A"><w:r><w:t xml:space="preserve"> in good faith</w:t></w:r></w:moveTo>'
            '<w:r><w:t>.</w:t><w:br/><w:t>Second line</w:t></w:r></w:p>'
            # a paragraph whose mark was deleted is joined to the next one
            '<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="A"/></w:rPr></w:pPr>'
            '<w:r><w:t xml:space="preserve">Requests may be refused </w:t></w:r></w:p>'
            '<w:p><w:r><w:t>on the grounds in Article 9.</w:t></w:r></w:p>'
            '<w:sdt><w:sdtPr><w:alias w:val="Clause"/></w:sdtPr><w:sdtContent>'
            '<w:p><w:r><w:t>In a content control.</w:t></w:r></w:p></w:sdtContent></w:sdt>'
            '<w:del w:id="4" w:author="A"><w:p><w:r><w:delText>A deleted block.</w:delText></w:r></w:p></w:del>'
            '<w:tbl><w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>Offence</w:t></w:r></w:p>'
            '</w:tc><w:tc><w:p><w:r><w:t>Article 3</w:t></w:r></w:p></w:tc></w:tr>'
            '<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>Article 4</w:t></w:r>'
            '</w:p></w:tc></w:tr></w:tbl>')
    text, warnings = read_docx(make_raw_docx(body), "x.docx")
    assert text == ("Each Party shall apply Article 5 in good faith.\nSecond line\n\n"
                    "Requests may be refused on the grounds in Article 9.\n\nIn a content control.\n\n"
                    "Offence | Article 3\n\n| Article 4\n")
    assert warnings == ("the DOCX holds tracked changes, read as accepted (1 insertion and 2 deletions)",)


def test_a_legal_multilevel_list_numbers_articles_and_their_paragraphs():
    """One list numbers the articles ("Article 2", a tab, the title), their paragraphs in legal numbering
    ("2.1", restarting under each article) and their items; the headings read with their titles."""
    blocks = [("plain", "Draft protocol on electronic evidence"), ("section", "Common provisions"),
              ("article", "Purpose"), ("para", "The purpose of this Protocol is to supplement the Convention."),
              ("article", "Use of terms"), ("para", "For the purposes of this Protocol:"),
              ("item", '"central authority" means the authority designated under the treaty;'),
              ("subitem", "or, where there is none, the authority designated by each Party;"),
              ("item", '"service provider" has the meaning given in the Convention.'),
              ("para", "Terms not defined here have the Convention's {-meaning-}{+meaning and scope+}."),
              ("section", "Measures"), ("article", "Disclosure of subscriber information"),
              ("para", "Each Party shall empower its authorities to issue an order.")]
    data = make_legal_word_draft(blocks)
    assert read_docx(data, "p.docx")[0].split("\n\n") == [
        "Draft protocol on electronic evidence", "Section 1", "Common provisions", "Article 1 Purpose",
        "1.1 The purpose of this Protocol is to supplement the Convention.", "Article 2 Use of terms",
        "2.1 For the purposes of this Protocol:",
        '(a) "central authority" means the authority designated under the treaty;',
        "(i) or, where there is none, the authority designated by each Party;",
        '(b) "service provider" has the meaning given in the Convention.',
        "2.2 Terms not defined here have the Convention's meaning and scope.", "Section 2", "Measures",
        "Article 3 Disclosure of subscriber information",
        "3.1 Each Party shall empower its authorities to issue an order.\n"]
    document = document_from_bytes(data, suffix=".docx", doc_id="p")
    assert [(c.clause_id, c.heading, c.context) for c in segment_document(document).clauses
            if c.kind == "provision"] == [
        ("1(1)", "Purpose", ("Section 1 – Common provisions",)),
        ("2(1)", "Use of terms", ("Section 1 – Common provisions",)),
        ("2(1)(a)", "Use of terms", ("Section 1 – Common provisions",)),
        ("2(1)(a)(i)", "Use of terms", ("Section 1 – Common provisions",)),
        ("2(1)(b)", "Use of terms", ("Section 1 – Common provisions",)),
        ("2(2)", "Use of terms", ("Section 1 – Common provisions",)),
        ("3(1)", "Disclosure of subscriber information", ("Section 2 – Measures",))]


def test_a_loop_of_base_styles_ends_and_a_long_chain_is_followed():
    """Base styles are followed once per style: a loop gives no numbering, a long chain reaches the numbered
    style at its end."""
    numbering = (f'<w:abstractNum w:abstractNumId="0">{_lvl(0, "decimal", "Article %1")}</w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    loop = ('<w:style w:type="paragraph" w:styleId="A"><w:basedOn w:val="B"/></w:style>'
            '<w:style w:type="paragraph" w:styleId="B"><w:basedOn w:val="A"/></w:style>')
    chain = "".join(f'<w:style w:type="paragraph" w:styleId="s{i}"><w:basedOn w:val="s{i + 1}"/></w:style>'
                    for i in range(2000))
    chain += ('<w:style w:type="paragraph" w:styleId="s2000"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr>'
              '</w:pPr></w:style>')
    body = _numbered(-1, None, "Scope", "A") + _numbered(-1, None, "Purpose", "s0") + _numbered(-1, None, "Use", "s7")
    assert _lines(body, numbering, loop + chain) == ["Scope", "Article 1 Purpose", "Article 2 Use"]
