"""Telling an original from its copies: a document's year of adoption and the instrument it supplements.

Two signals a treaty lawyer reads, used by :mod:`treatyscope.precedents` to order
precedents that are equally close to a clause (the cues are in ``configs/precedents.toml``):

- **The year of adoption**, read from the text when the index is built
  (:func:`adoption_year`): the testimonium ("DONE at Strasbourg, this 8th day of November
  1990"), else the date the text was opened for signature; the index falls back on a year
  in the document's own part of its title (:func:`title_year`). Of identical words, the
  older text is their origin.
- **The parent**: the indexed document whose whole title the query document's title names
  after "supplementing", "amending", "to the" ... (:func:`parent_documents`): a protocol
  takes its language from the convention it supplements.

Every regular expression is linear, and each reads a bounded window, so a document is read
in time proportional to its length.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from typing import Iterable

from .paths import config_path

_FIGURES = re.compile(r"\b(1[6-9]\d\d|20\d\d)\b")
_UNITS = {w: i for i, w in enumerate("one two three four five six seven eight nine".split(), 1)}
_TEENS = {w: i for i, w in enumerate("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
                                      "nineteen".split(), 10)}
_TENS = {w: i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
_CENTURIES = {"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20}
_WORDS = re.compile(
    r"\b(?:(?P<th>one|two) thousand(?:,? (?P<h>" + "|".join(_UNITS) + r") hundred)?|(?P<c>" + "|".join(_CENTURIES)
    + r") hundred)(?:,? and)?(?: (?:(?P<t>" + "|".join(_TENS) + r")(?:[- ](?P<u>" + "|".join(_UNITS) + r"))?|(?P<o>"
    + "|".join(_TEENS) + "|" + "|".join(_UNITS) + r"))\b)?", re.IGNORECASE)
_GOES_ON = re.compile(r",? and [a-z]", re.IGNORECASE)
_NON_WORD = re.compile(r"[^0-9a-z]+")
MAX_TITLE_WORDS = 60


@dataclass(frozen=True)
class _Cue:
    name: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class _Config:
    window: int
    cues: tuple[_Cue, ...]
    parent_cues: tuple[tuple[str, ...], ...]
    min_words: int
    generic_words: frozenset[str]
    instruments: frozenset[str]
    max_holders: int
    title_cut: re.Pattern[str]


@functools.lru_cache(maxsize=1)
def _config() -> _Config:
    with open(config_path("precedents.toml"), "rb") as f:
        data = tomllib.load(f)
    date, parent = data["date"], data["parent"]
    cues = tuple(_Cue(c["name"], re.compile(c["pattern"], 0 if c.get("case_sensitive") else re.IGNORECASE))
                 for c in date["cues"])
    parent_cues = tuple(sorted((tuple(c.split()) for c in parent["cues"]), key=len, reverse=True))
    cut = re.compile(r"\b(?:" + "|".join(re.escape(" ".join(c)) for c in parent_cues) + r")\b")
    return _Config(int(date["window"]), cues, parent_cues, int(parent["min_words"]),
                   frozenset(parent["generic_words"]), frozenset(parent["instruments"]), int(parent["max_holders"]), cut)


def _word_year(m: re.Match[str]) -> int:
    g = {k: (v.lower() if v else v) for k, v in m.groupdict().items()}
    if g["c"]:
        year = 100 * _CENTURIES[g["c"]]
    else:
        year = 1000 * (1 if g["th"] == "one" else 2) + (100 * _UNITS[g["h"]] if g["h"] else 0)
    if g["t"]:
        year += 10 * _TENS[g["t"]] + (_UNITS[g["u"]] if g["u"] else 0)
    elif g["o"]:
        year += _TEENS.get(g["o"]) or _UNITS[g["o"]]
    return year


def year_in(text: str) -> int | None:
    """The first year in a short text, in figures (1600-2099) or in words ("one thousand nine
    hundred and eighty-eight", "Nineteen Hundred and Ninety-Seven", "two thousand"); ``None``
    when there is none."""
    found = [(m.start(), int(m.group(1))) for m in [_FIGURES.search(text)] if m]
    m = _WORDS.search(text)
    # "nineteen hundred and eigthy three": a year in words that goes on past what was read
    # is not read as 1900.
    if m and not (m.group("t") or m.group("o")) and (m.group(0).lower().endswith(" and")
                                                    or _GOES_ON.match(text, m.end())):
        m = None
    found += [(m.start(), _word_year(m))] if m else []
    found = [(pos, year) for pos, year in found if 1600 <= year <= 2099]
    return min(found)[1] if found else None


def adoption_year(text: str) -> tuple[int | None, str]:
    """The year a treaty text was adopted, read from its words, and the cue that gave it
    (``"testimonium"``, ``"signature"``); ``(None, "")`` when no cue gives a year.

    For each cue of ``configs/precedents.toml`` in order, the first place it matches at
    which a year follows within the configured window (on the same line) decides.
    """
    cfg = _config()
    for cue in cfg.cues:
        for m in cue.pattern.finditer(text):
            window = text[m.end():m.end() + cfg.window].split("\n", 1)[0]
            year = year_in(window)
            if year is not None:
                return year, cue.name
    return None, ""


def normal_title(title: str) -> str:
    """A title as titles are compared: lower case, punctuation dropped, spaces collapsed, at
    most :data:`MAX_TITLE_WORDS` words."""
    return " ".join(_NON_WORD.sub(" ", (title or "").lower()).split()[:MAX_TITLE_WORDS])


def title_year(title: str) -> int | None:
    """A year in the document's own part of its title: before the first parent cue ("Protocol
    of 1978 relating to the Convention of 1973" is of 1978; "Protocol amending the Convention
    of 28 January 1981" names no year of its own)."""
    norm = normal_title(title)
    m = _config().title_cut.search(norm)
    return year_in(norm[:m.start()] if m else norm)


def document_year(text_year: int | None, text_from: str, title: str) -> tuple[int | None, str]:
    """The year of a document as the index keeps it: the one read from its text, else the
    one in its title (``"title"``)."""
    if text_year is not None:
        return text_year, text_from
    year = title_year(title)
    return (year, "title") if year is not None else (None, "")


def parent_table(titles: Iterable[str]) -> dict[str, list[int]]:
    """The titles that can name a parent (enough words of their own, an instrument's name, held
    by few enough documents), normalised, with the positions of the documents that hold them."""
    cfg = _config()
    table: dict[str, list[int]] = {}
    for i, title in enumerate(titles):
        norm = normal_title(title)
        words = norm.split()
        own = sum(1 for w in words if w not in cfg.generic_words and w not in cfg.instruments)
        if own < cfg.min_words or not cfg.instruments.intersection(words):
            continue
        table.setdefault(norm, []).append(i)
    return {t: docs for t, docs in table.items() if len(docs) <= cfg.max_holders}


def parent_documents(title: str, table: dict[str, list[int]], excluded: Iterable[int] = ()) -> list[int]:
    """The documents a title names as the instrument it supplements or amends: those whose
    whole title (a key of :func:`parent_table`) follows a parent cue in it (an optional "the"
    between); of several, the longest title. Empty when it names none. ``excluded``: the
    document itself."""
    words = normal_title(title).split()
    cfg = _config()
    skip = set(excluded)
    best: tuple[int, list[int]] = (0, [])
    for i in range(len(words)):
        for cue in cfg.parent_cues:
            if tuple(words[i:i + len(cue)]) != cue:
                continue
            j = i + len(cue)
            starts = [j, j + 1] if j < len(words) and words[j] == "the" else [j]
            for s in starts:
                for k in range(s + 1, len(words) + 1):
                    name = " ".join(words[s:k])
                    docs = [d for d in table.get(name, ()) if d not in skip]
                    if docs and len(name) > best[0]:
                        best = (len(name), docs)
    return best[1]
