"""Text to clauses: preamble recitals, articles, paragraphs, subparagraphs, chapeaux and tails.

The segmenter reads a document line by line. A line is a heading (article, chapter,
section, part, title, annex; Markdown ``###``/``####`` or plain ``Article 23`` on its own
line), a body line that opens a clause with an enumerator (``1.``, ``2. 2``, ``(1)``,
``1 Each``, ``a)``, ``(b)``, ``c.``, ``(iii)``), or a body line that continues the clause
before it. Clause offsets exclude the enumerator, so a renumbered paragraph keeps its text;
for every clause ``text == document.text[start:end]``. When an article is complete, the
words after a paragraph's last item that belong to the whole paragraph become a clause of
their own, subparagraph ``tail`` (``_split_tails``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Callable

from .language import detect_language
from .types import QUOTED_MAIL, Clause, Document, article_key

ARTICLE_WORDS = (r"(?:(?:Draft|DRAFT)\s+(?:article|Article|ARTICLE)|Article|ARTICLE|Artikel|ARTIKEL|Art\.|Articolo|"
                 r"Artículo|Artigo)")
# (a learned body's "Draft article 4 - Definitions" is an article)
# (an annex's own articles may carry a letter before the number: "Article A1", "Article B-2")
# (a translation may spell the number out: "Article Twenty-One")
# (an article an amending protocol inserted: "Article 6a")
_UNIT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEEN_WORDS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
               "nineteen")
_TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
WORD_NUMBER = (rf"(?i:(?:{'|'.join(_TENS_WORDS)})(?:[- ](?:{'|'.join(_UNIT_WORDS)}))?"
               rf"|{'|'.join(_TEEN_WORDS)}|{'|'.join(_UNIT_WORDS)})")
# (an agreement's Part may number its articles with a title's code, running on through the Part:
# "Article LAW.SURR.77" is article 77; a roman "IV.8" is no code; a Part's roman number before a hyphen
# numbers its articles afresh: "Article II-4" is article II-4)
_CODE = r"(?:(?![IVXLC]+\.)[A-Z]{2,8}\.){1,3}"
TITLE_CODE = re.compile(rf"^{_CODE}(?=\d)")  # the code before an article's number ("LAW.SURR." of "LAW.SURR.79")
_NUMBER = (rf"(?P<num>{_CODE}\d{{1,3}}|\d+(?:\s?(?:bis|ter|quater|quinquies|sexies|[A-Z])|[a-z]\b)?"
           rf"|[A-Z]-?\d{{1,3}}|[IVXLC]+-\d{{1,3}}\b|[IVXLC]+|premier|1er|{WORD_NUMBER})")
_DECIMAL_AFTER = re.compile(r"\.\d")  # "Article 7.1": a paragraph's decimal number after the article's
_MD_HEADING = re.compile(r"^(?P<hashes>#{1,6})(?P<body>.*)$")  # on stripped lines: no trailing space
# (a negotiating text brackets an article proposed whole: "[Article 21 bis. Suspension of domains";
# its closing bracket ends the article's last clause, or its title when the article is one line)
# (what follows a heading's word: its number, then a title after a separator, or nothing)
# (or its title in brackets: "Article 7 (Controlled deliveries)"; "Article 4 (bis)" is no title)
_HEADING_REST = (rf"\s*{_NUMBER}\b\s*+(?:\.\s*+)?(?:[-–—:.]\s*+(?P<title>(?:.*\S)?)"
                 r"|\((?P<bracketed>(?!(?:bis|ter|quater)\))[A-Za-z][^()]{1,150})\))?\s*$")
_ARTICLE = re.compile(rf"^(?:\[(?!.*\]\())?{ARTICLE_WORDS}{_HEADING_REST}")
# A text whose every article heading gives its title after the number and a space alone, as a continental
# ministry's compilation writes them ("Art. 7 Cross-border observation", "Art. 12a Video hearings"): read so
# only in a text with no other article heading, where three or more such lines number the articles in order
# (``_sections_are_articles``); its title starts in a capital and ends in no stop, so a wrapped line of
# running text ("Article 5 Each Party shall.") is none.
_SPACED_ARTICLE = re.compile(rf"^{ARTICLE_WORDS}\s*{_NUMBER}[ \t]+(?P<title>[A-Z][^\n]{{0,150}}?[^.;:,\s])[ \t]*$")
# an article's title in brackets that its line does not close ("Article 4 (Competent authorities and")
_ARTICLE_OPEN_BRACKET = re.compile(rf"^{ARTICLE_WORDS}\s*{_NUMBER}"
                                   r"\s+\((?P<start>(?!(?:bis|ter|quater)\b)[A-Za-z][^()]*?)\s*$")
# An instrument without articles whose sections run 1, 2, 3 ... through the whole text ("Section 12" on
# its own line, its title on the next) reads each section as an article (``_Segmenter.article_re``).
SECTION_WORDS = r"(?:Section|SECTION)"
_SECTION_ARTICLE = re.compile(rf"^{SECTION_WORDS}{_HEADING_REST}")
# A line's start, blanks and Markdown hashes before its first word on that line only ("^\s*" would
# rescan every following blank line from every line start).
_LINE_START = r"(?m)^[^\S\n]*#*[^\S\n]*(?:\*\*|__)?"
_SPACED_LINE = re.compile(rf"{_LINE_START}{ARTICLE_WORDS}[^\S\n]*(\d{{1,3}})[a-z]?[^\S\n]+[A-Z][^\n]{{0,150}}$")
_SECTION_LINE = re.compile(rf"{_LINE_START}{SECTION_WORDS}[^\S\n]+(\d{{1,3}})\b[^\n]{{0,150}}$")
# The same for a memorandum whose units are "Paragraph 4" / "Contact units" (no article anywhere).
PARAGRAPH_WORDS = r"(?:Paragraph|PARAGRAPH)"
_PARAGRAPH_ARTICLE = re.compile(rf"^{PARAGRAPH_WORDS}{_HEADING_REST}")
_PARAGRAPH_LINE = re.compile(rf"{_LINE_START}{PARAGRAPH_WORDS}[^\S\n]+(\d{{1,3}})\b[^\n]{{0,150}}$")
# The same for a paper whose provisions are numbered headings with no word before them ("7. Expedited preservation
# of data" on a line of its own, its paragraphs "7.1", "7.2"): the title starts in capitals and has no stop.
_NUMHEAD_ARTICLE = re.compile(r"^(?P<num>\d{1,3})\.[ \t]+(?P<title>[A-Z][^.;:\n]{0,150}?)[ \t]*$")
_NUMHEAD_LINE = re.compile(r"(?m)^[^\S\n]*(\d{1,3})\.[^\S\n]+[A-Z][^.;:\n]{0,150}$")
_DECIMAL_PARAGRAPH_LINE = re.compile(r"(?m)^[^\S\n]*\d{1,3}\.\d{1,2}\.?[ \t]+\S")
# The same for a text in the civil-law tradition whose units are headed by the section sign ("§ 7" / its title).
SIGN_WORDS = r"(?:§)"
_SIGN_ARTICLE = re.compile(rf"^{SIGN_WORDS}{_HEADING_REST}")
_SIGN_LINE = re.compile(rf"{_LINE_START}{SIGN_WORDS}[^\S\n]*(\d{{1,3}})\b[^\n]{{0,150}}$")
# The same for a memorandum whose units are "Clause 7 – Title", its sub-clauses "7.1", "7.2".
CLAUSE_WORDS = r"(?:Clause|CLAUSE)"
_CLAUSE_ARTICLE = re.compile(rf"^{CLAUSE_WORDS}{_HEADING_REST}")
_CLAUSE_LINE = re.compile(rf"{_LINE_START}{CLAUSE_WORDS}[^\S\n]+(\d{{1,3}})\b[^\n]{{0,150}}$")
_CONTEXT = re.compile(
    r"^(?P<kind>CHAPTER|Chapter|PART|Part|SECTION|Section|TITLE|Title|HOOFDSTUK|Hoofdstuk|DEEL|Deel|"
    r"AFDELING|Afdeling|TITEL|Titel|CHAPITRE|Chapitre|TITRE|Titre)\b\.?\s*+(?P<rest>.{0,150})$"
)
_ANNEX = re.compile(r"^(?P<kind>ANNEX|Annex|BIJLAGE|Bijlage|APPENDIX|Appendix|SCHEDULE|Schedule)\b\s*+(?P<rest>.{0,80})$")
_TESTIMONIUM = re.compile(
    r"^(?:IN WITNESS WHEREOF|In witness whereof|IN FAITH WHEREOF|In faith whereof|DONE at|Done at|"
    r"TEN BLIJKE WAARVAN|Ten blijke waarvan|GEDAAN te|Gedaan te|EN FOI DE QUOI|En foi de quoi|FAIT à|Fait à)\b"
)
_PREAMBLE_WORD = re.compile(
    r"^[*_\s]*(?:PREAMBLE|Preamble|Preambule|PREAMBULE|Préambule|PRÉAMBULE)[*_]*(?=[\s:.*_A-Z]|$)[\s:.*_]*"
)
# Paragraph enumerators: "1.", "1)", "(1)", "(1).", "1bis.", a translation's "1-" (a repeated number "2. 2 Such"
# is skipped).
# ("1..": a typing slip in the corpus; "1°": a French text's item; "2a.": a paragraph an amending protocol
# inserted, but not a Dutch ordinal item "1e.")
_PARA = re.compile(r"^(?:\((?P<a>\d{1,3}(?:bis|ter)?)\)\.?"
                   r"|(?P<b>\d{1,3}(?:bis|ter|(?!e\.)[a-z])?)(?:\.\.?(?![\d.])|\)|-(?=[ \t])|°))[ \t]*")
# (a French text's items "1°", "2°" under its numbered paragraphs: always items, never the next paragraph)
_DEGREE_ITEM = re.compile(r"^\d{1,3}°")
# A paragraph numbered with its article's number and a decimal: "7.2 Each Party ..." in Article 7.
_PARA_DECIMAL = re.compile(r"^(?P<art>\d{1,3})\.(?P<n>\d{1,2})\.?[ \t]+(?=\S)")
_PARA_BARE = re.compile(r"^(?P<n>\d{1,3})[ \t]+(?=[A-Z])")
_DUP_NUMBER = re.compile(r"^(?P<n>\d{1,3})[ \t]+")
# Subparagraph enumerators: "(a)", "a)", "a.", "a-", "(iii)", "iii)", "iii."; CoE style bare "a the ...".
_SUB = re.compile(r'^(?:\((?P<a>[a-z]{1,2}|[ivxlc]{1,6})\)|(?P<b>[a-z]{1,2}|[ivxlc]{1,6})(?:\)|\.(?=\s|[A-Za-z“"‘(][^.])|-(?=[ \t])))[ \t]*')
_SUB_BARE = re.compile(r"^(?P<n>[a-z])[ \t]+(?=[a-z\"“‘])")  # 'a "term" means': a defined term
_ROMAN = re.compile(r"^(?=[ivxlc]+$)(?:x{0,3})(?:ix|iv|v?i{0,3})$")


def word_number_value(words: str) -> str | None:
    """'Twenty-One' -> '21'; 'seven' -> '7'; None when the words are no number."""
    parts = re.split(r"[- ]", words.lower())
    if len(parts) == 1 and parts[0] in _TEEN_WORDS:
        return str(10 + _TEEN_WORDS.index(parts[0]))
    value = 0
    if parts[0] in _TENS_WORDS:
        value = 20 + 10 * _TENS_WORDS.index(parts.pop(0))
    if parts and parts[0] in _UNIT_WORDS:
        value += 1 + _UNIT_WORDS.index(parts.pop(0))
    return str(value) if value and not parts else None


# Words that open a preamble recital ("Considering that ...", "Recognising ...").
_RECITAL_OPENERS = (
    "Considering|Recognising|Recognizing|Convinced|Conscious|Concerned|Desirous|Desiring|Bearing|Noting|"
    "Recalling|Mindful|Having|Believing|Taking|Welcoming|Affirming|Reaffirming|Acknowledging|Determined|"
    "Emphasizing|Emphasising|Stressing|Aware|Deeply|Observing|Wishing|Deploring|Expressing|Further|"
    "Resolved|Seeking|Underlining|Alarmed|Gravely|Keeping|Realizing|Realising|Fully|Agreeing|Hereby|"
    "Persuaded|Confident|Committed to|Guided|Cognizant|Cognisant|Appreciating|Highlighting|Inspired|Reiterating|Encouraged|"
    "Have agreed|Has agreed|Being|Decided|Also|Agree|Urging|Overwegende|Erkennende|Overtuigd|Zich|Indachtig|In aanmerking|Verlangende|"
    "Considérant|Reconnaissant|Convaincus|Conscients|Désireux|Rappelant|Sont convenus"
)
# Two-word openers match across a wrapped line ("Have\nagreed").
_RECITAL_OPENERS = _RECITAL_OPENERS.replace(" ", r"\s+")
_RECITAL_SPLIT = re.compile(rf"(?:;\s*|,\s*)(?=(?:{_RECITAL_OPENERS})\b)|;\s*(?=[A-Z][a-z])")
_MAX_HEADING = 500
# A paragraph's tail (codebook "The unit"): words after its last item that belong to the
# whole paragraph. In the corpus they are often run into the last item's line, so they are
# found by the words that re-open the lead-in's sentence (see ``_tail_start``).
_TAIL_OPENER = re.compile(
    r";[ \t]+(?=(?:where|unless|provided that|provided,|in which case|in each case|whichever)\b)"
)
_MERGED_LINE = re.compile(r"(?<=[.;])[ \t]{2,}(?=[A-Za-z])")  # a line break the corpus ran into spaces
_CONDITIONAL_LEAD = re.compile(r"^(?:If|Where|When|Whenever|In the event)\b")
_MAIN_CLAUSE = re.compile(r";[ \t]+(?=[a-z][^;]*\b(?:shall|may|must)\b[^;]*$)")
_NOT_TAIL_LINE = re.compile(r"^(?:[#*|–—\-•]|\(?[a-zA-Z0-9]{1,4}[.)]|in witness|in faith|done at)", re.IGNORECASE)
# A line that ends a sentence or a list item ("; and"): the next line is not its continuation.
_HARD_END = re.compile(r"[.;:!?][\"'”’)\]]*[\s*_]*$")
_LIST_ITEM_END = re.compile(r";(?:\s*(?:and|or|and/or))?$")  # an item that ends as a list's items do
_LIST_END = re.compile(r"[;,]\s*(?:and|or|and/or|en|of)$")  # "...; and" before the next item
_BARE_ITEM_AFTER = re.compile(r"(?:[:;]|;\s*(?:and|or))$")  # what a bare item ("b other offences") follows
_NUMBERED = re.compile(r"^\d{1,3}(?:bis|ter)?(?:\.\d{1,3}(?:bis|ter)?)+\.?\s")  # "5.3. The ...": a numbered point
# Words after which a sentence cannot end: the line break after them is a wrap.
_JOINING_WORD = re.compile(r"(?:^|[\s\[(])(?:the|a|an|of|to|in|on|by|for|with|from|under|and|or|that|which|its|their|"
                           r"any|such|this|these|those|shall|may|be|is|are|between|within|upon|into|as|at|all|"
                           r"notwithstanding|despite|without|except|including|against|than|concerning|regarding|"
                           r"another(?<!one another)|each|every|either|neither|both|"
                           r"de|het|een|van|voor|met|aan|door|bij|tot|die|dat|te|op|alle)$",
                           re.IGNORECASE)
_CAPITAL_AFTER_NUMBER = re.compile(r"^\S{1,8}\s+[A-Z]")  # "4. Each Party": a paragraph, not "4 of"
_DATE_START = re.compile(r"^\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|"
                         r"November|December)\b")
# A line that ends citing a numbered part and "and" / "or" ("the requirements of Article 7(2) and"):
# an enumerator opening the next line ("(3). It shall ...") ends the citation, opening nothing.
_CITATION_GOES_ON = re.compile(r"(?:\b\d{1,3}|\))\s?\(\w{1,4}\)(?:,\s*\(\w{1,4}\))*\s+(?:and|or)$")
_VERB = re.compile(r"\b(?:shall|may|must|will|should|is|are|has|have|zal|zullen|kan|kunnen|wordt|worden)\b")
# An enumerator: a number, a letter or two, a roman number ([ivxlc]{1,6}; the short ones are
# letters already: the alternatives do not overlap, so no token parses two ways).
_ENUM = r"(?:\d{1,3}|[ivxlc]{3,6}|[a-z]{1,2})"
# An enumerator cited in running text, not opening an item: "(a) of", "2 and 3", "(b), ".
# ("... Article 3 (3)" / "a)." wrapped: a lettered item closed by a full stop at once cites; not a
# paragraph's number on a line of its own, "(2).")
_CITED_ENUMERATOR = re.compile(rf"^(?:\(?{_ENUM}\) ?)*\(?{_ENUM}\)?(?:\s+(?:of|and|or|to|above|below|"
                               r"hereof|thereof|in|shall|may|is|are|en|of|van|tot|hierboven|hieronder)\b|[,;:]"
                               r"|(?<=[a-z]\))\.\s*$)")
# The same after "; and" (where an item may open with "to", "in", "is"): only "(a) of", "(b), (c)".
_CITED_AFTER_LIST = re.compile(rf"^(?:\(?{_ENUM}\) ?)*\(?{_ENUM}\)?"
                               r"(?:\s+(?:of|and|or|above|below|hereof|thereof|en|van|hierboven|hieronder)\b|[,;:])")
# "No." and the like end a line without ending its sentence.
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:No|no|Nr|nr|Art|art|para|paras|cf|Mr|Mrs|Dr|St|vol|Vol|pp?)\.$")
# A title line at least this long may go on in a line that opens in capitals (a wrapped title).
_WRAPPED_TITLE_LINE = 50

# Words a clause's first sentence opens with (after a long title line, the text begins).
# (Determiners and openers only: a capitalised noun such as "State" may be mid-sentence.)
_SENTENCE_OPENER = re.compile(r"^(?:A|An|The|Each|Every|Any|All|No|Nothing|This|These|Such|Where|When|If|In|For|"
                              r"With|Without|Upon|On|Subject|Notwithstanding|Unless|Except|To|It|Neither|Either)\s")
# A line that stops on a cited section's or article's number ("... in accordance with § 35", "under Article 7"):
# a bracketed number on the next line is its paragraph.
_CITED_NUMBER_END = re.compile(r"(?:§|\b(?:[Aa]rticles?|[Aa]rts?\.))\s*\d{1,3}[a-z]?$")
_CITING_WORD = re.compile(r"(?:^|[\s\[(])(?:paragraphs?|subparagraphs?|articles?|items?|points?|sub-paragraphs?|"
                          r"provisions?|sub-?clauses?|§§?|paras?\.|let\.|lit\.|"
                          r"and|or|to|lid|leden|letter|letters|onderdeel|en)$", re.IGNORECASE)
# "article" before a line that opens with a number: the number is cited, whichever it is.
_CITES_NUMBER = re.compile(r"(?:^|[\s\[(])(?:paragraphs?|subparagraphs?|articles?|items?|points?|sub-paragraphs?|"
                           r"provisions?|sub-?clauses?|§§?|paras?\.|let\.|lit\.)$",
                           re.IGNORECASE)
_RANGE_GOES_ON = re.compile(r"(?:\d|\b[a-z]|\))\s+(?:and|or|to|en|tot)$")  # "paragraphs 1 to" / "2": a number cited
_RECITAL_OPENERS_UPPER = re.sub(r"(?<!\\)[^\W\d_]", lambda m: m.group().upper(), _RECITAL_OPENERS)  # "CONSIDERING"
_RECITAL_START = re.compile(rf"^[*_]*(?:{_RECITAL_OPENERS}|{_RECITAL_OPENERS_UPPER})\b")
_PREAMBLE_OPENER = re.compile(rf"{_RECITAL_START.pattern}|(?:THE|The)\s+(?:(?:HIGH\s+)?CONTRACTING\s+|(?:High\s+)?"
                              rf"Contracting\s+)?(?:PARTIES|Parties|STATES|States)\b[^\n]{{0,80}},\s*$")
# A recital opened by a participle no list holds ("Attaching importance ..."), after a recital's comma.
_RECITAL_PARTICIPLE = re.compile(r"^[*_]*[A-Z][a-z]{3,}ing\s+[a-z]")
_IMAGE_END = re.compile(r"!\[[^\]]*\]\([^)]*\)$")  # a line that ends with an image stands alone
_IMAGE_TAIL = 1000  # (looked for in a line's last characters only: an image link is shorter)
_CONTEXT_NUMBER = re.compile(rf"^(?:[IVXLC]+|\d+|[A-Z]|{WORD_NUMBER})\b")  # a chapter's "V", "2", "B", "One"
# A section cited in a sentence wrapped onto the line's start: "Section 20, the notified Party will ...",
# "Section 4 of this Agreement shall ..." (a heading's number is followed by its title, a separator or nothing)
_CONTEXT_CITED = re.compile(rf"{_CONTEXT_NUMBER.pattern}(?:,|\s+(?:of|and|or|to|shall|may|applies|apply|the|in|on)\b)")
_CONTEXT_TITLE_ON_LINE = re.compile(rf"{_CONTEXT_NUMBER.pattern}[.:]?\s*[–—-]?\s*\w")  # "V – Jurisdiction"
# "Commentary" on a line of its own after a draft article (or "General commentary" before them): the
# commentary that follows, up to the next article, chapter or preamble heading, is no treaty text.
# (and a compilation's proposals of delegations after an article's base text: "Proposals:" / "[Delegation of X] In
# paragraph 1, replace ...")
_COMMENTARY = re.compile(r"^[*_]*(?:(?:(?:General\s+)?(?:commentary|Commentary)|COMMENTARY|GENERAL\s+COMMENTARY)"
                         r"(?:\s+(?:on|to)\s+[^.;:]{1,80})?|(?:Proposals?|PROPOSALS?|Proposed\s+amendments|"
                         r"Amendments\s+proposed|Comments)(?:\s+(?:by|from|of|received\s+from)\s+(?:delegations|"
                         r"Member\s+States|States))?)[*_.:]*$")
_DRAFTERS_NOTE = re.compile(r"^\[?(?:Note|Notes|Footnote)\b")  # "Note: delegations remain divided ..."
# A negotiating text's marker on a line of its own, of alternatives ("Option 1:", "[Alternative B]")
# or of an article's status ("[Agreed ad referendum]", "[Not yet agreed]"): no words of a clause,
# and no lead-in of the paragraph after it ("[Deleted]" stands for an article's words: it is one).
_OPTION_LINE = re.compile(
    r"^\[?(?:Option|Alternative|Variant|Alt\.)[ \t]*[0-9A-Z]{1,3}[ \t]*[:.]?[ \t]*\]?[ \t]*:?$"
    # a model text's markers in brackets, in capitals or not: "[ALTERNATIVE A]", "[ALTERNATIVE]",
    # "[OPTIONAL ARTICLE]", "[COMMON PROVISION]"
    r"|^\[(?i:(?:option|alternative|variant)(?:[ \t]+[0-9a-z]{1,3})?"
    r"|optional(?:[ \t]+(?:article|paragraph|provision|clause)s?)?|common[ \t]+provisions?)[ \t]*:?\]$"
    r"|^\[(?i:(?:(?:not[ \t]+yet|provisionally|informally|tentatively)[ \t]+)?agreed(?:[ \t]+ad[ \t]+ref(?:erendum|\.)?)?)[ \t]*\]$"
)
_NOTE_LINE = re.compile(r"^(?:Treedt in werking|Wordt voorlopig toegepast|Datum inwerkingtreding)\b")  # the corpus's notes
_LINK_TARGET = re.compile(r"\]\([^)\s]*\)?")
# (link text holds no bracket: each attempt stops at the next one, so a run of "[" is linear)
_MD_LINK = re.compile(r"\[[^\[\]\n]*\]\([^)\n]*\)")
# An article heading at the start of a line; a line that opens with the word; a section heading.
_ARTICLE_LINE = re.compile(rf"{_LINE_START}{ARTICLE_WORDS}\s*(?:{_CODE})?\d")
_ARTICLE_WORD_LINE = re.compile(rf"{_LINE_START}\[?{ARTICLE_WORDS}[^\n]*")
_SECTION_ARTICLE_LINE = re.compile(rf"{_LINE_START}{SECTION_WORDS}\s*\d")
_PARAGRAPH_ARTICLE_LINE = re.compile(rf"{_LINE_START}{PARAGRAPH_WORDS}\s*\d")
_CLAUSE_ARTICLE_LINE = re.compile(rf"{_LINE_START}{CLAUSE_WORDS}\s*\d")
_SIGN_ARTICLE_LINE = re.compile(rf"{_LINE_START}{SIGN_WORDS}\s*\d")
# A heading line set in bold by a word processor's Markdown export: "**Article 9 bis - Financing**" (or
# its first line, where a long title wraps: "**Article 5 - Unlawful possession, making and use of").
_EMPHASIS_LINE = re.compile(r"^(\*\*|__)(?=\S)(?P<body>[^*_\n]+?)(?<=\S)\1?$")
# A scheme's numbered paragraph that opens with its first subparagraph: "7. (1) Each country shall ...".
_SCHEME_FIRST = re.compile(r"(?m)^[^\S\n]*(\d{1,3})\.[^\S\n]+\(1\)[^\S\n]+\S")
# Words in title case: each capitalised but for short joining words ("Mutual Assistance in Criminal Matters").
_TITLE_CASE = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|or|in|on|the|to|for|between|by|with|a|an))*")
# Markdown's lazy numbering ("1." before every item of a list, ``_Segmenter.lazy_numbers``) and its bullets ("- protect
# victims;")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_ONE_LINE = re.compile(r"(?m)^[ \t]*1\.[ \t]")
_TWO_LINE = re.compile(r"(?m)^[ \t]*2\.[ \t]")
_PLAIN_BULLET = re.compile(r"^[-*+][ \t]+(?=\S)")
# A Markdown list's bullet before an item's own enumerator ("- (a) any offence", "* 2. Each Party").
_BULLET_ENUMERATOR = re.compile(r"^[-*+•][ \t]+(?=\(?(?:[a-z]{1,2}|[ivxlc]{1,6}|\d{1,3})[.)][ \t]"
                                r"|\((?:[a-z]{1,2}|[ivxlc]{1,6}|\d{1,3})\)[ \t])")
_DASH_LEAD_IN = re.compile(r"\s[-–—]$")  # a lead-in that ends on a dash, as a scheme's do ("or excuse -")
_SCHEME_NUMBER = re.compile(r"^(\d{1,3})\.[ \t]+(?=\S)")
# A resolution's operative paragraph, its verb in italics: "1. _Decides_ that all States shall ...".
_OPERATIVE_FIRST = re.compile(
    r"(?m)^[^\S\n]*(\d{1,3})\.[^\S\n]+[*_]{1,2}(?:Decides|Calls|Requests|Urges|Encourages|Recommends|Invites|"
    r"Notes|Welcomes|Stresses|Demands|Reaffirms|Affirms|Emphasi[sz]es|Condemns|Expresses|Underlines|Recogni[sz]es|"
    r"Acknowledges|Authori[sz]es|Appeals|Approves|Adopts|Endorses|Takes|Reiterates|Directs|Declares|Agrees)(?![a-z])"
    r"[^*_\n]{0,30}[*_]{1,2}")
_NEXT_LINE = re.compile(r"[^\n]*\n(?:[^\S\n]*\n)*[^\S\n]*([^\n]*)")  # (from a line's end: the next line with words)


def _unemphasised(line: str) -> str:
    """A line's words without the bold that wraps the whole line ("**Article 5 - Title**"), or opens it."""
    m = _EMPHASIS_LINE.match(line)
    return m.group("body") if m else line


