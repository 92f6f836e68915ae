"""Validators against synthetic identifiers (Faker zh_CN makes checksum-valid resident IDs)."""

from __future__ import annotations

import pytest
from faker import Faker

from scanner.detect.validators import (
    bank_card,
    cn_landline,
    cn_mobile,
    cn_passport,
    gb11643,
    gb32100,
    luhn_ok,
)

fake = Faker("zh_CN")
Faker.seed(20261125)

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def uscc_with_check(body17: str) -> str:
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(body17, USCC_WEIGHTS, strict=True))
    return body17 + USCC_CHARS[(31 - total % 31) % 31]


def luhn_complete(prefix: str, length: int) -> str:
    body = prefix + "".join(str(fake.random_digit()) for _ in range(length - len(prefix) - 1))
    return next(body + d for d in "0123456789" if luhn_ok(body + d))


@pytest.mark.parametrize("i", range(50))
def test_faker_resident_ids_validate(i: int) -> None:
    assert gb11643(fake.ssn()) is True


def test_resident_id_rejections() -> None:
    good = "11010519491231002X"
    assert gb11643(good) is True
    assert gb11643(good.lower()) is True  # a lower-case x is still the check character
    assert gb11643("110105194912310021") is False  # check digit
    assert gb11643("99010519491231002X") is False  # no province 99
    assert gb11643("110105194902301234") is False  # 30 February
    assert gb11643("110105209912310027") is False  # born in the future
    assert gb11643("130503670401001") is True  # 15-digit first-generation card
    assert gb11643("130503671301001") is False  # month 13


def test_uscc() -> None:
    for body in ("91330106MA27Y5XK3", "12330100470117254", "52330100MJ8725601"):
        code = uscc_with_check(body)
        assert gb32100(code) is True
        wrong = code[:-1] + ("0" if code[-1] != "0" else "1")
        assert gb32100(wrong) is False
    assert gb32100("91330106MA27Y5XKIO") is False  # I and O are not in the charset


def test_bank_card() -> None:
    for prefix in ("622202", "621700", "436742", "625965"):
        card = luhn_complete(prefix, 19 if prefix.startswith("62") else 16)
        assert bank_card(card) is True
        assert bank_card(" ".join(card[i : i + 4] for i in range(0, len(card), 4))) is True
    # A UnionPay number failing Luhn keeps the pattern score; other issuers are dropped.
    bad = luhn_complete("622202", 19)
    bad = bad[:-1] + str((int(bad[-1]) + 1) % 10)
    assert bank_card(bad) is None
    assert bank_card("9999999999999999") is False  # no issuer
    assert bank_card("62220212345") is False  # too short


def test_phones() -> None:
    assert cn_mobile("13812345678") is True
    assert cn_mobile("+86 138-1234-5678") is True
    assert cn_mobile("12812345678") is False
    assert cn_landline("0571-87654321") is True
    assert cn_landline("(010)65432198") is True
    assert cn_landline("0571-0765432") is False  # local numbers never start with 0


def test_passport() -> None:
    assert cn_passport("E12345678") is True
    assert cn_passport("EA1234567") is True
    assert cn_passport("E1234567") is False
    assert cn_passport("EI1234567") is False  # I is not used
