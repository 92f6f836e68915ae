"""People named in running prose are a story, not a register; a source's reticence is no rule.

A register is rows of people (rules/categories.yaml ``register``). Without identifiers, a
category's words made any text naming three people one, so a news page quoting three officials
beside a ranking was called secret (public_pages.py: 186 of 1,075 ten-sentence CLUENER training
pages, 133 of them as registers). Names standing as entries — cells, rows led by the person, a
list separated by 、, a field's value — still make one. And "一位不愿透露姓名的人士说" is a
reporter's source keeping their name back, not a restriction on passing a matter on.
"""

from __future__ import annotations

from pathlib import Path

from scanner.pipeline import Scanner
from tests.docmaker import make_text

# a page of a news report, cut from its headline and byline (as a clipping or a chat forward is)
NEWS = (
    "县卫生健康局局长陈国栋在讲话中说，今年全县基层诊疗人次同比增长百分之十二，在全市考核中排名第三。\n"
    "芦溪镇卫生院院长黄美玲介绍了家庭医生签约服务的做法，她说签约居民的满意度明显提升。\n"
    "南岭镇卫生院副院长何振宇表示，明年将继续推进慢病管理，让群众在家门口看得上病、看得好病。\n"
)

ROWS = (
    "2025年度各院目标考核排名\n"
    "序号  姓名  单位  同比  排名\n"
    "1  陈国栋  城关镇卫生院  12%  3\n"
    "2  黄美玲  芦溪镇卫生院  9%  5\n"
    "3  何振宇  南岭镇卫生院  7%  8\n"
)


def _reasons(result) -> str:
    return " ".join(r for rs in result.reasons.values() for r in rs)


def test_a_news_report_naming_three_people_in_prose_is_not_a_register(
    scanner: Scanner, tmp_path: Path
) -> None:
    result = scanner.scan_file(make_text(tmp_path / "会议报道.txt", NEWS))
    assert sum(f.entity_type == "PERSON" for f in result.findings) >= 3
    assert "register" not in _reasons(result)
    # three people named are not a personnel register (its words may still say operations:
    # statistics and rankings, which a clipping shares with an internal report)
    assert "personnel" not in result.categories


def test_lines_that_open_with_a_speaker_are_prose_not_rows(scanner: Scanner) -> None:
    # each paragraph of a report opens with the person it quotes; rows go on with a separator
    # after the name ("1  陈国栋  城关镇…"), a sentence with a verb ("陈国栋说")
    text = (
        "陈国栋说，今年全县基层诊疗人次同比增长百分之十二，在全市考核中排名第三，成绩来之不易。\n"
        "黄美玲介绍了家庭医生签约服务的做法，她说签约居民的满意度明显提升，群众评价很高。\n"
        "何振宇表示，明年将继续推进慢病管理，让群众在家门口看得上病、看得好病，少跑路。\n"
        "专家点评：这些做法如范曾的《老子出关》、黄永玉的《鸟荷》一样，各有各的章法。\n"
    )
    result = scanner.scan_text(text)
    assert sum(f.entity_type == "PERSON" for f in result.findings) >= 3
    assert "register" not in _reasons(result)


def test_the_same_people_as_rows_are_still_a_register(scanner: Scanner, tmp_path: Path) -> None:
    result = scanner.scan_file(make_text(tmp_path / "考核排名.txt", ROWS))
    assert "register: PERSON ×3" in _reasons(result)
    assert result.categories


def test_a_list_after_a_label_is_entries(scanner: Scanner) -> None:
    # the first name is the label's value, the others entries after 、 (a name in a sentence
    # that goes on into a list, "院长为陈国栋、…", counts its followers only)
    text = (
        "2025年度目标考核排名情况\n"
        "经考核，排名前三的院长：陈国栋、黄美玲、何振宇，同比均有提高，具体得分见附表。\n"
    )
    assert "register: PERSON ×3" in _reasons(scanner.scan_text(text))


def test_a_source_unwilling_to_be_named_is_not_a_statement_of_secrecy(scanner: Scanner) -> None:
    told = "一位不愿透露姓名的业内人士告诉记者，今年药品集中采购的品种还会增加。"
    assert "declared-secret" not in _reasons(scanner.scan_text(told))
    assert "declared-secret" not in _reasons(
        scanner.scan_text("相关人士表示，该办法仍在制定过程中，具体细则尚不方便透露。")
    )
    rule = "此事涉及职工个人情况，知情人员不得向他人透露，请勿外传。"
    assert "declared-secret" in _reasons(scanner.scan_text(rule))
