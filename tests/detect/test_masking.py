from __future__ import annotations

import pytest

from scanner.detect.masking import mask


@pytest.mark.parametrize(
    ("entity", "value", "masked"),
    [
        ("CN_RESIDENT_ID", "11010519491231002X", "1101**********002X"),
        ("CN_PHONE", "13812345678", "138****5678"),
        ("CN_PHONE", "0571-87654321", "057*-****4321"),
        ("CN_BANK_CARD", "6222 0212 3456 7890 128", "6222 **** **** ***0 128"),
        ("PERSON", "欧阳娜娜", "欧***"),
        ("EMAIL_ADDRESS", "zhangwei@example.com", "z*******@example.com"),
        ("CN_MEDICAL_RECORD_NO", "ZY20240315017", "ZY20*****5017"),
    ],
)
def test_mask(entity: str, value: str, masked: str) -> None:
    assert mask(entity, value) == masked


@pytest.mark.parametrize(
    "entity",
    [
        "CN_RESIDENT_ID",
        "CN_PHONE",
        "CN_BANK_CARD",
        "CN_USCC",
        "PERSON",
        "CN_ADDRESS",
        "CN_PASSPORT",
        "EMAIL_ADDRESS",
    ],
)
def test_mask_never_returns_the_value(entity: str) -> None:
    for value in (
        "11010519491231002X",
        "13812345678",
        "张伟",
        "浙江省衢州市开化县华埠镇金星村3组17号",
        "E12345678",
        "a@b.cn",
    ):
        assert mask(entity, value) != value


def test_free_text_keeps_no_number_in_the_clear() -> None:
    from scanner.detect.masking import mask_free_text

    text = "患者 11010519491231002X 复查，电话 138-1234-5678，卡号 6222 0212 3456 7890 128，2024 年"
    masked = mask_free_text(text)
    for value in ("11010519491231002X", "1234-5678", "3456 7890"):
        assert value not in masked
    assert "2024 年" in masked and masked.startswith("患者 11") and "复查" in masked
    assert mask_free_text(None) == "" and mask_free_text("门诊复查调阅") == "门诊复查调阅"
