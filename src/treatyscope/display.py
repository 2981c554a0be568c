"""Names shown on a terminal: file names and document ids come from other people, and a
name holding an escape sequence would retitle, recolour or clear the terminal it is printed
to, a ``\\r`` or ``\\n`` would forge a line, and an undecodable byte would stop the print.

:func:`terminal_safe` shows every such character escaped, as Python's ``repr`` would show
it, and leaves every other character (any script, accents, spaces) as it is.
"""

from __future__ import annotations

import re

# C0 and C1 control characters and DEL; the bidirectional overrides and isolates (which
# reorder what follows them on screen); the line and paragraph separators; and lone
# surrogates (the undecodable bytes of a file name, as Python reads them).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match) -> str:
    ch = match.group()
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, kept by surrogateescape
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def terminal_safe(text: str) -> str:
    """``text`` with control characters, bidirectional controls and undecodable bytes shown
    as escapes (``\\x1b``, ``\\r``, ``\\u202e``, ``\\xff``), safe to print on one line."""
    return _UNSAFE.sub(_escape, text) if text else text


__all__ = ["terminal_safe"]
