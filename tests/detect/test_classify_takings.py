"""A cashier's takings by payment channel are the centre's money received (financial, policy §2
fund operations); a notice naming the channels one may pay by is not (issue 9, sixth round)."""

from __future__ import annotations

from pathlib import Path

from tests.docmaker import make_text


def test_a_cashiers_takings_by_channel_are_financial(scanner, tmp_path: Path) -> None:
    rows = (
        "收费员,现金,微信,支付宝,医保统筹,合计\n"
        '卢晓梅,"1,120.50","3,806.00","1,915.40","8,873.60","15,715.50"\n'
        '甘志远,760.00,"2,221.80","1,302.00","6,114.25","10,398.05"\n'
    )
    result = scanner.scan_file(make_text(tmp_path / "日报.csv", rows))
    assert result.categories == ["financial"]
    assert any(r.startswith("takings-by-channel:") for r in result.reasons["financial"])


def test_a_notice_of_the_ways_to_pay_is_not(scanner, tmp_path: Path) -> None:
    notice = (
        "门诊缴费指南\n"
        "本院门诊收费处支持现金、微信、支付宝、银联刷卡和医保统筹支付。\n"
        "缴费时间：周一至周日 8:00-17:30。\n"
    )
    result = scanner.scan_file(make_text(tmp_path / "指南.txt", notice))
    assert result.categories == []
