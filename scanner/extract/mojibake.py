"""Chinese PDF text that came out as Latin-1 mojibake, found and repaired.

A PDF font without a ``/ToUnicode`` map and with a GBK CMap (common in Chinese files made by
older tools) leaves a text extractor only the raw character codes; pypdf then gives each byte as
the Latin-1 character of that number: 关于红军 (GBK B9D8 D3DA BAEC BEFC) comes out as
"¹Ø ÓÚ ºì ¾ü". Reported as it is, the page would be `ok` with nothing found — a blind spot that
looks like a clean page. (With ``/WinAnsiEncoding`` the bytes 0x80–0x9F come out as € ‚ „ …
instead; they are turned back the same way.) So:

* :func:`looks_like_mojibake` — a page whose text has more characters from U+0080–U+00FF than
  Chinese characters, at least :data:`MIN_HIGH` of them, mostly side by side, and more of them
  in pairs than ASCII letters (Portuguese "informação" has a pair, among many letters);
* :func:`repair` — every run of such characters is turned back into its bytes and decoded as
  GBK; the repair is kept only when it is plausible Chinese: the runs decode (almost) whole, and
  most characters decoded are GB2312's punctuation or level-1 characters (everyday Chinese),
  which Latin-1 prose (é, ü, ß…) or Russian in cp1251 never give. The spaces pypdf puts
  between glyphs drawn one by one are dropped between two Chinese characters of a repaired page.

When the text is mojibake and the repair is not plausible, :func:`repair` returns None and the
caller must not report the page as read (OCR of the page, or an "unread" record).
"""

from __future__ import annotations

import re

#: fewer high characters than this on a page is a name with an accent, not mojibake
MIN_HIGH = 4
#: share of a page's high characters that must decode, and of the decoded characters that must be
#: everyday Chinese (:func:`_common`)
MIN_DECODED = 0.9
MIN_GB2312 = 0.7

# bytes 0x80–0x9F come out as Windows-1252's characters (€ ‚ ƒ „ … ‰ …) when the font says
# WinAnsiEncoding, as Latin-1's C1 controls otherwise; 0xA0–0xFF are Latin-1 either way
_CP1252 = "".join(bytes([b]).decode("cp1252", "ignore") for b in range(0x80, 0xA0))
# U+00A0 (no-break space) is left out: Western PDFs are full of it, and 0xA0 is no byte of a
# GB2312 character
_HIGH_RUN = re.compile(f"[\x80-\x9f\xa1-\xff{re.escape(_CP1252)}]+")
_WIDE = "\u3000-\u303f\u4e00-\u9fff\uff00-\uffef"
_CJK = re.compile(f"[{_WIDE}]")
# the ellipsis and dash of a table of contents are repaired characters too
_REPAIRED_GAP = re.compile(f"(?<=[{_WIDE}\u2026\u2014]) (?=[{_WIDE}\u2026\u2014])")


def looks_like_mojibake(text: str) -> bool:
    """Enough U+0080–U+00FF characters, more than Chinese ones, and mostly in runs of two or
    more (a GBK character is two bytes; the accents of Latin-1 prose stand alone)."""
    runs = _HIGH_RUN.findall(text)
    high = sum(len(run) for run in runs)
    paired = sum(len(run) for run in runs if len(run) >= 2)
    letters = sum(1 for c in text if c.isascii() and c.isalpha())
    # a Portuguese "informação" has a pair too; but in mojibake the pairs outnumber the letters
    return (
        paired >= MIN_HIGH
        and 2 * paired >= high
        and high > len(_CJK.findall(text))
        and paired >= letters
    )


def _common(pair: bytes) -> bool:
    """GB2312's punctuation rows (A1–A9) or its level-1 characters (B0–D7): the 3,755 characters
    of everyday Chinese. Russian in cp1251 read as Latin-1 decodes too, but into level 2's rare
    characters (Оглавление → 毋豚怆屙桢)."""
    return (0xA1 <= pair[0] <= 0xA9 or 0xB0 <= pair[0] <= 0xD7) and 0xA1 <= pair[1] <= 0xFE


def _decode_run(run: str) -> tuple[str, int, int]:
    """A run of high characters as GBK: (text, bytes decoded, characters of everyday Chinese)."""
    raw = bytes(ord(c) if ord(c) < 0x100 else c.encode("cp1252")[0] for c in run)
    out: list[str] = []
    decoded = gb2312 = 0
    i = 0
    while i < len(raw):
        pair = raw[i : i + 2]
        try:
            if len(pair) < 2:
                raise UnicodeDecodeError("gbk", pair, 0, 1, "truncated")
            out.append(pair.decode("gbk"))
        except UnicodeDecodeError:
            out.append(run[i])  # left as it was: counted as not decoded
            i += 1
            continue
        decoded += 2
        gb2312 += _common(pair)
        i += 2
    return "".join(out), decoded, gb2312


def repair(text: str) -> str | None:
    """``text`` itself when it is not mojibake; the repaired text when it is and the repair is
    plausible Chinese; None when it is mojibake that cannot be repaired."""
    if not looks_like_mojibake(text):
        return text
    high = decoded = gb2312 = 0
    pieces: list[str] = []
    last = 0
    for match in _HIGH_RUN.finditer(text):
        fixed, ok, common = _decode_run(match.group())
        high += len(match.group())
        decoded += ok
        gb2312 += common
        pieces.append(text[last : match.start()])
        pieces.append(fixed)
        last = match.end()
    pieces.append(text[last:])
    if decoded < MIN_DECODED * high or gb2312 < MIN_GB2312 * (decoded // 2):
        return None
    return _REPAIRED_GAP.sub("", "".join(pieces))
