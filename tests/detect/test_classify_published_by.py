"""A text whose publisher is named under its title, and news with its source line, are published
(docs/categories.md: a category of its own, issue 9)."""

from __future__ import annotations

from pathlib import Path

from tests.docmaker import make_pdf, make_text

PLAN = (
    "县突发公共卫生事件应急预案（2027年修订）\n"
    "{issuer}\n"
    "1 总则：有效预防、及时控制突发公共卫生事件，保障公众健康。\n"
    "2 组织体系：设立应急指挥部，各乡镇卫生院负责辖区内疫情监测和报告。\n"
    "3 应急处置：按照应急预案规定的程序开展应急处置和应急响应。\n"
    "{tail}"
)


def test_a_county_plan_its_publisher_names_is_public(scanner, tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "预案.pdf", [PLAN.format(issuer="县人民政府办公室 发布", tail="")])
    result = scanner.scan_file(path)
    assert result.categories == []
    assert result.public


CONTACTS = "4 联系人：指挥长 王建华（院长）13907381234，副指挥长 刘志强 13807385678。\n"


def test_the_same_plan_without_a_publisher_line_is_not_called_public(
    scanner, tmp_path: Path
) -> None:
    """Issued by the centre itself, the plan is not published material; with its command's
    contacts it is the centre's emergency plan (operations, policy §2). Words about a plan and
    nothing concrete make no category (classify: words alone are not the plan): the town 芦溪 of
    芦溪镇卫生院 once gave it one as a false name."""
    bare = make_pdf(tmp_path / "预案.pdf", [PLAN.format(issuer="芦溪镇卫生院 印发", tail="")])
    result = scanner.scan_file(bare)
    assert not result.public
    assert not [f for f in result.findings if f.entity_type == "PERSON"]
    issuer = "芦溪镇卫生院 印发"
    path = make_pdf(tmp_path / "预案2.pdf", [PLAN.format(issuer=issuer, tail=CONTACTS)])
    assert scanner.scan_file(path).categories == ["operations"]


def test_a_publisher_line_does_not_outweigh_a_handling_note(scanner, tmp_path: Path) -> None:
    text = PLAN.format(issuer="县人民政府办公室 发布", tail="本稿为征求意见稿，请勿外传。\n")
    assert scanner.scan_file(make_text(tmp_path / "预案.txt", text)).categories == ["operations"]


def test_news_with_its_source_line_is_public(scanner, tmp_path: Path) -> None:
    news = (
        "我县多措并举化解乡镇卫生院债务\n"
        "县财政局近日印发方案，用三年时间化解乡镇卫生院历史债务，全县债务总额约5,200万元。\n"
        "来源：县融媒体中心 2027年3月2日\n"
    )
    result = scanner.scan_file(make_text(tmp_path / "新闻.txt", news))
    assert result.categories == [] and result.public
    internal = news.replace("我县多措并举", "（内部）我县多措并举")
    assert scanner.scan_file(make_text(tmp_path / "内部.txt", internal)).categories
