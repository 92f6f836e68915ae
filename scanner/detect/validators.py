"""Checksum and range validators that rule packs name by id.

A validator gets the matched value and answers ``True`` (the value is what the rule says: raise the
score), ``False`` (it cannot be: drop the match) or ``None`` (no opinion: keep the pattern's score).
This is Presidio's ``validate_result`` convention. Rules refer to validators by name, so adding a
rule needs no Python change unless it needs a new validator; a new one is a function here plus one
line in :data:`VALIDATORS`.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable
from functools import lru_cache
from operator import mul

Validator = Callable[[str], bool | None]

_DIGITS = re.compile(r"\d+")

# GB/T 2260 province-level codes: the first two digits of a resident ID.
_PROVINCES = frozenset(
    {
        11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
        50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83,
    }
)  # fmt: skip

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_ID_ZEROS = ord("0") * sum(_ID_WEIGHTS)


def _compact(value: str) -> str:
    if value.isalnum():
        return value.upper()  # the common case: no separators to drop
    return "".join(ch for ch in value if ch.isalnum()).upper()


_EARLIEST_BIRTH = _dt.date(1900, 1, 1)


def _real_date(year: int, month: int, day: int) -> bool:
    try:
        born = _dt.date(year, month, day)
    except ValueError:
        return False
    return _EARLIEST_BIRTH <= born <= _dt.date.today()


def _area_ok(digits: str) -> bool:
    # The 6-digit address code: a real province, and city/county parts that are not "00"
    # beyond what GB/T 2260 allows (a county code is never 00 under a 00 city).
    return int(digits[:2]) in _PROVINCES and not (digits[2:4] == "00" and digits[4:6] != "00")


def gb11643(value: str) -> bool | None:
    """Resident identity number (GB 11643-1999): area code, real birth date, MOD 11-2 check."""
    v = _compact(value)
    if len(v) == 18:
        if not v[:17].isdigit() or not _area_ok(v[:6]):
            return False
        if not _real_date(int(v[6:10]), int(v[10:12]), int(v[12:14])):
            return False
        if v.isascii():
            # the digits' bytes, less 48 ("0") times the weights' sum: no int() per character
            total = sum(map(mul, v[:17].encode(), _ID_WEIGHTS)) - _ID_ZEROS
        else:
            total = sum(map(mul, map(int, v[:17]), _ID_WEIGHTS))
        return _ID_CHECK[total % 11] == v[17]
    if len(v) == 15:
        # Legacy first-generation card: YYMMDD birth date in the 20th century, no check digit.
        if not v.isdigit() or not _area_ok(v[:6]):
            return False
        return _real_date(1900 + int(v[6:8]), int(v[8:10]), int(v[10:12])) or False
    return False


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


# Issuer prefixes of cards a Chinese payroll or refund list actually carries: UnionPay (62,
# 60 for some debit BINs, 81), Visa (4), Mastercard (51-55, 2221-2720), Amex (34/37), JCB (35).
_CARD_PREFIX = re.compile(r"^(?:62|60|81|4|5[1-5]|2[2-7]|3[47]|35)")


def bank_card(value: str) -> bool | None:
    """Bank card: a known issuer prefix, 16-19 digits; Luhn is evidence, not proof.

    Many Chinese debit cards (UnionPay 62…) pass Luhn, but some issuers' older BINs do not, so a
    failing Luhn on a UnionPay number keeps the pattern score (``None``) instead of dropping it;
    anything else that fails Luhn is dropped.
    """
    v = _compact(value)
    if not v.isdigit() or not 16 <= len(v) <= 19 or not _CARD_PREFIX.match(v):
        return False
    if _id_shaped(v):
        return None  # an ID-shaped number passing Luhn by chance: only with a card label
    if luhn_ok(v):
        return True
    return None if v.startswith("62") else False


_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


# A roster's 18-digit number is tried as an ID, a bank card and a credit code in turn: the last
# two both ask whether it is ID-shaped.
@lru_cache(maxsize=256)
def _id_shaped(v: str) -> bool:
    """18 characters with a resident ID's area code and a real birth date."""
    return (
        len(v) == 18
        and v[:17].isdigit()
        and _area_ok(v[:6])
        and _real_date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
    )


def gb32100(value: str) -> bool | None:
    """Unified social credit code (GB 32100-2015): registration authority, check character.

    An all-digit code shaped like a resident ID (area, birth date) that failed the ID's own check
    is far more often a mistyped ID than a credit code: it needs a credit-code label (``None``).
    """
    v = _compact(value)
    if _id_shaped(v):
        return None
    if len(v) != 18 or any(ch not in _USCC_CHARS for ch in v):
        return False
    if v[0] not in "123456789ABCDEFGNY" or not v[2:8].isdigit() or int(v[2:4]) not in _PROVINCES:
        return False
    total = sum(_USCC_CHARS.index(ch) * w for ch, w in zip(v[:17], _USCC_WEIGHTS, strict=True))
    return _USCC_CHARS[(31 - total % 31) % 31] == v[17]


# Mainland mobile number segments (MIIT allocations incl. IoT-free consumer ranges, virtual
# operators 170/171/162/165/167, satellite 1349/174).
_MOBILE = re.compile(r"^1(?:3\d|4[5-9]|5[0-35-9]|6[2567]|7[0-8]|8\d|9[0-35-9])\d{8}$")


def cn_mobile(value: str) -> bool | None:
    v = _compact(value)
    if v.startswith("86") and len(v) == 13:
        v = v[2:]
    return bool(_MOBILE.match(v))


# Landline: 3-digit area codes for the big cities (010, 02x) and 4-digit ones (0xxx), then a
# local number of 7-8 digits that never starts with 0 or 1.
_LANDLINE = re.compile(r"^0(?:10|2\d|[3-9]\d{2})[2-9]\d{6,7}$")


def cn_landline(value: str) -> bool | None:
    v = _compact(value)
    if v.startswith("86"):
        v = "0" + v[2:] if not v[2:].startswith("0") else v[2:]
    return bool(_LANDLINE.match(v))


def cn_phone(value: str) -> bool | None:
    """Mobile or landline, by shape of the digits."""
    v = _compact(value)
    if v.startswith("0") or (v.startswith("86") and len(v) in (11, 12, 13) and v[2] == "0"):
        return cn_landline(value)
    return cn_mobile(value)


def cn_passport(value: str) -> bool | None:
    """Ordinary passports since 2012: E + 8 digits or E + letter + 7 digits; older G/D/S/P."""
    v = _compact(value)
    if re.fullmatch(r"E[A-HJ-NP-Z]?\d{7,8}", v) and len(v) == 9:
        return True
    return bool(re.fullmatch(r"[GDSP]\d{8}", v))


def has_digit(value: str) -> bool | None:
    """A record number is a number: reject label-only captures such as 住院号：待定."""
    return None if _DIGITS.search(value) else False


VALIDATORS: dict[str, Validator] = {
    "gb11643": gb11643,
    "bank_card": bank_card,
    "gb32100": gb32100,
    "cn_mobile": cn_mobile,
    "cn_landline": cn_landline,
    "cn_phone": cn_phone,
    "cn_passport": cn_passport,
    "has_digit": has_digit,
}
