"""Which articles are measures, which clauses define a tier: the data of ``configs/measures.json``.

A *measure* is what states may do to persons, data and property in criminal matters, and
what they do for each other (codebook, "Measures"): an article that grants a power or a
cooperation measure, found by its heading or by what its words do. Reach
(:mod:`treatyscope.resolve`) arrives at measures only, and the report's tables have one row
per measure; both read the measure test here.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .errors import TreatyscopeError
from .paths import config_path
from .types import SAFEGUARDS, TIERS, ArticleView, LabelledClause


@dataclass(frozen=True)
class MeasureConfig:
    """Heading keywords and text cues (``configs/measures.json``) and the names labels are shown by."""

    measure_headings: tuple[re.Pattern, ...]
    exclude_headings: tuple[re.Pattern, ...]
    measure_cues: tuple[re.Pattern, ...]
    exclude_cues: tuple[re.Pattern, ...]
    definition_headings: tuple[re.Pattern, ...]
    definition_cues: tuple[re.Pattern, ...]
    tier_names: dict[str, str]
    safeguard_names: dict[str, str]
    cooperation_cues: tuple[re.Pattern, ...] = ()
    safeguard_headings: tuple[re.Pattern, ...] = ()
    criminalisation_cues: tuple[re.Pattern, ...] = ()
    tier_definition_headings: dict[str, tuple[re.Pattern, ...]] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: dict) -> "MeasureConfig":
        def words(key: str) -> tuple[re.Pattern, ...]:
            # A keyword matches at the start of a word ("reservation" is not in "preservation").
            return tuple(re.compile(r"(?<![\w-])" + re.escape(str(w)), re.I) for w in data.get(key, ()))

        def cues(key: str) -> tuple[re.Pattern, ...]:
            try:
                return tuple(re.compile(c, re.I) for c in data.get(key, ()))
            except re.error as exc:
                raise TreatyscopeError(f"measures config: {key}: bad regular expression ({exc})") from None

        return cls(
            measure_headings=words("measure_headings"),
            exclude_headings=words("exclude_headings"),
            measure_cues=cues("measure_cues"),
            exclude_cues=cues("exclude_cues"),
            definition_headings=words("definition_headings"),
            definition_cues=cues("definition_cues"),
            tier_names={t: data.get("tier_names", {}).get(t, t) for t in TIERS},
            safeguard_names={s: data.get("safeguard_names", {}).get(s, s) for s in SAFEGUARDS},
            cooperation_cues=cues("cooperation_cues"),
            safeguard_headings=words("safeguard_headings"),
            criminalisation_cues=cues("criminalisation_cues"),
            tier_definition_headings={
                t: tuple(re.compile(r"(?<![\w-])" + re.escape(str(w)), re.I) for w in ws)
                for t, ws in data.get("tier_definition_headings", {}).items()},
        )

    def name(self, label: str) -> str:
        """The words a label is shown by in a table heading."""
        return self.tier_names.get(label) or self.safeguard_names.get(label) or label


def load_measure_config(path: str | Path | None = None) -> MeasureConfig:
    """Read ``configs/measures.json`` (or another file of the same shape).

    Returns the :class:`MeasureConfig`. Raises :class:`TreatyscopeError` when the file is
    missing or is not valid JSON.
    """
    if path is None:
        return _default_config()
    return _read_config(Path(path))


@lru_cache(maxsize=1)
def _default_config() -> MeasureConfig:
    return _read_config(config_path("measures.json"))


def _read_config(path: Path) -> MeasureConfig:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise TreatyscopeError(f"{path}: measures config not found") from None
    except (OSError, ValueError) as exc:
        raise TreatyscopeError(f"{path}: cannot read the measures config ({exc})") from None
    return MeasureConfig.from_dict(data)


def defines_tier(lc: LabelledClause, config: MeasureConfig) -> bool:
    """True when a clause defines the categories it names rather than applying them."""
    heading = lc.clause.heading or ""
    if any(k.search(heading) for k in config.definition_headings):
        return True
    return any(c.search(lc.clause.text) for c in config.definition_cues)


def is_measure(article: ArticleView, config: MeasureConfig) -> bool:
    """True when an article grants a power or a cooperation measure (by heading, else by its words)."""
    if article.article == "preamble" or article.language != "en":
        return False
    heading = article.heading or ""
    if any(k.search(heading) for k in config.exclude_headings):
        return False
    text = " ".join(lc.clause.text for lc in article.clauses)
    if any(c.search(text) for c in config.exclude_cues):
        return False
    if any(k.search(heading) for k in config.measure_headings):
        return True
    return any(c.search(text) for c in config.measure_cues)


def measure_kind(article: ArticleView, config: MeasureConfig) -> str:
    """``cooperation`` when an article's heading, words or chapter speak of cooperation between states; else ``power``."""
    c = article.clauses[0].clause
    words = " ".join([article.heading or "", *c.context, *(lc.clause.text for lc in article.clauses)])
    return "cooperation" if any(p.search(words) for p in config.cooperation_cues) else "power"