def _heading_title(m: re.Match) -> str | None:
    """The title an article heading gives on its own line: after a separator ("Article 7 - Title"), or in
    brackets ("Article 7 (Title)"); None when it gives none."""
    return m.group("title") if m.group("title") is not None else m.groupdict().get("bracketed")


# A table of contents' heading, and the lines it lists: articles ("Article 1 – Purposes", with a page number or
# dots after it or not), chapters, parts, sections, titles, annexes, the preamble, the final clauses.
_CONTENTS_HEADING = re.compile(r"(?m)^[^\S\n]*#*[^\S\n]*(?:\*\*|__)?(?:TABLE OF CONTENTS|Table of [Cc]ontents|CONTENTS|"
                               r"Contents)(?:\*\*|__)?[^\S\n]*:?[^\S\n]*$")
_CONTENTS_LINE = re.compile(rf"^[#*_\s]*(?:{ARTICLE_WORDS}\s*\S|(?:CHAPTER|Chapter|PART|Part|SECTION|Section|TITLE|Title|"
                            r"ANNEX|Annex|APPENDIX|Appendix|SCHEDULE|Schedule|PREAMBLE|Preamble|Final [Cc]lauses|"
                            r"FINAL CLAUSES)\b)[^\n]{0,200}$")


def _contents(text: str) -> tuple[int, int]:
    """Where a table of contents stands ((start, end) of its heading and the lines it lists), or (-1, -1):
    a "Contents" heading in the first tenth of the text (or its first 20,000 characters), then lines that
    each name an article, a chapter, an annex or the like, three or more of them articles, up to the first
    line that names none (the preamble's first words, or the first article's text) or that names again
    what a line before it named ("Chapter I" listed, then "CHAPTER I" opening the text)."""
    m = _CONTENTS_HEADING.search(text, 0, max(20_000, len(text) // 10))
    if m is None:
        return -1, -1
    end, articles, pos = m.end(), 0, m.end()
    seen: set[str] = set()
    while pos < len(text):
        nl = text.find("\n", pos)
        line_end = len(text) if nl < 0 else nl
        line = text[pos:line_end].strip()
        if line and line[:1].islower() and end == pos - 1:
            end = line_end  # a listed title wrapped onto the next line ("... non-cash payment" / "instruments")
        elif line:
            key = " ".join(re.sub(r"[^\w\s]", " ", line).lower().split()[:2])
            if not _CONTENTS_LINE.match(line) or key in seen:
                break
            seen.add(key)
            articles += bool(re.match(rf"[#*_\s]*{ARTICLE_WORDS}", line))
            end = line_end
        pos = line_end + 1
    return (m.start(), end) if articles >= 3 else (-1, -1)


def _has_article_heading(text: str) -> bool:
    """Whether a line anywhere is an article's heading ("Article 3", "### Article  IV", "Article premier"); not
    a citation that ends a sentence wrapped onto a line's start ("... as provided in" / "Art. 38."), the line
    before it running on mid-sentence."""
    for m in _ARTICLE_WORD_LINE.finditer(text):
        line = _unemphasised(m.group().strip().lstrip("#").strip())
        if len(line) <= 200 and _ARTICLE.match(line) and not _wrapped_citation(text, m.start(), line):
            return True
    return False


def _wrapped_citation(text: str, start: int, line: str) -> bool:
    """Whether ``line`` (at ``start``) is a citation ending a sentence at a wrapped line's start: it ends with
    a stop, a comma or a semicolon, and the line right above it (no blank line between) ends mid-sentence."""
    if not line.endswith((".", ",", ";")):
        return False
    before = text[max(0, start - 300):start]
    if not before.endswith("\n"):
        return False
    previous = before[:-1].rsplit("\n", 1)[-1].rstrip()
    return bool(previous) and not previous.endswith((".", ":", ";", "!", "?"))


def _numbered_in_order(pattern: re.Pattern, text: str) -> bool:
    """Whether three or more lines ``pattern`` finds in ``text`` number their units in rising order from
    1 or 2: a scheme's paragraphs that open with their first subparagraph ("7. (1) Each country shall
    ..."), as the Commonwealth's schemes are written, or a resolution's operative paragraphs that open
    with their verb in italics ("1. _Decides_ that ..."). (Only in a text with no article heading.)"""
    numbers = [int(m.group(1)) for m in pattern.finditer(text)]
    return len(numbers) >= 3 and numbers[0] <= 2 and all(a < b for a, b in zip(numbers, numbers[1:]))


def _sections_are_articles(text: str, line: re.Pattern = _SECTION_LINE, heading: re.Pattern = _SECTION_ARTICLE) -> bool:
    """Whether a text's sections stand for its articles (in a text with no article heading anywhere):
    three or more heading lines "Section N" (alone, or with a title after a dash or colon) numbered 1,
    2, 3 ... in order through the whole text (a treaty whose parts each number their sections from 1
    again keeps them as sections; a wrapped line that opens citing "Section 4, together with" is none,
    and one in ten (or one) may cite a section: "... referred to in" / "Section 3."). With ``line`` and
    ``heading`` for "Paragraph N": whether a memorandum's paragraphs so numbered are its articles."""
    numbers = [int(m.group(1)) for m in line.finditer(text)
               if heading.match(m.group().strip().lstrip("#").strip())]  # (not "Section 4, together with")
    following = 0  # headings that number the next section; the others are citations wrapped onto a line's start
    for n in numbers:
        if n == following + 1:
            following = n
    return following >= 3 and len(numbers) - following <= max(1, following // 10)
# An editor's note of a consolidated text, on lines of its own in square brackets: "[Paragraph 4 as amended
# by Article 3 of the First Protocol.]", "[Article inserted by ...]", "[Article 9, which ..., was deleted by ...]".
_EDITORIAL_OPEN = re.compile(r"^\[(?:Paragraphs?|Items?|Articles?|Sub-?paragraphs?|Points?|Chapters?|Sections?|"
                             r"Titles?|Sentences?|Words?|Text)\b")
_EDITORIAL_WORD = re.compile(r"\b(?:amended|inserted|deleted|replaced|added|repealed|renumbered)\s+by\b")
_EDITORIAL_MAX = 600
_FOOTNOTE = re.compile(r"\[(?:\^?\d{1,3}|\*{1,3})\]")
# A footnote mark in running text: "[4]" right after a word or a stop ("requested State.[4]"); in
# Markdown, "[^4]".
# (or a superscript number right after a word or its stop, "procedures¹", "conduct.¹", as a word processor's text
# keeps it)
_SUPERSCRIPT = "¹²³⁰⁴⁵⁶⁷⁸⁹"
_FOOTNOTE_MARK = re.compile(rf"(?<=[^\s\[(])\[\^?(\d{{1,3}}|\*{{1,3}})\]|(?<=[^\s\d])([{_SUPERSCRIPT}]{{1,3}})")
# A footnote's own line: its mark, then a sentence ("[4] States may wish to add a ground ...", in
# Markdown "[^4]: States may ...").
_FOOTNOTE_LINE = re.compile(rf"^(?:\[(\d{{1,3}}|\*{{1,3}})\]|\[\^(\d{{1,3}})\]:|([{_SUPERSCRIPT}]{{1,3}}))"
                            rf"[ \t]+[A-Z\"'“‘(]")
# Text outside the articles (after the closing formula, or under a heading before the first
# article) that reads as a provision: a sentence that opens like one (after an optional
# enumerator) and has a modal verb before its end. Such text is labelled (kind ``outside``);
# the rest is kept unlabelled (kind ``final`` after the closing formula, ``note`` elsewhere).
_OPERATIVE = re.compile(
    r"(?:\(?[0-9a-z]{1,4}[.)][ \t]*)?(?:Each|Every|Any|All|No|Nothing|The|A|An|Both|Either|Neither|Such|"
    r"Parties|Party|States?|Contracting|Member|Notwithstanding|Subject|Where|If|When|In|For|Unless|It|"
    r"This|These|Its|Their)\b[^.;]{0,400}?\b(?:shall|may|must|will|agree|agrees|undertake|undertakes)\b")
# (the sentence's modal verb may stand on a later line of a hard-wrapped paragraph)
# The closing formula's own sentences (the depositary's copies, the authentic texts) are no provisions.
_CLOSING_WORDS = re.compile(r"certified|\bcop(?:y|ies)\b|\barchives\b|authentic|prevail|\bdeposited\b|operative one|"
                            r"\btexts?\b|\bversions?\b")
_SENTENCE_START = re.compile(r"(?<=[.;:])\s+(?=[A-Z(0-9])")


def _language(line: str) -> str:
    """The language of one line, its Markdown link targets left out (their paths are Dutch)."""
    return detect_language(_LINK_TARGET.sub(" ", line), default="und")


def _long_first_word(line: str) -> bool:
    """Whether a line opens with a word too long to have fitted on a wrapped line before it
    (a link's target, say): the line before may have been cut short."""
    return len(line.split(None, 1)[0]) > 30


def _roman_value(s: str) -> int:
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
    total, prev = 0, 0
    for ch in reversed(s):
        v = values[ch]
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total


def starts_numbered(line: str) -> bool:
    """Whether ``line`` opens with a paragraph's or an item's own number ("1.", "(2)", "(a)", "iii)")."""
    return bool(_PARA.match(line) or _SUB.match(line))


def to_roman(n: int) -> str:
    """``n`` (1 to 399) in lower-case roman numerals: 4 is "iv", 14 is "xiv"."""
    out = ""
    for value, sym in ((100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"),
                       (1, "i")):
        while n >= value:
            out += sym
            n -= value
    return out


@dataclass
class SegmentResult:
    """The clauses of a document and what the segmenter noticed on the way."""

    clauses: list[Clause]
    warnings: list[str] = field(default_factory=list)
    structured: bool = True


@dataclass
class _Open:
    """A clause being built: its designators and the span it covers so far."""

    paragraph: str | None
    subparagraph: str | None
    start: int
    end: int
    chapeau: bool = False


@dataclass
class _Outside:
    """Text outside the articles: after the closing formula ("Done at", "In witness whereof"),
    or under a heading before the first article. Kept, never dropped (``final`` tells which)."""

    final: bool
    context: tuple[str, ...]
    lines: list[tuple[int, int]] = field(default_factory=list)
    last_line: int = -1  # the count of the last non-blank line read into the region


@dataclass
class _Article:
    number: str
    heading: str | None
    context: tuple[str, ...]
    key: str
    clauses: list[_Open] = field(default_factory=list)
    awaiting_title: bool = True
    title_span: tuple[int, int] | None = None  # a plain line taken for the heading
    decimal: bool = False  # its paragraphs are numbered "7.1", "7.2" (_decimal_paragraph)


class _Segmenter:
    def __init__(self, doc: Document):
        self.doc = doc
        self.text = doc.text
        self.articles: list[_Article] = []
        self.preamble: list[tuple[int, int]] = []
        self.preamble_block_start = 0  # where the current language version's recitals begin
        self.context: list[tuple[str, str]] = []  # (kind, label)
        self.mode = "preamble"  # preamble | article | outside
        self.awaiting_context_title = False
        self.plain_context_title = False  # the line after a plain "CHAPTER III" may be its title
        self.context_title_open = False  # ... and the line after that title its wrapped rest
        self.seen_keys: dict[str, int] = {}
        # In Markdown an annex is a heading ("## ANNEX"); in other text, a line of its own (``_plain_annex``).
        self.markdown = doc.format == "md"
        # enumerator state of the current article
        self.para: str | None = None
        self.letter: str | None = None
        self.roman: str | None = None
        # Items numbered "1.", "2." under a numbered paragraph's lead-in ("3. Transit can be
        # refused: / 1. if ... / 2. if ..."): the number of the last such item, else None.
        self.num_item: int | None = None
        self.item_letters = False  # lettered items run under the open numbered item ("(1) ... means:" / "(a)")
        # The open paragraph was numbered "(2)": a "1." under it numbers an item (the civil-law
        # layout "(2) ... apply to" / "1. the offences ..."), whatever its lead-in ends with.
        self.para_in_brackets = False
        # A text whose paragraphs open with bare numbers ("2 Requests shall ...", a continental
        # compilation's) numbers a lettered item's own items "1.", "2." ("i. ... means:" / "1. subscriber
        # data"): paragraphs so opened (two make the style), whether the open one was; the open letter's
        # last such number.
        self.bare_paragraphs = 0
        # Markdown's lazy "1." numbering of an ordered list and its "- " bullets as a paragraph's items; the number
        # the open paragraph was written with
        # (a text numbers lazily when five or more of its lines open with "1. " and none with "2. ")
        self.lazy_numbers = (self.markdown and len(_ONE_LINE.findall(self.text)) >= 5
                             and _TWO_LINE.search(self.text) is None)
        self.para_written: str | None = None
        self.para_bare = False
        self.letter_num: int | None = None
        self.items_other_style = False  # ... and the open item is numbered so ("5." under "(1)")
        self.num_item_barrier = -1  # where the last Markdown heading line began
        # The last line read as body text, while the next line may continue it (a hard-wrapped
        # paragraph); and the line breaks found to be such wraps (read as spaces).
        self.wrapped_from: tuple[int, int] | None = None
        self.soft_breaks: list[int] = []
        # Lines no clause of an article or the preamble holds, kept as clauses of their own
        # kind: comment and metadata lines (``meta``) and the text outside the articles.
        self._width: int | None = None  # nineteen lines in twenty are this long or shorter (_real_break)
        self.kept: list[tuple[int, int, str]] = []  # (start, end, kind): "meta", "note"
        # kept lines an article owns, by start: that article's key (a line between its title and
        # its first clause; a footnote after its text)
        self.kept_owner: dict[int, str] = {}
        # The numbers of the footnote marks the text makes ("...State.[4]"), by number, where the first
        # mark stands: a line that opens with one of them ("[4] States may wish ...") is that
        # footnote, no words of a clause. (Read from the text when the first such line is met.)
        self.footnote_marks: dict[str, int] | None = None
        self.footnote_open: int | None = None  # the footnote being read, as an index of ``kept``
        self.commentary = False  # reading the commentary after a draft article (_COMMENTARY)
        self.commentary_open: int | None = None  # its paragraph being read, as an index of ``kept``
        self.outside: list[_Outside] = []
        self.line_count = 0  # non-blank lines read
        self.skip_to = -1  # a line starting before this offset was read with the line before it
        self.interleaved = 0  # headings given again in another language right after the first (_translated_heading)
        self.annexed_title = False  # the next line is the title of the instrument a resolution annexes
        # The heading that opens an article: "Article 12", or "Section 12" in a text whose
        # sections are its articles (_sections_are_articles).
        # (In a text with no article heading anywhere, its sections, "Paragraph N", "Clause N" or "§ N" units, numbered
        # headings over decimal paragraphs ("7. Title" / "7.1 ..."), a scheme's numbered
        # paragraphs or a resolution's operative paragraphs may stand for its articles.)
        self.article_re, self.article_line = _ARTICLE, _ARTICLE_LINE
        self.scheme = self.resolution = False
        self.contents = _contents(self.text)  # a table of contents before the text: (start, end) of its lines
        # a text read from quoted e-mail (ingest): its mail headers, "... wrote:" lines and the signature after
        # "--" are kept apart (kind ``meta``), and the senders' words before the instrument's title are a note
        self.mail = QUOTED_MAIL in doc.warnings
        self.mail_signature = False
        if not _has_article_heading(self.text):
            if _sections_are_articles(self.text, _SPACED_LINE, _SPACED_ARTICLE):
                self.article_re, self.article_line = _SPACED_ARTICLE, _ARTICLE_LINE
            elif _sections_are_articles(self.text):
                self.article_re, self.article_line = _SECTION_ARTICLE, _SECTION_ARTICLE_LINE
            elif _sections_are_articles(self.text, _PARAGRAPH_LINE, _PARAGRAPH_ARTICLE):
                self.article_re, self.article_line = _PARAGRAPH_ARTICLE, _PARAGRAPH_ARTICLE_LINE
            elif _sections_are_articles(self.text, _CLAUSE_LINE, _CLAUSE_ARTICLE):
                self.article_re, self.article_line = _CLAUSE_ARTICLE, _CLAUSE_ARTICLE_LINE
            elif _sections_are_articles(self.text, _SIGN_LINE, _SIGN_ARTICLE):
                self.article_re, self.article_line = _SIGN_ARTICLE, _SIGN_ARTICLE_LINE
            elif (_sections_are_articles(self.text, _NUMHEAD_LINE, _NUMHEAD_ARTICLE)
                  and len(_DECIMAL_PARAGRAPH_LINE.findall(self.text)) >= 3):
                self.article_re, self.article_line = _NUMHEAD_ARTICLE, _NUMHEAD_LINE
            else:
                self.scheme = _numbered_in_order(_SCHEME_FIRST, self.text)
                self.resolution = not self.scheme and _numbered_in_order(_OPERATIVE_FIRST, self.text)
        # A scheme of numbered paragraphs with a heading above each ("Central authorities" / "7. (1)
        # Each country shall ..."): each numbered paragraph is an article, titled by its heading, and
        # its subparagraphs are the article's paragraphs. The offset of the line whose number opens
        # the article its heading opened (None when none is pending).
        self.scheme_line: int | None = None
        # (self.resolution: each numbered operative paragraph of a resolution, "1. _Decides_ ...", is an
        # article of no title, its lettered sub-paragraphs the article's items; the preambular
        # paragraphs before it are its recitals.)

    # -- line handling -------------------------------------------------------------
    def run(self) -> SegmentResult:
        pos = 0
        text = self.text
        n = len(text)
        while pos < n:
            nl = text.find("\n", pos)
            end = n if nl == -1 else nl
            self._line(pos, end)
            pos = end + 1
        return self._finish()

    def _line(self, start: int, end: int) -> None:
        raw = self.text[start:end]
        stripped = raw.strip()
        prev, self.wrapped_from = self.wrapped_from, None
        if not stripped or start < self.skip_to:
            if not stripped:
                self.footnote_open = self.commentary_open = None
            return  # blank, or the second line of a title read with the first
        if self.mail and self._mail_line(stripped, start, end):
            return
        if self.contents[0] <= start < self.contents[1]:
            # a table of contents: its lines name the articles without opening them
            self.kept.append((start + len(raw) - len(raw.lstrip()), start + len(raw.rstrip()), "note"))
            return
        self.line_count += 1
        title_open, self.context_title_open = self.context_title_open, False
        if self.outside and self.outside[-1].last_line == self.line_count - 1 and (
                stripped.startswith("<meta") or stripped.startswith("<!--")):
            self.outside[-1].last_line = self.line_count  # a comment line does not end the region
        lead = len(raw) - len(raw.lstrip())
        s = start + lead
        e = start + len(raw.rstrip())
        bullet = _BULLET_ENUMERATOR.match(stripped)
        if bullet:  # "- (a) any offence ...": a Markdown list's item, read by its own enumerator
            s += bullet.end()
            stripped = stripped[bullet.end():]
        elif (self.markdown and lead and self.mode == "article" and self.articles and self.articles[-1].clauses
              and self.num_item is None and (plain := _PLAIN_BULLET.match(stripped))):
            # "   - protect victims;": a Markdown bullet indented under a paragraph is its item, lettered as
            # cross-references count them ("subparagraph (b)": the second bullet)
            letter = self._expected_letter()
            self.letter, self.roman, self.letter_num = letter, None, None
            self.articles[-1].clauses.append(_Open(self.para, letter, s + plain.end(), e))
            self.wrapped_from = (s + plain.end(), e)
            return
        if (stripped[:1] == "[" or (stripped[:1] and stripped[:1] in _SUPERSCRIPT)) and (
                self._footnote(stripped, s, e) or self._editorial_note(stripped, s)):
            return
        if self.footnote_open is not None:
            if not (self.article_re.match(_unemphasised(stripped)) or _PARA.match(stripped)
                    or _MD_HEADING.match(stripped)):
                self.kept[self.footnote_open] = (self.kept[self.footnote_open][0], e, "note")
                return  # a footnote's line wrapped onto the next
            self.footnote_open = None
        if self._commentary_line(stripped, s, e):
            return
        if self.scheme and self._scheme_line(stripped, s, e, end):
            return
        if self.resolution and self._operative_line(stripped, s, e):
            return
        if prev is not None and self._title_then_text(prev, stripped):
            prev = None  # "Article 10" / "Expedited preservation ..." / "A State Party may ...": a title
        if prev is not None and self._continues(self.text[prev[0]:prev[1]], stripped):
            self._continue_line(prev, s, e)
            return
        if stripped.startswith("<meta") or stripped.startswith("<!--"):
            self.kept.append((s, e, "meta"))  # kept as a clause of kind "meta", never labelled
            return
        # Headings are short; a long line is body text (and the heading patterns, which
        # trim trailing space, must never see a megabyte-long line).
        md = _MD_HEADING.match(stripped) if len(stripped) <= _MAX_HEADING else None
        if md:
            self.num_item_barrier = s  # a list does not run on across a heading ("### B")
            self._heading(md.group("body").strip(), len(md.group("hashes")), s, e)
            return
        art = self.article_re.match(_unemphasised(stripped)) if len(stripped) <= 200 else None
        if art and _DECIMAL_AFTER.match(art.string, art.end("num")) and stripped.endswith((".", ";", ",")):
            # "Article 7.1 or Article 8.1 (a)." wrapped onto a line's start: a citation of paragraph 7.1, no heading
            art = None
        if art is None and len(stripped) <= 200 and (opened := self._bracketed_title(stripped, end)) is not None:
            # "Article 4 (Competent authorities and central points of" / "contact)": a title in brackets
            # wrapped onto the next line
            number, title, self.skip_to = opened
            self._open_article(number, title)
            return
        if art and self._translated_heading(art.group("num"), s, e, stripped, end, _heading_title(art)):
            return
        if art:
            title = _heading_title(art)
            two = self._title_on_two_lines(stripped, end, title) if title else None
            if two is not None:
                # "Article 12: Hearing of witnesses and experts in the" / "requested State" / "1) ...":
                # a title on the article's line, wrapped onto a second line
                title, self.skip_to = two
            self._open_article(art.group("num"), title)
            return
        # (the line after "Article 31" is its title, even "Annex")
        annex = (_plain_annex(stripped) if not self.markdown and not (
            self.mode == "article" and self.articles[-1].awaiting_title and not self.articles[-1].clauses)
            else None)
        if annex is not None and not self.articles and self.mode == "preamble":
            # An annex before any article is the instrument a resolution adopts ("1. Adopts the Convention
            # annexed to the present resolution" / "Annex" / its title, preamble and articles): a title
            # line, and the annexed instrument's preamble goes on as the preamble.
            self.kept.append((s, e, "note"))
            self.preamble_block_start = len(self.preamble)
            self.annexed_title = True
            return
        if annex is not None:
            self.context = []  # an annex stands outside the body's chapters ("Final provisions")
            self._open_article(*annex)  # "ANNEX" / "Annex II" on a line of its own in plain text
            return
        if self.mode == "article" and _OPTION_LINE.match(stripped):
            self.kept.append((s, e, "meta"))  # "Option 2:": kept apart, as a comment line is
            if not self.articles[-1].clauses:  # "Alternative 1" under the title: the article's own
                self.kept_owner[s] = self.articles[-1].key
            return
        if self.mode == "article" and _NOTE_LINE.match(stripped):
            # The Dutch treaty database's status note ("enters into force on a date to be fixed",
            # "applied provisionally"). Where the article's title would be, it is taken there, as
            # before, but it is no title: the article keeps no heading (a heading is read as the
            # article's subject). After an article's title or a chapter's it is no words of a
            # clause (it joined the text after it, which then read as Dutch, or stretched the
            # clause before it over the chapter headings between): kept apart, as a comment line is.
            art = self.articles[-1]
            if art.awaiting_title and not art.clauses:
                art.heading, art.title_span, art.awaiting_title = None, (s, e), False
            else:
                self.kept.append((s, e, "meta"))
            return
        if self.mode == "article" and self.awaiting_plain_title(stripped):
            two = self._title_on_two_lines(stripped, end)
            if two is not None:
                # "Expedited preservation and partial disclosure of traffic" / "data" / "With
                # respect to ...": a long title wrapped onto a second line.
                title, e = two
                self.articles[-1].heading = title
                self.articles[-1].title_span = (s, e)
                self.skip_to = e
                return
            if not stripped.endswith(",") and not self._wrapped_on(stripped, end):
                self.articles[-1].heading = stripped
                self.articles[-1].title_span = (s, e)
                self.articles[-1].awaiting_title = False
                return
        ctx = _CONTEXT.match(stripped)
        if ctx and self._plain_context_ok(ctx, stripped):
            self._context(ctx.group("kind"), ctx.group("rest"))
            self.plain_context_title = True
            # "Chapter V – Jurisdiction, criminal procedure and enforcement" / "measures": a title
            # on the chapter's line may go on in the next
            self.context_title_open = bool(_CONTEXT_TITLE_ON_LINE.match(ctx.group("rest").strip()))
            return
        if title_open and self.plain_context_title and self._context_title_goes_on(self.context[-1][1], stripped):
            # a title on the chapter's line wrapped onto the next ("CHAPTER II - TAKING OF EVIDENCE
            # BY DIPLOMATIC OFFICERS," / "CONSULAR AGENTS AND COMMISSIONERS"): its rest, not a title
            kind, label = self.context[-1]
            self.context[-1] = (kind, f"{label} {stripped}")
            self.plain_context_title = False
            return
        if self.plain_context_title and self._plain_context_title(stripped):
            # "CHAPTER III" then "PROCEDURAL MEASURES" on a line of its own: the chapter's title,
            # not words of the clause before it.
            kind, label = self.context[-1]
            self.context[-1] = (kind, f"{label} – {stripped}")
            self.plain_context_title = False
            self.context_title_open = True
            return
        self.plain_context_title = False
        if title_open and self._context_title_goes_on(self.context[-1][1], stripped):
            # "Joint operations, joint investigation teams and other forms" / "of cooperation":
            # a chapter's title wrapped onto a second line
            kind, label = self.context[-1]
            self.context[-1] = (kind, f"{label} {stripped}")
            return
        if _TESTIMONIUM.match(stripped):
            self.mode = "outside"
            # The closing formula and what follows it (signatures, and anything else up to
            # the next heading) are kept as clauses outside the articles.
            self.outside.append(_Outside(True, tuple(lab for _, lab in self.context), [(s, e)], self.line_count))
            return
        self._body(s, e)

    def _footnote(self, line: str, s: int, e: int) -> bool:
        """Whether ``line`` is a footnote of the text (its mark made in the text before); if so it
        is kept apart (kind ``note``, never labelled), the open article's own."""
        m = _FOOTNOTE_LINE.match(line)
        if m is None:
            return False
        if self.footnote_marks is None:
            self.footnote_marks = {}
            for mark in _FOOTNOTE_MARK.finditer(self.text):
                self.footnote_marks.setdefault(mark.group(1) or mark.group(2), mark.start())
        if self.footnote_marks.get(m.group(1) or m.group(2) or m.group(3), s) >= s:
            return False  # (a footnote follows its mark)
        self.footnote_open = len(self.kept)
        self.kept.append((s, e, "note"))
        if self.mode == "article" and self.articles:
            self.kept_owner[s] = self.articles[-1].key
        return True

    def _editorial_note(self, line: str, s: int) -> bool:
        """Whether ``line`` opens an editor's note of a consolidated text ("[Paragraph 4 as amended by
        Article 3 of the First Protocol.]", wrapped or not); if so the note is kept apart (kind ``note``,
        never labelled) and its lines are skipped."""
        if not _EDITORIAL_OPEN.match(line) or (self.mode == "article" and self.articles
                                               and not self.articles[-1].clauses):
            return False  # (an article deleted, its note its only words: the article's one clause)
        close = self.text.find("]", s, s + _EDITORIAL_MAX)
        if close == -1:
            return False
        note = self.text[s:close + 1]
        if "[" in note[1:] or re.search(r"\n[^\S\n]*\n", note) or not _EDITORIAL_WORD.search(note):
            return False
        line_end = self.text.find("\n", close)
        if self.text[close + 1:len(self.text) if line_end == -1 else line_end].strip():
            return False  # words after the bracket: a bracketed phrase of the text itself
        self.kept.append((s, close + 1, "note"))
        if self.mode == "article" and self.articles:
            self.kept_owner[s] = self.articles[-1].key
        self.skip_to = close + 1
        return True

    def _scheme_line(self, line: str, s: int, e: int, end: int) -> bool:
        """In a scheme of numbered paragraphs, whether ``line`` was read here: a heading whose next
        line opens the next numbered paragraph opens that paragraph as an article with the heading
        as its title; that next line is then read from after its number ("7. (1) Each ..." opens
        paragraph 1 of article 7; "10. A request ..." is article 10's text)."""
        if self.scheme_line == s:
            self.scheme_line = None
            m = _SCHEME_NUMBER.match(line)
            self._body(s + m.end(), e)
            return True
        if (len(line) > 120 or line.endswith((".", ";", ":", ",")) or not line[:1].isupper()
                or self.mode not in ("preamble", "article", "article_pending")):
            return False
        expected = self._next_article_number()
        nxt = _NEXT_LINE.match(self.text, end)
        m = _SCHEME_NUMBER.match(nxt.group(1)) if nxt else None
        title = line
        if m is None and nxt is not None and self.text.count("\n", end, nxt.start(1)) == 1:
            # a heading wrapped onto a second line ("General provisions on assistance relating to
            # electronic" / "evidence" / "25. (1) ...")
            rest = nxt.group(1).strip()
            after = _NEXT_LINE.match(self.text, nxt.end(1))
            if (rest and len(line) + len(rest) <= 120 and not rest.endswith((".", ";", ":", ","))
                    and not _SCHEME_NUMBER.match(rest) and after is not None):
                m = _SCHEME_NUMBER.match(after.group(1))
                if m is not None and int(m.group(1)) == expected:
                    title, self.skip_to, nxt = f"{line} {rest}", nxt.end(1), after
        if m is None or int(m.group(1)) != expected:
            return False
        self._open_article(m.group(1), title)
        self.scheme_line = nxt.start(1)
        return True

    def _next_article_number(self) -> int:
        """The number the next article of a scheme or a resolution has: one after the last (1 at first)."""
        return int(self.articles[-1].number) + 1 if self.articles and self.articles[-1].number.isdigit() else 1

    def _operative_line(self, line: str, s: int, e: int) -> bool:
        """In a resolution, whether ``line`` opens the next numbered operative paragraph: if so it
        is opened as an article, and the line is read from after its number."""
        m = _SCHEME_NUMBER.match(line)
        if m is None or self.mode not in ("preamble", "article", "article_pending"):
            return False
        expected = self._next_article_number()
        if int(m.group(1)) != expected:
            return False
        self._open_article(m.group(1), None)
        self._body(s + m.end(), e)
        return True

    def _mail_line(self, line: str, start: int, end: int) -> bool:
        """In a text read from quoted e-mail, whether ``line`` is no words of the instrument (a mail header,
        "On 14 March, X wrote:", the signature separator "--" and all after it); if so it is kept (``meta``)."""
        if self.mail_signature or line == "--" or _MAIL_HEADER.match(line) or line.endswith("wrote:") or (
                line.startswith("On ") and _MAIL_WROTE_NEXT.match(self.text, end)):
            self.mail_signature = self.mail_signature or line == "--"
            raw = self.text[start:end]
            self.kept.append((start + len(raw) - len(raw.lstrip()), start + len(raw.rstrip()), "meta"))
            return True
        return False

    def _commentary_line(self, line: str, s: int, e: int) -> bool:
        """Whether ``line`` is a line of a commentary (its "Commentary" heading or its words); if so
        it is kept apart (kind ``note``, never labelled), each paragraph one note, the open
        article's own. A commentary runs to the next article, chapter, annex or preamble heading,
        or the closing formula."""
        if self.commentary:
            plain = _unemphasised(line)
            heading = len(line) <= 200 and (self.article_re.match(plain) or _CONTEXT.match(plain))
            if (_MD_HEADING.match(line) or heading or _PREAMBLE_WORD.match(line) or _TESTIMONIUM.match(line)
                    or _ANNEX.match(plain)):
                self.commentary, self.commentary_open = False, None
                return False
        elif not (_COMMENTARY.match(line) and self.mode in ("preamble", "article", "article_pending")):
            return False
        self.commentary = True
        if self.commentary_open is not None:
            self.kept[self.commentary_open] = (self.kept[self.commentary_open][0], e, "note")
        else:
            # (the heading stands alone; a paragraph's lines run on until a blank line)
            self.commentary_open = None if _COMMENTARY.match(line) else len(self.kept)
            self.kept.append((s, e, "note"))
            if self.mode == "article" and self.articles:
                self.kept_owner[s] = self.articles[-1].key
        return True

    def _title_then_text(self, prev: tuple[int, int], line: str) -> bool:
        """Whether ``prev`` is the line taken for the open article's title and ``line`` starts
        its text: a capital after a title that ends on no joining word is no wrapped sentence."""
        if self.mode != "article" or not self.articles or self.articles[-1].title_span != prev:
            return False
        title = self.text[prev[0]:prev[1]]
        return line[:1].isupper() and not (_JOINING_WORD.search(title) or _CITING_WORD.search(title))

    def _continues(self, prev: str, line: str) -> bool:
        """Whether a line continues the body line before it: a paragraph hard-wrapped at a
        fixed width, or read from a PDF.

        The line before must stop mid-sentence, or at a semicolon before a word in lower case.
        After a word no sentence ends with ("of", "the") the line continues it unless it opens
        a paragraph or item ("2. Each Party"); so does a cited number ("(a) of paragraph 2").
        Otherwise a line that opens a clause, a numbered point, a heading or the closing
        formula starts anew; in a preamble so does a recital, a line after a short one (a
        title or a note), and a line in another language.
        """
        if (line.startswith(("#", "|", "<", "![")) or self.mode not in ("preamble", "article")
                or _IMAGE_END.search(prev[-_IMAGE_TAIL:]) or _NOTE_LINE.match(line) or _OPTION_LINE.match(line)):
            return False
        opens = bool(_PARA.match(line) or self._opens_item(line) or _NUMBERED.match(line)
                     or self._bare_paragraph(line) or self._decimal_paragraph(line))
        if opens and _DASH_LEAD_IN.search(prev):
            return False  # "... without lawful excuse -" / "(a) to obtain access ...": a list's first item
        if (_HARD_END.search(prev) and not _ABBREVIATION.search(prev)
                and not (prev.endswith(";") and line[:1].islower() and not opens)
                and not (self.mode == "preamble" and len(self.preamble) == 1 and prev.endswith(":")
                         and line[:1].islower() and not opens)):  # the first line, a title wrapped after its colon
            return False
        if _CITED_AFTER_LIST.match(line) or (line[:1] == "(" and (_CITATION_GOES_ON.search(prev)
                                                                   or _CITED_NUMBER_END.search(prev))):
            return True  # ("... in accordance with § 35" / "(4).": the paragraph of the section cited)
        # "...nationals;" / "or" / "(b) where ...": a joining word wrapped onto a line of its own
        # ends the list item before it as "; or" does
        list_end = bool(_LIST_END.search(prev) or (prev.strip() in ("and", "or", "and/or")
                                                   and _LIST_END.search(self._previous_text())))
        if not list_end:
            if _CITED_ENUMERATOR.match(line):
                return True
            new_paragraph = (opens and _CAPITAL_AFTER_NUMBER.match(line) and self._next_number(line)
                             and not _CITES_NUMBER.search(prev))
            if ((_CITING_WORD.search(prev) or _JOINING_WORD.search(prev)) and not new_paragraph
                    and not self._first_items_number(prev, line)):
                return True
            if self._number_far_ahead(line):
                return True  # "... does not exceed\n242." ends the sentence: no paragraph 242
        if opens:
            return False
        if (_TESTIMONIUM.match(line) or (len(line) <= 200 and self.article_re.match(_unemphasised(line)))
                or _CONTEXT.match(line) or (not self.markdown and _plain_annex(line) is not None)):
            return list_end  # "...; and\nArticle 47." cites an article
        if line[:1].islower() or line[:1] in "([" or _long_first_word(line):
            return True
        if self.mode == "preamble":
            if ((line.startswith(("*", "–", "—", "•")) and not prev.endswith(","))
                    or _RECITAL_START.match(line) or _PREAMBLE_WORD.match(line)
                    or (prev.endswith((",", ";")) and _RECITAL_PARTICIPLE.match(line))):
                return False
            languages = {_language(line), _language(prev)}
            return len(prev) >= 25 and (len(languages) == 1 or "und" in languages)
        return True

    def _next_number(self, line: str) -> bool:
        """Whether a line opens with the number of the next paragraph or the next item
        (after "paragraph", a "1." that is not next is a citation ending a sentence)."""
        m = _PARA.match(line)
        if m:
            return (m.group("a") or m.group("b")) == str(self._expected_number())
        return True

    def _number_far_ahead(self, line: str) -> bool:
        """Whether a line opens with a paragraph-like number far beyond the next paragraph's (an
        amount or a year wrapped onto a line of its own after a sentence that has not ended)."""
        m = _PARA.match(line)
        if not m or self._opens_item(line) or _CAPITAL_AFTER_NUMBER.match(line):
            return False  # "18.  For a tanker ..." opens a paragraph, whatever the count says
        n = m.group("a") or m.group("b")
        return n.isdigit() and int(n) > self._expected_number() + 5

    def _opens_item(self, line: str) -> bool:
        """Whether a line opens a subparagraph: "(b)", "b)", or "b." when b is the next letter
        or roman number (a line that starts "it. It shall" is a wrapped sentence)."""
        m = _SUB.match(line)
        if not m:
            bare = _SUB_BARE.match(line)  # "b other offences": an item when b is the next letter
            # (after a lead-in's colon or an item's "; and": a line "a receiving Party ..." after
            # "..., and" is the rest of a wrapped sentence)
            return (bool(bare) and bare.group("n") == self._expected_letter()
                    and _BARE_ITEM_AFTER.search(self._previous_text().rstrip()) is not None)
        token = m.group("a") or m.group("b")
        if m.group("a") or line[len(token):len(token) + 1] == ")":
            return True
        expected_roman = to_roman(_roman_value(self.roman) + 1) if self.roman else "i"
        return token in (self._expected_letter(), expected_roman)

    def _first_items_number(self, prev: str, line: str) -> bool:
        """Whether ``line`` opens the next item numbered "1.", "2." of a lead-in that stops on a
        joining word, where such a number is no paragraph's ("(2) ... apply to" / "1. the offences",
        "... in particular by" / "1. exchanging" in an article not yet numbered): a number no
        citing word went before."""
        m = _PARA.match(line)
        if (m is None or m.group("b") is None or line[m.end("b"):m.end("b") + 1] != "." or _CITES_NUMBER.search(prev)
                or _RANGE_GOES_ON.search(prev)):
            return False
        return (self.mode == "article" and (self.para_in_brackets or self.para is None)
                and m.group("b") == str((self.num_item or 0) + 1))

    def _bare_paragraph(self, line: str) -> bool:
        """Whether a line opens the next paragraph with a bare number ("2 Each Party ..."; a date
        wrapped onto the line's start, "4 March 1987 shall cease ...", is none)."""
        m = _PARA_BARE.match(line)
        return bool(m) and m.group("n") == str(self._expected_number()) and not _DATE_START.match(line)

    def _continue_line(self, prev: tuple[int, int], s: int, e: int) -> None:
        """Read a wrapped line as the rest of the line before it."""
        self.soft_breaks.extend(i for i in range(prev[1], s) if self.text[i] == "\n")
        self.wrapped_from = (s, e)
        if self.mode == "preamble":
            start, _ = self.preamble.pop()
            self._preamble_line(start, e, continued=True, join=prev[1])
        else:
            self.articles[-1].clauses[-1].end = e

    def _wrapped_on(self, line: str, end: int) -> bool:
        """Whether a line that could be an article's title is the first line of a wrapped
        paragraph: the next line follows it directly and opens in lower case or with a word
        too long to have fitted, or the line stops on a word (or bracket) a title cannot end
        with, or has a verb no title has, or is as long as a wrapped line (50 characters) and
        the next line does not open a sentence (drafts have long titles: "Expedited preservation
        at the request of another State Party" / "A State Party may request ...")."""
        nl = self.text.find("\n", end + 1)
        nxt = self.text[end + 1:len(self.text) if nl == -1 else nl].strip()
        if _OPTION_LINE.match(nxt) and nl != -1:  # "Option 1:" before the paragraph: read the paragraph
            after = self.text.find("\n", nl + 1)
            nxt = self.text[nl + 1:len(self.text) if after == -1 else after].strip()
        # A verb makes the line a sentence, unless a numbered paragraph or an item follows it and
        # it does not open like one: "Preliminary measures when an alleged offender is present" /
        # "1. Upon being satisfied ..." is a title ("Each Party shall" / "(a) ..." is a lead-in).
        numbered = bool(_PARA.match(nxt) or _SUB.match(nxt))
        verb = bool(_VERB.search(line)) and not (numbered and not _SENTENCE_OPENER.match(line))
        return bool(nxt) and (nxt[:1].islower() or _long_first_word(nxt) or line.endswith(("[", "("))
                              or bool(_JOINING_WORD.search(line)) or verb
                              or (len(line) >= 50 and not numbered and not _SENTENCE_OPENER.match(nxt)))

    def _title_on_two_lines(self, line: str, end: int, title: str | None = None) -> tuple[str, int] | None:
        """(title, end of its second line) when a line that could be an article's title goes on
        in the next line: the line is as long as a wrapped line (40 characters) and opens no
        sentence, the next opens in lower case or follows a word no title ends with, the two have
        no closing punctuation and fit a title (120 characters), and
        the line after them opens a paragraph, an item or a sentence ("With respect to ...").
        A verb is a sentence's, unless the second line opens in lower case and a numbered
        paragraph or an item follows ("Notification of the Party in whose territory the" /
        "service provider is established" / "1. ..."). ``title``: the title's words when the line
        is an article's ("Article 12: Hearing of witnesses and experts in the"). Otherwise None."""
        head = line if title is None else title
        if len(line) < 40 or (title is None and _SENTENCE_OPENER.match(line)):
            return None
        nl = self.text.find("\n", end + 1)
        if nl == -1:
            return None
        raw = self.text[end + 1:nl]
        nxt = raw.strip()
        # (or, after a line as long as a wrapped line, one in capitals: "Expedited preservation, at
        # the request of another State" / "Party, of data stored in computer systems")
        # ("List of the treaties referred to in subparagraph" / "(a) of paragraph 1 of Article 1": a
        # citation wrapped onto the second line, no item)
        cited = bool(nxt and _CITES_NUMBER.search(head) and _CITED_AFTER_LIST.match(nxt))
        if not nxt or not (cited or nxt[:1].islower() or _JOINING_WORD.search(head)
                           or (len(line) >= _WRAPPED_TITLE_LINE and nxt[:1].isupper() and len(nxt) < len(line))):
            return None
        joined = f"{head} {nxt}"
        if (len(joined) > 120 or nxt.endswith((".", ";", ":", ",")) or self.article_re.match(_unemphasised(nxt))
                or _CONTEXT.match(nxt) or _OPTION_LINE.match(nxt)
                or (not cited and (_PARA.match(nxt) or _SUB.match(nxt)))):
            return None
        # (a title wrapped over three lines or more, each after the first in lower case: "Giving effect to
        # orders from another Party for" / "expedited production of subscriber information and traffic" / "data")
        last = nl
        while True:
            more, more_end = self._line_from(last + 1)
            if (not more[:1].islower() or len(f"{joined} {more}") > 120 or more.endswith((".", ";", ":", ","))
                    or _PARA.match(more) or _SUB.match(more)):
                break
            joined, raw, last = f"{joined} {more}", self.text[last + 1:more_end], more_end
        after, after_end = self._line_from(last + 1)
        blank = False
        while not after and after_end < len(self.text):
            after, after_end = self._line_from(after_end + 1)  # (a blank line between title and text)
            blank = True
        if _OPTION_LINE.match(after) and after_end < len(self.text):
            # "Alternative 1" / "[Agreed ad referendum]" after the title: the text opens on the line after it
            after, _ = self._line_from(after_end + 1)
        # ("[1. Each Party ...": a paragraph proposed whole, in brackets)
        after = after[1:] if after[:1] == "[" else after
        numbered = bool(_PARA.match(after) or _SUB.match(after) or _PARA_BARE.match(after)  # ("1 Each Party")
                        or _PARA_DECIMAL.match(after))  # ("3.1 Except as otherwise provided")
        # (or, after a blank line, any words: a title wrapped before a word in lower case, "Grounds for
        # refusal and postponement of mutual legal" / "assistance", over an unnumbered paragraph)
        if not (numbered or _SENTENCE_OPENER.match(after) or (blank and nxt[:1].islower() and title is None)):
            return None
        if _VERB.search(joined) and not (nxt[:1].islower() and numbered):
            return None
        return joined, last - len(raw) + len(raw.rstrip())

    def _bracketed_title(self, line: str, end: int) -> tuple[str, str, int] | None:
        """(number, title, end of its last line) when ``line`` opens an article whose title in brackets
        goes on in the next line and closes there ("Article 4 (Competent authorities and" / "contact)");
        else None."""
        m = _ARTICLE_OPEN_BRACKET.match(_unemphasised(line)) if self.article_re is _ARTICLE else None
        if m is None:
            return None
        nxt, nxt_end = self._line_from(end + 1)
        if not nxt.endswith(")") or "(" in nxt or len(nxt) > 120:
            return None
        return m.group("num"), f"{m.group('start')} {nxt[:-1].rstrip()}", nxt_end

    def _line_from(self, start: int) -> tuple[str, int]:
        """The line that begins at ``start`` (stripped) and where it ends (its line break, or the
        text's end)."""
        nl = self.text.find("\n", start)
        end = len(self.text) if nl == -1 else nl
        return self.text[start:end].strip(), end

    def flat(self, start: int, end: int) -> str:
        """The text from start to end with its wrapped line breaks read as spaces (same offsets)."""
        lo = bisect.bisect_left(self.soft_breaks, start)
        hi = bisect.bisect_left(self.soft_breaks, end)
        if lo == hi:
            return self.text[start:end]
        chars = list(self.text[start:end])
        for i in self.soft_breaks[lo:hi]:
            chars[i - start] = " "
        return "".join(chars)

    def awaiting_plain_title(self, line: str) -> bool:
        """Whether ``line`` may be the title the article awaits, or its first line: one that ends on
        a comma is a title only wrapped after it ("List of offences referred to in Articles III, XI,
        XVIII, XX," / "XXII and XXVII", when the two lines read as one title; the caller decides)."""
        art = self.articles[-1]
        if not art.awaiting_title or art.clauses:
            return False
        art.awaiting_title = False
        return (
            len(line) <= 120
            and not _PARA.match(line)
            and not _SUB.match(line)
            and not line.endswith((".", ";", ":", " -", "–", "—"))  # a lead-in "... to the extent that -"
            # (or a figure that is no paragraph number: "24/7 network")
            and (line[:1].isupper() or (line[:1].isdigit() and not _PARA_BARE.match(line)
                                        and not _DUP_NUMBER.match(line)))
        )

    def _plain_context_title(self, line: str) -> bool:
        """True for a short heading-like line (no enumerator, no closing punctuation) after a chapter line."""
        if not self.context or len(line) > 120 or _PARA.match(line) or _SUB.match(line) or _NOTE_LINE.match(line):
            return False
        if line.endswith((".", ";", ":", ",")) or not line[:1].isupper():
            return False
        return line.isupper() or len(line.split()) <= 12

    @staticmethod
    def _context_title_goes_on(title: str, line: str) -> bool:
        """Whether ``line`` is the rest of a chapter's title wrapped at its end: it opens in
        lower case, or the title stops on a word no title ends with, or the title and the line are
        in capitals ("CHAPTER II - TAKING OF EVIDENCE BY DIPLOMATIC OFFICERS," / "CONSULAR AGENTS AND
        COMMISSIONERS"; "OF THE PROTECTION OF WITNESSES, VICTIMS AND COLLABORATORS" / "WITH
        JUSTICE"), and it is short, with no enumerator, no verb and no closing punctuation."""
        caps = title.isupper() and line.isupper() and len(line) <= 60
        # (or a title in title case wrapped after a capitalised word: "Mutual Assistance between the
        # Contracting States in Criminal" / "Matters", its wrapped line as long as a wrapped line is)
        head = title.rsplit(" – ", 1)[-1]
        caps = caps or (len(head) >= _WRAPPED_TITLE_LINE - 10 and _TITLE_CASE.fullmatch(head) is not None
                        and _TITLE_CASE.fullmatch(line) is not None and len(line) <= 40)
        return ((line[:1].islower() or bool(_JOINING_WORD.search(title)) or caps) and len(line) <= 80
                and not (_PARA.match(line) or _SUB.match(line) or _VERB.search(line))
                and not line.endswith((".", ";", ":", ",")))

    @staticmethod
    def _plain_context_ok(m: re.Match, line: str) -> bool:
        rest = m.group("rest").strip()
        # (a line that ends on a comma cites a chapter in a sentence, unless it is a title in capitals
        # wrapped after its comma: "CHAPTER II - TAKING OF EVIDENCE BY DIPLOMATIC OFFICERS,")
        return (len(line) <= 160 and bool(_CONTEXT_NUMBER.match(rest)) and not _CONTEXT_CITED.match(rest)
                and not (line.endswith(";") or (line.endswith(",") and not line.isupper())))

    def _heading(self, body: str, level: int, s: int, e: int) -> None:
        self.plain_context_title = False
        art = self.article_re.match(_unemphasised(body))
        if art:
            self._open_article(art.group("num"), _heading_title(art))
            return
        ctx = _CONTEXT.match(body)
        if ctx:
            self._context(ctx.group("kind"), ctx.group("rest"))
            # "## CHAPTER II" / "CRIMINALIZATION": a title on a plain line of its own is the chapter's
            self.plain_context_title = not _CONTEXT_TITLE_ON_LINE.match(ctx.group("rest").strip())
            return
        annex = _ANNEX.match(body)
        if annex:
            rest = re.sub(r"^[-–—:.][ \t]*", "", annex.group("rest").strip())  # "## Schedule — Offences"
            number = "annex" + (f" {rest}" if rest and len(rest) <= 10 else "")
            self.context = []  # an annex stands outside the body's chapters ("Final provisions")
            self._open_article(number, rest if len(rest) > 10 else None)
            return
        title = body.strip("#*_ ").strip()
        if not title:
            return
        if self.mode == "article" and self.articles[-1].awaiting_title and not self.articles[-1].clauses:
            self.articles[-1].heading = title
            self.articles[-1].awaiting_title = False
        elif self.awaiting_context_title and self.context:
            kind, label = self.context[-1]
            self.context[-1] = (kind, f"{label} – {title}")
            self.awaiting_context_title = False
        elif level <= 2 or self.mode == "outside" or not self.articles:
            # A document title: what follows is a preamble (the start, or the next language version).
            self.mode = "preamble"
            self.context = []
            self.preamble_block_start = len(self.preamble)
            self.kept.append((s, e, "note"))  # the title line itself: kept, not labelled
        else:
            # A free-standing sub-heading inside an article: kept (kind "note"), not labelled.
            self.awaiting_context_title = False
            self.kept.append((s, e, "note"))

    def _context(self, kind: str, rest: str) -> None:
        # Treaties nest Part/Chapter/Section/Title in different orders: a kind seen again
        # closes itself and everything opened below it.
        kinds = [k.lower() for k, _ in self.context]
        if kind.lower() in kinds:
            self.context = self.context[: kinds.index(kind.lower())]
        label = re.sub(r"\s+", " ", f"{kind} {rest}".strip())
        self.context.append((kind, label))
        self.awaiting_context_title = True
        if self.mode == "preamble" and not self.articles:
            self.mode = "article_pending"

    def _language_blocks(self, start: int, end: int, default: str) -> list[tuple[int, int, str]]:
        """The stretches of ``start``-``end`` that blank lines part and one language holds, as (start, end,
        language); one stretch when the text is in one language."""
        out: list[tuple[int, int, str]] = []
        pos = start
        for m in [*re.finditer(r"\n[^\S\n]*\n\s*", self.text[start:end]), None]:
            a, b = pos, (start + m.start() if m else end)
            if b > a:
                lang = detect_language(self.text[a:b], default=default)
                lang = default if lang == "und" else lang
                marks = len(_FRENCH_MARK.findall(self.text, a, b))
                if lang == "en" and (marks >= 2 or (marks and len(self.text[a:b].split()) < 15)):
                    lang = "fr"  # ("un exposé sommaire des faits pertinents": few function words)
                if out and out[-1][2] == lang:
                    out[-1] = (out[-1][0], b, lang)
                else:
                    out.append((a, b, lang))
            pos = start + m.end() if m else end
        return out or [(start, end, default)]

    def _translated_heading(self, number: str, s: int, e: int, line: str, end: int, title: str | None) -> bool:
        """Whether the heading line ``s``-``e`` of article ``number`` repeats, in the text's other language,
        the heading just read, before any words of that article ("Article 7 - Refusal of assistance" /
        "Article 7 - Refus d'entraide", a bilingual text that gives each paragraph in both languages): the
        same article, the line kept apart (kind ``note``), and the document read clause by clause for its
        language."""
        last = self.articles[-1] if self.articles else None
        if (last is None or self.mode != "article" or last.clauses or last.title_span
                or re.sub(r"\s+", " ", number.strip()) != last.number):
            return False
        two = self._title_on_two_lines(line, end, title) if title else None
        if two is not None:  # its title wrapped onto a second line
            e = self.skip_to = two[1]
        self.kept.append((s, e, "note"))
        self.kept_owner[s] = last.key
        self.interleaved += 1
        return True

    def _open_article(self, number: str, title: str | None) -> None:
        number = re.sub(r"\s+", " ", number.strip())
        if number in ("premier", "1er"):
            number = "1"
        elif TITLE_CODE.match(number):
            number = TITLE_CODE.sub("", number)  # "LAW.SURR.77": 77
        elif number[:1].isalpha():
            number = word_number_value(number) or number  # "Twenty-One": 21 (a roman "IX" stays)
        count = self.seen_keys.get(number, 0) + 1
        self.seen_keys[number] = count
        key = number if count == 1 else f"{number}@{count}"
        title = title.strip(" *_#") if title else None
        if title and title.endswith("]") and "[" not in title:
            title = title[:-1].rstrip() or None  # "[Article 7 bis. Title]": the bracket is no word of the title
        self.articles.append(_Article(number, title or None, tuple(lab for _, lab in self.context), key,
                                      awaiting_title=not title))
        self.mode = "article"
        self.awaiting_context_title = False
        self.plain_context_title = False  # a chapter's title comes before its first article
        self.para = self.letter = self.roman = None
        self.num_item, self.item_letters = None, False
        self.para_written = None

    # -- body lines ------------------------------------------------------------------
    def _body(self, s: int, e: int) -> None:
        if self.mode == "article_pending" and not self.articles and _PREAMBLE_OPENER.match(self.text, s, e):
            # A Part's heading above the preamble ("PART THREE" / "THE PARTIES," / "RECOGNISING ..."):
            # the preamble goes on under it.
            self.mode = "preamble"
        if self.mode == "preamble":
            self._preamble_line(s, e)
            return
        if self.mode != "article":
            self._outside_line(s, e)
            return
        art = self.articles[-1]
        art.awaiting_title = False
        line = self.text[s:e]
        para, offset = self._paragraph(line)
        if (para == "1" and self.lazy_numbers and line.startswith("1.") and self.para_written == "1"
                and self.para is not None and self.para.isdigit() and art.clauses
                and not _BLANK_LINE.search(self.text, art.clauses[-1].end, s) and not self._numbered_item("1")):
            # Markdown's lazy numbering: every item of a tight ordered list written "1." (no blank line between
            # them), numbered 1, 2, 3 where the page is rendered; not "1." opening the items of a lead-in
            para = str(int(self.para) + 1)
        if para is not None:
            self.para_written = line[:len(line) - len(line.lstrip("0123456789"))] or None
        if para is not None and self._numbered_under_letter(para, line[len(para):len(para) + 1]):
            self.letter_num = int(para)
            art.clauses.append(_Open(self.para, f"{self.letter}.{para}", s + offset, e))
            self.wrapped_from = (s, e)
            return
        other_style = (self.para_in_brackets and line[:1] != "(") or bool(_DEGREE_ITEM.match(line))
        if para is not None and self._numbered_item(para, other_style=other_style):
            self.num_item, self.letter, self.roman, self.item_letters = int(para), None, None, False
            self.items_other_style = other_style
            art.clauses.append(_Open(self.para, para, s + offset, e))
            self.wrapped_from = (s, e)
            return
        if para is not None:
            self.para, self.letter, self.roman, self.num_item, self.item_letters = para, None, None, None, False
            self.para_bare = bool(_PARA_BARE.match(line)) and not _PARA.match(line)
            self.para_in_brackets = line[:1] == "("
            rest_start = s + offset
            rest = self.text[rest_start:e]
            sub, sub_off = self._subparagraph(rest, after_paragraph=True)
            if sub is not None:
                # "3. a) Each Party ..." : an empty chapeau, the line opens item a.
                art.clauses.append(_Open(para, sub, rest_start + sub_off, e))
            else:
                art.clauses.append(_Open(para, None, rest_start, e, chapeau=True))
            self.wrapped_from = (s, e)
            return
        sub, offset = self._subparagraph(line, after_paragraph=False)
        if sub is not None:
            art.clauses.append(_Open(self.para, sub, s + offset, e))
        elif art.clauses and self._second_lead_in(art.clauses[-1], line, s):
            # "(e) ... ordinary criminal law." / "" / "Extradition may be refused:": an unnumbered
            # paragraph's lead-in after the last item of the one before, whose items run again from (a)
            art.clauses.append(_Open(self.para, None, s, e, chapeau=True))
            self.letter = self.roman = None
        elif art.clauses:
            art.clauses[-1].end = e
        else:
            art.clauses.append(_Open(None, None, s, e, chapeau=True))
        self.wrapped_from = (s, e)

    def _outside_line(self, s: int, e: int) -> None:
        """Keep a body line read outside any article (never dropped). It continues the region
        of the last such line when no other line (but comment lines) came between."""
        context = tuple(lab for _, lab in self.context)
        last = self.outside[-1] if self.outside else None
        if (last is None or last.context != context or last.final != (self.mode == "outside")
                or last.last_line != self.line_count - 1):
            last = _Outside(self.mode == "outside", context)
            self.outside.append(last)
        last.lines.append((s, e))
        last.last_line = self.line_count

    def _second_lead_in(self, last: _Open, line: str, start: int) -> bool:
        """Whether ``line`` opens an unnumbered paragraph's lead-in after a blank line that follows a
        lettered item ending its sentence: it ends with a colon, and the next line opens item (a)."""
        if (last.subparagraph is None or self.letter is None or not line.endswith(":")
                or self.text.count("\n", last.end, start) < 2 or self.text[last.end:start].strip()
                or not self.text[:last.end].rstrip().endswith(".")):
            return False
        m = _NEXT_LINE.match(self.text, start + len(line))
        m = _SUB.match(m.group(1)) if m else None
        return bool(m) and (m.group("a") or m.group("b")) == "a"

    def _paragraph(self, line: str) -> tuple[str | None, int]:
        if line[:1] == "[" and (m := _PARA.match(line[1:])) and m.group("b") and line[1 + m.end("b")] == ".":
            # "[2. States Parties may also ...]": a paragraph proposed whole, in brackets; its words
            # keep the bracket (and so the number inside it)
            return m.group("b"), 0
        m = _PARA.match(line)
        if m:
            number = m.group("a") or m.group("b")
            offset = m.end()
            dup = _DUP_NUMBER.match(line[offset:])
            if dup and dup.group("n") == number:
                offset += dup.end()
            return number, offset
        m = _PARA_BARE.match(line)
        if m:
            if m.group("n") == str(self._expected_number()):
                self.bare_paragraphs += 1
                return m.group("n"), m.end()
        m = self._decimal_paragraph(line)
        if m:
            self.articles[-1].decimal = True
            return m.group("n"), m.end()
        return None, 0

    def _decimal_paragraph(self, line: str) -> re.Match | None:
        """A line that opens a paragraph numbered with its article's number and a decimal ("7.2 Each
        Party ..." in Article 7), else None (a "4.5 per cent" in another article is no number of
        its own paragraph). Not once a paragraph of the article opened with a number of its own:
        under "1. ... the following:", "1.1 parcel: ..." numbers an item of paragraph 1."""
        m = _PARA_DECIMAL.match(line) if line[:1].isdigit() else None
        if m is None or self.mode != "article" or m.group("art") != self.articles[-1].number:
            return None
        if self.para is not None and not self.articles[-1].decimal:
            return None
        return m

    def _numbered_under_letter(self, number: str, mark: str) -> bool:
        """Whether a line numbered "1." (``mark``: the character after its number) is an item of the open
        lettered item, in a text whose paragraphs open with bare numbers: "1." right after a letter that
        ends with a colon, then each next number."""
        if (self.bare_paragraphs < 2 or (self.para is not None and not self.para_bare) or mark != "."
                or not number.isdigit() or self.letter is None
                or self.roman is not None or self.item_letters or self.num_item is not None):
            return False
        if self.letter_num is None:
            last = self.articles[-1].clauses[-1] if self.articles[-1].clauses else None
            return (number == "1" and last is not None and self._previous_text().rstrip().endswith((":", "—", "–"))
                    and "\n\n" not in self.text[last.start:last.end].rstrip())  # (the letter's own line)
        return int(number) == self.letter_num + 1

    def _numbered_item(self, number: str, *, other_style: bool = False) -> bool:
        """Whether a line numbered like a paragraph is an item of the open paragraph's lead-in.

        A list restarts at "1." right after a numbered paragraph's lead-in that ends with a
        colon, no lettered item running ("3. Transit can be refused: / 1. if ..."); the
        next numbers go on as items while they follow the last item's, except the open
        paragraph's successor after an item that ended its sentence ("...; or" / "2." is the
        next item; "... order." / "4." is the next paragraph). Numbers written otherwise than the
        paragraph's (``other_style``: "1." under "(2)") are items after any lead-in that has not
        ended its sentence, and never the next paragraph.
        """
        art = self.articles[-1]
        if (not number.isdigit() or self.para is None or not self.para.isdigit()
                or ((self.letter is not None or self.roman is not None) and not self.item_letters)
                or not art.clauses or (self.interleaved and number == self.para)):
            return False  # (a bilingual text's "1." after its "1." is the paragraph's translation)
        last = art.clauses[-1]
        if last.start < self.num_item_barrier:
            return False  # a heading came after the lead-in began ("### II" / "1. ..." opens a section)
        text = self.text[max(last.start, last.end - 200):last.end].rstrip()
        if self.num_item is None:
            return (number == "1" and number != str(self._expected_number()) and last.paragraph == self.para
                    and last.subparagraph is None
                    and (text.endswith((":", "—", "–")) or (other_style and not text.endswith((".", ";")))))
        if int(number) != self.num_item + 1:
            return False
        return other_style or number != str(self._expected_number()) or not text.endswith(".")

    def _expected_number(self) -> int:
        """The number the next numbered paragraph would have."""
        return int(self.para) + 1 if self.para and self.para.isdigit() else 1

    def _expected_letter(self) -> str:
        if self.letter is None:
            return "a"
        if len(self.letter) == 1 and self.letter < "z":
            return chr(ord(self.letter) + 1)
        return "aa" if self.letter == "z" else self.letter + self.letter[0]

    def _subparagraph(self, line: str, *, after_paragraph: bool) -> tuple[str | None, int]:
        m = _SUB.match(line)
        token = None
        if m:
            token = m.group("a") or m.group("b")
        else:
            bare = _SUB_BARE.match(line)
            if bare and bare.group("n") == self._expected_letter() and not after_paragraph:
                prev = self._previous_text().rstrip()
                if prev.endswith((":", ";", " and", " or", ",")):
                    token, m = bare.group("n"), bare
        if token is None or m is None:
            return None, 0
        expected_letter = self._expected_letter()
        expected_roman = to_roman(_roman_value(self.roman) + 1) if self.roman else "i"
        item = f"{self.num_item}." if self.num_item is not None else ""
        if (self.letter is not None and len(self.letter) == 1 and len(token) == 2 and token[0] == token[1]
                and token != expected_letter and token != expected_roman):
            # "aa)", "bb)" under "a)" (or under its "(i)"): the item's own items, as a civil-law text writes
            # them (not the letters after "z" of a long list, nor a roman "ii" after "i")
            parent = f"{self.letter}.{self.roman}" if self.roman else self.letter
            return (item if self.item_letters else "") + f"{parent}.{token}", m.end()
        is_roman = bool(_ROMAN.match(token))
        if self.interleaved and token == self.letter and self.roman is None:
            kind = "letter"  # a bilingual text's "i)" after its "(i)": the item's translation
        elif token == expected_letter and is_roman and token == expected_roman:
            # "(i)" after "(h)": a roman item under (h) only when (h) introduces items
            # (or romans are already running); otherwise the next letter.
            introduces = self._previous_text().rstrip().endswith((":", "—", "–"))
            kind = "roman" if self.roman is not None or introduces else "letter"
        elif token == expected_letter:
            kind = "letter"
        elif is_roman:
            kind = "roman"
        else:
            kind = "letter"
        # Under a numbered item that introduces them ("(1) 'terrorism' means:" / "(a) ..."), letters
        # are the item's own items, and the next number goes on with the numbered items.
        if kind == "letter":
            if item and not self.item_letters:
                before = self._previous_text().rstrip()
                # ("5. producing ... or possessing" / "a) a device ...": the item's own, in the civil-law layout)
                self.item_letters = token == "a" and (before.endswith((":", "—", "–")) or (
                    self.items_other_style and not before.endswith((".", ";"))))
            self.letter, self.roman, self.letter_num = token, None, None
            sub = token
        else:
            self.roman = token
            sub = f"{self.letter}.{token}" if self.letter else token
        return (item if self.item_letters else "") + sub, m.end()

    def _previous_text(self) -> str:
        """The last characters of the clause before (enough to see how it ends; the whole
        clause, copied for every line, would make a long clause quadratic)."""
        art = self.articles[-1] if self.articles else None
        if art is None or not art.clauses:
            return ""
        last = art.clauses[-1]
        return self.text[max(last.start, last.end - 200):last.end]

    def _preamble_line(self, s: int, e: int, *, continued: bool = False, join: int | None = None) -> None:
        """Read a preamble line (``continued``: the piece from ``s`` continued to ``e``, its
        previous line ending at ``join``)."""
        line = "" if continued else self.text[s:e]
        if self.annexed_title and not continued:
            # the title of the instrument a resolution annexes ("Annex" / "United Nations Convention against ..."),
            # unless the line reads as a recital
            self.annexed_title = False
            if len(line) <= 300 and not line.rstrip().endswith((",", ";", ":")) and not _RECITAL_START.match(line):
                self.kept.append((s, e, "note"))
                return
        m = None if continued else _PREAMBLE_WORD.match(line)
        if m:
            if m.end() == len(line):
                # A "Preamble" line of its own: what came before it was a title or a note
                # (kept, as a clause of kind "note").
                self.kept.extend((a, b, "note") for a, b in self.preamble[self.preamble_block_start:])
                del self.preamble[self.preamble_block_start:]
                return
            s += m.end()
        # Recitals written on one line are separated by "; " before a capitalised word.
        piece_start = s
        scan = s
        if join is not None:
            # The piece up to ``join`` held no separator: only one that reaches across the
            # line break can be new ("; \nConsidering", ", Have\nagreed"), so the scan starts
            # just before the break (a wrapped recital is read in linear time).
            j = join
            while j > s and join - j < 4 and self.text[j - 1].isalpha():
                j -= 1
            while j > s and self.text[j - 1].isspace():
                j -= 1
            scan = max(s, j - 1)
        for sep in _RECITAL_SPLIT.finditer(self.text, scan, e):
            cut = sep.start() + (1 if self.text[sep.start()] == ";" else 0)
            if cut > piece_start:
                self.preamble.append((piece_start, cut))
            piece_start = sep.end()
        if piece_start < e:
            self.preamble.append((piece_start, e))
            self.wrapped_from = (self.text.rfind("\n", s, e) + 1 or s, e)

    # -- output -----------------------------------------------------------------------------
    def _finish(self) -> SegmentResult:
        clauses: list[Clause] = []
        if not self.articles:
            return self._unstructured()
        clauses.extend(self._preamble_clauses())
        prev_lang = "en"
        for art in self.articles:
            if not art.clauses and art.title_span:
                # The line taken for a heading was the article's only text: it is its body.
                art.clauses.append(_Open(None, None, *art.title_span, chapeau=True))
                art.heading = None
            if not art.clauses:
                continue
            body = " ".join(self.text[c.start:c.end] for c in art.clauses)
            words = len(body.split())
            # The body decides; a heading can be in another language than a placeholder body.
            lang = detect_language(body if words >= 8 else (art.heading or "") + " " + body, default=prev_lang)
            if lang == "und" or words < 3:
                lang = prev_lang  # too few words to tell: the language of the article before
            prev_lang = lang
            first = art.clauses[0]
            if first.paragraph is None and first.subparagraph is None and any(
                    oc.paragraph == "2" for oc in art.clauses[1:]) and not any(
                    oc.paragraph == "1" for oc in art.clauses[1:]):
                # An unnumbered first paragraph followed by paragraph 2 is paragraph 1.
                for oc in art.clauses:
                    if oc.paragraph is None:
                        oc.paragraph = "1"
                    else:
                        break
            self._split_tails(art)
            ids: dict[str, int] = {}
            for oc in art.clauses:
                if oc.end <= oc.start:
                    continue
                cid = art.key
                if oc.paragraph:
                    cid += f"({oc.paragraph})"
                if oc.subparagraph:
                    cid += "".join(f"({p})" for p in oc.subparagraph.split("."))
                ids[cid] = ids.get(cid, 0) + 1
                if ids[cid] > 1:
                    cid += f"#{ids[cid]}"
                # (a text giving each paragraph in two languages, one after the other: each clause in its own
                # language, and an unnumbered paragraph's translation a clause of its own)
                blocks = (self._language_blocks(oc.start, oc.end, lang) if self.interleaved
                          else [(oc.start, oc.end, lang)])
                for n, (a, b, own) in enumerate(blocks):
                    if n:
                        base = cid.split("#")[0]
                        ids[base] += 1
                        cid = f"{base}#{ids[base]}"
                    clauses.append(self._clause(cid, art.number, oc.paragraph, oc.subparagraph, art.heading,
                                                own, a, b, art.context, oc.chapeau))
        return SegmentResult(self._with_kept(clauses))

    # -- text outside the articles and comment lines: kept, never dropped ------------------
    def _with_kept(self, clauses: list[Clause], *, outside: bool = True) -> list[Clause]:
        """``clauses`` with the text no article or recital holds put in as clauses of its own,
        each where it stands in the text: the regions outside the articles (:meth:`_outside_pieces`)
        and the comment and metadata lines (kind ``meta``)."""
        if outside and self.outside:
            floor = _suffix_min(clauses)
            groups = []
            for region in self.outside:
                pos = bisect.bisect_right(floor, region.lines[0][0])
                before = clauses[pos - 1].language if pos > 0 else "en"
                pieces = []
                for a, b, operative in self._outside_pieces(region):
                    lang = detect_language(self.text[a:b], default="und")
                    kind = "outside" if operative else "final" if region.final else "note"
                    pieces.append((a, b, kind, before if lang == "und" else lang))
                groups.append((pos, "final" if region.final else "outside", region.context, pieces))
            clauses = self._place(clauses, groups)
        if self.kept:
            floor = _suffix_min(clauses)
            groups = []
            owner = self.kept_owner.get
            for s, e, kind in sorted(self.kept):
                pos = bisect.bisect_right(floor, s)
                # (a line its article owns is not grouped with the lines before that article)
                if (groups and groups[-1][0] == pos and groups[-1][1] == kind
                        and owner(groups[-1][3][0][0]) == owner(s)):
                    groups[-1][3].append((s, e, kind, None))
                else:
                    groups.append((pos, kind, (), [(s, e, kind, None)]))
            clauses = self._place(clauses, groups, self.kept_owner)
        return clauses

    def _place(self, clauses: list[Clause], groups: list, owned: dict[int, str] | None = None) -> list[Clause]:
        """Insert groups of kept spans ``(position, name, context, [(start, end, kind, language)])``
        (positions ascending) into ``clauses``. A group between two clauses of one article (or
        the preamble) becomes clauses of it (``5(meta)``, ``preamble(outside)#2``), and so does a
        group ``owned`` by the article whose first clause follows it (the article's key by the
        group's first start); any other group, a pseudo-article of its own named ``name`` (``final(1)``,
        ``meta@2(1)``)."""
        out: list[Clause] = []
        at = 0
        seen: dict[str, int] = {}
        for pos, name, context, pieces in groups:
            out.extend(clauses[at:pos])
            at = max(at, pos)
            prev = clauses[pos - 1] if pos > 0 else None
            nxt = clauses[pos] if pos < len(clauses) else None
            own = owned.get(pieces[0][0]) if owned else None
            if nxt is not None and own == article_key(nxt):
                prev = nxt  # under the title of the article that follows: its own
            elif prev is not None and own == article_key(prev):
                nxt = prev  # after the last clause of the article it belongs to (a footnote)
            if prev is not None and nxt is not None and article_key(prev) == article_key(nxt):
                for s, e, kind, lang in pieces:
                    cid = f"{article_key(prev)}({name})"
                    seen[cid] = seen.get(cid, 0) + 1
                    cid += f"#{seen[cid]}" if seen[cid] > 1 else ""
                    out.append(self._clause(cid, prev.article, name, None, prev.heading, lang or prev.language,
                                            s, e, prev.context, False, kind=kind))
                continue
            seen[name] = seen.get(name, 0) + 1
            key = name if seen[name] == 1 else f"{name}@{seen[name]}"
            near = prev or nxt
            for n, (s, e, kind, lang) in enumerate(pieces, 1):
                out.append(self._clause(f"{key}({n})", name, str(n), None, None,
                                        lang or (near.language if near is not None else "en"), s, e, context,
                                        False, kind=kind))
        out.extend(clauses[at:])
        return out

    def _outside_pieces(self, region: _Outside) -> list[tuple[int, int, bool]]:
        """A region's paragraphs (lines with no blank line between), each cut where a sentence
        that reads as a provision begins: ``(start, end, operative)``."""
        paragraphs: list[list[int]] = []
        for s, e in region.lines:
            if paragraphs and self.text.count("\n", paragraphs[-1][1], s) <= 1:
                paragraphs[-1][1] = e
            else:
                paragraphs.append([s, e])
        pieces = []
        for s, e in paragraphs:
            cut = _operative_start(self.text, s, e)
            if cut is None:
                pieces.append((s, e, False))
                continue
            if cut > s:
                pieces.append((s, s + len(self.text[s:cut].rstrip()), False))
            pieces.append((cut, e, True))
        return pieces

    def _real_break(self, start: int) -> Callable[[int], bool]:
        """For a clause's text from ``start``: whether its line break at an offset is the text's
        own, not a hard wrap (the next word would have fitted on the line: the line and the word
        stay within the width of nineteen lines in twenty of the document)."""
        if self._width is None:
            lengths = sorted(len(line.rstrip()) for line in self.text.split("\n") if line.strip())
            self._width = lengths[int(len(lengths) * 0.95)] if lengths else 0

        def real(at: int) -> bool:
            pos = start + at
            line_start = self.text.rfind("\n", 0, pos) + 1
            word = re.match(r"\s*(\S*)", self.text[pos:pos + 200]).group(1)
            return len(self.text[line_start:pos].rstrip()) + 1 + len(word) <= self._width

        return real

    def _numbered_list_tail(self, clauses: list[_Open], i: int) -> bool:
        """Whether the article's last clause ``i`` is the last of numbered points that complete
        an unnumbered lead-in ("... in the following forms:" / "1) exchange of information;"),
        each point before it ending as a list's items do."""
        head = clauses[0]
        if head.paragraph is not None or head.subparagraph is not None:
            return False
        if not self.text[head.start:head.end].rstrip().endswith(":"):
            return False
        points = clauses[1:i]
        return bool(points) and all(
            p.subparagraph is None and p.paragraph is not None
            and _LIST_ITEM_END.search(self.text[p.start:p.end].rstrip()) is not None for p in points)

    def _split_tails(self, art: _Article) -> None:
        """Give the words after a paragraph's last item a clause of their own (``tail``)."""
        out: list[_Open] = []
        lead: _Open | None = None
        clauses = art.clauses
        for i, oc in enumerate(clauses):
            out.append(oc)
            if oc.subparagraph is None:
                if (oc.paragraph is not None and i == len(clauses) - 1 and i >= 2
                        and self._numbered_list_tail(clauses, i)):
                    cut = _tail_start(self.flat(oc.start, oc.end), ":", real_break=self._real_break(oc.start))
                    if cut is not None:
                        out.append(self._cut_tail(oc, cut, None))
                lead = oc
                continue
            nxt = clauses[i + 1] if i + 1 < len(clauses) else None
            if nxt is not None and nxt.paragraph == oc.paragraph and nxt.subparagraph is not None:
                continue  # not the last item of its paragraph
            if lead is None or lead.paragraph != oc.paragraph:
                continue
            lead_text = self.text[lead.start:lead.end].rstrip()
            if not lead_text.endswith((":", "—", "–")):
                continue
            last = oc.subparagraph.split(".")[-1]
            next_letter = chr(ord(last) + 1) if len(last) == 1 and "a" <= last < "z" else None
            before = clauses[i - 1] if i > 0 else None
            after_list = (before is not None and before.subparagraph is not None and before.paragraph == oc.paragraph
                          and _LIST_ITEM_END.search(self.text[before.start:before.end].rstrip()) is not None)
            cut = _tail_start(self.flat(oc.start, oc.end), lead_text, next_letter,
                              real_break=self._real_break(oc.start) if after_list else None)
            if cut is not None:
                out.append(self._cut_tail(oc, cut, oc.paragraph))
        art.clauses[:] = out

    def _cut_tail(self, oc: _Open, cut: tuple[int, int], paragraph: str | None) -> _Open:
        """End a clause at its words before ``cut`` (offsets in its text, from :func:`_tail_start`)
        and return the tail that follows them, a clause of ``paragraph``."""
        tail = _Open(paragraph, "tail", oc.start + cut[1], oc.end)
        oc.end = oc.start + len(self.text[oc.start:oc.start + cut[0]].rstrip())
        return tail

    def _preamble_clauses(self) -> list[Clause]:
        out = []
        # A second preamble (the Dutch version) restarts the numbering with its own key.
        block = 0
        count = 0
        last_end = -1
        blocks: list[list[tuple[int, int]]] = []
        for start, end in self.preamble:
            if last_end < 0 or self._article_between(last_end, start):
                blocks.append([])
            blocks[-1].append((start, end))
            last_end = end
        for block, pieces in enumerate(blocks, 1):
            key = "preamble" if block == 1 else f"preamble@{block}"
            texts = [self.text[s:e] for s, e in pieces]
            noted = _cover_note(texts, mail=self.mail)
            titles = noted + _title_lines(texts[noted:])
            for count, (start, end) in enumerate(pieces, 1):
                text = self.text[start:end]
                lang = detect_language(text)
                if lang == "und":
                    lang = "en"
                kind = "note" if count <= noted else "title" if count <= titles else "recital"
                out.append(self._clause(f"{key}({count})", "preamble", str(count), None, None, lang,
                                        start, end, (), False, kind=kind))
        return out

    def _article_between(self, a: int, b: int) -> bool:
        return bool(self.article_line.search(self.text, a, b))

    def _clause(self, cid, article, paragraph, sub, heading, lang, start, end, context, chapeau,
                kind="provision") -> Clause:
        text = self.text[start:end]
        brackets = tuple(find_brackets(text, start))
        return Clause(
            doc_id=self.doc.doc_id, clause_id=cid, article=article, paragraph=paragraph,
            subparagraph=sub, heading=heading, language=lang, start=start, end=end, text=text,
            bracketed=bool(brackets), brackets=brackets, context=context, chapeau=chapeau, kind=kind,
        )

    def _unstructured(self) -> SegmentResult:
        spans: list[list[int]] = []
        soft = set(self.soft_breaks)  # found while the text was read as a preamble
        for m in re.finditer(r"[^\n]+", self.text):
            line = m.group()
            if not line.strip() or line.lstrip().startswith(("<meta", "<!--")):
                continue  # a comment line: kept below as a clause of kind "meta"
            lead = len(line) - len(line.lstrip())
            s, e = m.start() + lead, m.start() + len(line.rstrip())
            if not line.strip().strip("#").strip():  # a line of bare hashes
                continue
            if spans and m.start() - 1 in soft:
                spans[-1][1] = e  # a wrapped line: the rest of the paragraph before it
            else:
                spans.append([s, e])
        clauses = []
        for n, (s, e) in enumerate(spans, 1):
            text = self.text[s:e]
            lang = detect_language(text)
            clauses.append(self._clause(f"body({n})", "body", str(n), None, None,
                                        "en" if lang == "und" else lang, s, e, (), False))
        warning = "no article structure found; labelled paragraph by paragraph"
        warnings = [warning] if clauses else []
        # (every other line is a paragraph here: only the comment lines are kept apart)
        self.kept = [k for k in self.kept if k[2] == "meta"]
        return SegmentResult(self._with_kept(clauses, outside=False), warnings, structured=False)


# What marks a short French paragraph its function words may leave undecided: an elided article or pronoun
# ("l'autorité", "d'un", "qu'il"), guillemets, accented letters.
_FRENCH_MARK = re.compile(r"\b[lLdDjJnNsS]['’](?=[^\W\d_])|\b[qQ]u['’]|[«»éèêàçùâîôû]")


def _plain_annex(line: str) -> tuple[str, str | None] | None:
    """(number, title) of an annex heading on a plain line ("ANNEX", "Annex II", "ANNEX
    LIST OF OFFENCES", "Annex: categories of offences", "Appendix A – Forms"), else None.

    Only a short line that reads as a heading: the word alone, or with a number, a
    separator or a title in capitals, and no verb, comma or closing punctuation; "Annex VII,
    articles 4 to 13, apply ..." and "Annex referred to in Article XIII" are not."""
    if len(line) > 100:
        return None
    m = _ANNEX.match(line)
    if m is None:
        return None
    rest = m.group("rest").strip()
    if rest.endswith((".", ";", ":", ",")) or "," in rest or _VERB.search(rest):
        return None
    num = re.match(r"^(?:[IVXLC]+|\d+|[A-Z])\b(?![.\w])\s*+", rest)
    after = rest[num.end():] if num else rest
    sep = re.match(r"^[-–—:.]\s*+", after)
    title = after[sep.end():].strip() if sep else after.strip()
    if title and not (num or sep or title.isupper()):
        return None
    return "annex" + (f" {num.group(0).strip()}" if num else ""), (title or None)


def _suffix_min(clauses: list[Clause]) -> list[int]:
    """For each position, the smallest start of the clauses from there on (non-decreasing):
    a span starting at ``s`` goes at ``bisect_right(floor, s)``, after every clause that starts
    before it, whatever the order of the list (a second preamble is listed before the articles)."""
    floor = [0] * len(clauses)
    low = float("inf")
    for i in range(len(clauses) - 1, -1, -1):
        low = min(low, clauses[i].start)
        floor[i] = low
    return floor



def _operative_start(text: str, start: int, end: int) -> int | None:
    """Where text that reads as a provision begins in ``text[start:end]`` (the first sentence
    that opens like one and has a modal verb, not the closing formula), or ``None``."""
    for at in (start, *(m.end() for m in _SENTENCE_START.finditer(text, start, end))):
        if _OPERATIVE.match(text, at, end) and not _TESTIMONIUM.match(text[at:min(end, at + 40)]):
            stop = text.find(".", at, end)
            if not _CLOSING_WORDS.search(text, at, end if stop < 0 else stop):
                return at
    return None


_RECITAL_LIKE = re.compile(rf"^[*_\s]*(?:{_RECITAL_OPENERS}|The|De|Les|Le|La)\b|^\(?\d|[,;:][*_\s]*$")


# Quoted e-mail's own lines: a header, and a line whose next line ends "wrote:" ("On 14 March, the Office" /
# "<office@example.org> wrote:").
_MAIL_HEADER = re.compile(r"^(?:From|Sent|To|Cc|Bcc|Subject|Date|Reply-To):[ \t]")
_MAIL_WROTE_NEXT = re.compile(r"\n[ \t]*[^\n]{0,200}wrote:[ \t]*$", re.M)
# An instrument's title line ("Draft Convention on ...", "Second revised draft protocol ...").
_INSTRUMENT_TITLE = re.compile(r"^(?:(?:[A-Z][a-z]+ )?(?:revised|Revised|REVISED|consolidated|Consolidated) )?"
                               r"(?:(?:draft|Draft|DRAFT) )?(?:(?:[A-Z][a-z]+ )?(?:Convention|CONVENTION|Protocol|"
                               r"PROTOCOL|Agreement|AGREEMENT|Treaty|TREATY|Charter|Memorandum)\b)")


def _cover_note(pieces: list[str], *, mail: bool = False) -> int:
    """How many pieces at the start of a preamble are a cover note set before the instrument's title
    (a chair's or secretariat's note: "Note by the Chair" / its paragraphs / "Draft Convention on ..."):
    the pieces before the first title line among the first eight, when one of them is prose (a sentence
    of 150 characters or more that ends with a stop); in quoted e-mail (``mail``), whatever the senders
    wrote. 0 when there is none."""
    for i, piece in enumerate(pieces[:8]):
        piece = piece.strip()
        if (i and _INSTRUMENT_TITLE.match(piece) and len(piece) <= 300 and not piece.endswith((".", ",", ";", ":"))
                and (mail or any(len(p.strip()) >= 150 and p.rstrip().endswith(".") for p in pieces[:i]))):
            return i
    return 0


def _title_lines(pieces: list[str]) -> int:
    """How many pieces at the start of a preamble are the document's title lines and headnotes.

    They are the pieces before the first one that reads as a recital or an opening formula
    ("The States Parties to this Convention", "Considering ...", a line ending in a comma,
    semicolon or colon; not a line in capitals). A preamble with no such piece is all recitals.
    """
    for i, piece in enumerate(pieces):
        piece = piece.strip()
        if _RECITAL_LIKE.search(piece) and not piece.isupper():
            return i
    return 0


def _tail_start(item: str, lead: str, letter: str | None = None, *,
                real_break: Callable[[int], bool] | None = None) -> tuple[int, int] | None:
    """Where the tail begins in a last item's text: (end of the item's words, start of the tail).

    A tail is a block of its own after the item (a blank line before it, the item's sentence
    ended), or words run into the item's line that re-open the lead-in's sentence: "; where
    ...", "; unless ...", a sentence after a run of spaces (a merged line break), or, after a
    conditional lead-in ("If ... because:"), the main clause that completes it.
    """
    before, read_to = "", 0  # the last character of the item's words before the blank line
    for m in re.finditer(r"\n[ \t]*\n[ \t]*", item):
        words = item[read_to:m.start()].rstrip()
        before, read_to = (words[-1:] or before), m.end()
        nl = item.find("\n", m.end())
        line = item[m.end():len(item) if nl < 0 else nl]
        glued_item = letter is not None and line[:1] == letter and line[1:2].islower()  # "cnot to ..." is item c
        if before.endswith((".", ";")) and line[:1].isalpha() and not glued_item and not _NOT_TAIL_LINE.match(line):
            return m.start(), m.end()
    if real_break is not None:
        # After items that each end with ";", a last item whose sentence ends at a line's end,
        # and a line in capitals after it: the words of the whole paragraph (a plain text that
        # writes one paragraph per line, "7) other forms agreed upon.\nThe Parties may also ...").
        # Not where the text is hard-wrapped and the next word did not fit on the line.
        for m in re.finditer(r"\n[ \t]*(?=\S)", item):
            words = item[:m.start()].rstrip()
            line = item[m.end():item.find("\n", m.end()) if "\n" in item[m.end():] else len(item)]
            if (words.endswith(".") and not _ABBREVIATION.search(words) and line[:1].isupper()
                    and not _NOT_TAIL_LINE.match(line) and not _DRAFTERS_NOTE.match(line)
                    and real_break(m.start())):
                return len(words), m.end()
    first = item.split("\n", 1)[0]
    candidates = [m for m in (_TAIL_OPENER.search(first), _MERGED_LINE.search(first)) if m]
    if _CONDITIONAL_LEAD.match(lead):
        # Only the last semicolon can open the main clause (no semicolon may follow it).
        last = first.rfind(";")
        candidates.extend(m for m in [_MAIN_CLAUSE.match(first, last)] if m and last >= 0)
    candidates = [m for m in candidates if first[m.end():].strip()]
    if not candidates:
        return None
    m = min(candidates, key=lambda m: m.start())
    # the item keeps its own punctuation (";"), the tail starts at its first word
    return m.start() + (1 if first[m.start()] in ";.:" else 0), m.end()


def chapeau_id(clause: Clause) -> str:
    """The clause id of the lead-in a subparagraph hangs from (its own id when it is none).

    An item ``b`` hangs from its paragraph's chapeau; a roman item ``b.iii`` from item ``b``.
    """
    if not clause.subparagraph:
        return clause.clause_id
    last = clause.subparagraph.split(".")[-1]
    cut = clause.clause_id.rfind(f"({last})")
    return clause.clause_id[:cut] if cut > 0 else clause.clause_id


def _mask_links(text: str) -> str:
    """The text with its Markdown links blanked (same length). A link ends its line's last ")" at
    the latest, so each line is searched only up to it: a line of "[a](" with no ")" would make
    every attempt read to the end of the line."""
    if "](" not in text:
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        last = line.rfind(")")
        if last > 0 and "](" in line:
            lines[i] = _MD_LINK.sub(lambda m: " " * len(m.group()), line[:last + 1]) + line[last + 1:]
    return "\n".join(lines)


def find_brackets(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Square-bracketed draft text (not Markdown links or footnote marks), as document offsets."""
    if "[" not in text:
        return []
    masked = _FOOTNOTE.sub(lambda m: " " * len(m.group()), _mask_links(text))
    spans = []
    stack: list[int] = []
    for i, ch in enumerate(masked):
        if ch == "[":
            stack.append(i)
        elif ch == "]" and stack:
            open_at = stack.pop()
            if not stack:
                spans.append((offset + open_at, offset + i + 1))
    return spans


def segment_document(doc: Document) -> SegmentResult:
    """Split a document into clauses.

    Takes a :class:`Document`; returns a :class:`SegmentResult` whose clauses are in text
    order, each with ``text == doc.text[start:end]``. Never raises on any text: a text
    without article structure is split paragraph by paragraph, with a warning.
    """
    return _Segmenter(doc).run()


def segment(source: str | Document, *, doc_id: str = "document") -> list[Clause]:
    """Split a treaty text (or :class:`Document`) into its clauses; see :func:`segment_document`."""
    doc = source if isinstance(source, Document) else Document(doc_id=doc_id, text=source)
    return segment_document(doc).clauses
