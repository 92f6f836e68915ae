"""Secrecy marks already in a document: found where marks are written, not in prose; reported
as ``existing_mark``; the document is secret and keeps the longer retention."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from scanner.detect.marks import STATE_SECRET_WARNING, mark_in_line
from tests.clirun import baomi, jsonl
from tests.docmaker import make_docx, make_pdf, make_text, make_xlsx


@pytest.mark.parametrize(
    ("line", "text", "years", "state"),
    [
        ("秘密★1年", "秘密★1年", 1, False),
        ("秘密 ★ 长期", "秘密★长期", None, False),
        ("秘密★6个月", "秘密★6个月", 0.5, False),
        ("秘密★三年", "秘密★三年", 3, False),
        ("工作秘密★2年", "工作秘密★2年", 2, False),
        ("工作秘密", "工作秘密", None, False),
        ("000123　　机密★10年　　特急", "机密★10年", 10, True),
        ("绝密★", "绝密★", None, True),
        ("密级：秘密", "密级：秘密", None, False),
        ("内部资料 注意保密", "内部资料注意保密", None, False),
        ("（此件不公开，阅后收回）", "此件不公开，阅后收回", None, False),
        ("内部文件", "内部文件", None, False),
        # a bare level alone on its line: a county letter's first line or page header
        ("秘密", "秘密", None, False),
        ("  机密  ", "机密", None, True),
        ("**内部资料 注意保存**", "内部资料注意保存", None, False),
    ],
)
def test_mark_lines(line: str, text: str, years: float | None, state: bool) -> None:
    mark = mark_in_line(line)
    assert mark is not None
    assert (mark.text, mark.retention_years, mark.state_secret) == (text, years, state)


@pytest.mark.parametrize(
    "line",
    [
        "公民有保守秘密的义务",
        "不得泄露患者隐私和商业秘密",
        "密级：＿＿＿＿  保密期限：＿＿",
        "标注“秘密★1年”的文件由办公室统一登记",
        "示例：秘密★1年",
        "工作秘密管理制度",
        "内部资料汇编目录",
        "机密文件管理",
        "3. 秘密",  # a numbered list of the levels in a secrecy rule
        "一、秘密",
        "商业秘密",
        "秘密 保密期限：30年",  # baomi's own label: replaced by a new label, not kept
    ],
)
def test_not_marks(line: str) -> None:
    assert mark_in_line(line) is None


def test_marked_letter_is_secret_with_its_mark(scanner) -> None:
    text = (
        "秘密★1年\n关于做好春节期间疫情防控值守工作的通知\n各乡镇卫生院：\n"
        "请按要求安排人员值守，及时报送情况。\n县卫生健康局\n2025年1月20日\n此件不公开，阅后收回"
    )
    result = scanner.scan_text(text)
    assert result.categories and not result.public
    assert result.existing_mark is not None and result.existing_mark.text == "秘密★1年"
    assert any("existing-mark: 秘密★1年" in r for rs in result.reasons.values() for r in rs)
    record = result.to_dict()
    assert record["existing_mark"] == {
        "text": "秘密★1年",
        "retention_years": 1,
        "state_secret": False,
    }


def test_a_mark_in_a_policy_text_is_an_example(scanner) -> None:
    text = (
        "关于规范公文密级标注的通知\n各科室：\n"
        "涉及工作秘密的文件，应在首页左上角标注“秘密★1年”或“工作秘密”字样，"
        "并在附注处注明“此件不公开”。公民有保守秘密的义务。\n院办公室"
    )
    result = scanner.scan_text(text)
    assert result.existing_mark is None
    assert "existing_mark" not in result.to_dict()


def test_a_longer_period_in_the_mark_wins(scanner) -> None:
    # an operations document (5 years) that its author marked for 20 years
    text = "工作秘密★20年\n2025年突发公共卫生事件应急预案\n一、应急处置流程\n二、值班安排\n三、应急演练"
    result = scanner.scan_text(text)
    # a level mark is what someone asked to keep secret (policy §2 other) besides operations
    assert result.categories == ["operations", "other"]
    assert result.label is not None and result.label.retention_years == 20
    assert result.label.text == "秘密 保密期限：20年"
    shorter = scanner.scan_text(text.replace("★20年", "★2年"))
    # the categories' longest period (other: 10 years) when the mark's is shorter
    assert shorter.label is not None and shorter.label.retention_years == 10


def test_state_secret_mark_is_reported_with_a_warning(scanner) -> None:
    result = scanner.scan_text("机密★10年\n关于某项工作的会议纪要\n会议讨论了有关事项。")
    record = result.to_dict()
    assert record["existing_mark"]["state_secret"] is True
    assert record["existing_mark"]["warning"] == STATE_SECRET_WARNING
    assert record["label"]["retention_years"] == 10


def test_marks_in_real_files(scanner, tmp_path: Path) -> None:
    body = ["关于调整值班安排的通知", "各科室：", "春节期间值班安排如下，请遵照执行。"]
    docx_header = make_docx(tmp_path / "header.docx", body, header="秘密★2年")
    docx_footer = make_docx(tmp_path / "footer.docx", body, footer="内部资料 注意保密")
    docx_first = make_docx(tmp_path / "first.docx", ["工作秘密★3年", *body])
    pdf = make_pdf(tmp_path / "letter.pdf", ["\n".join(["秘密★1年", *body, "此件不公开"])])
    xlsx = make_xlsx(
        tmp_path / "list.xlsx", {"Sheet1": [["内部资料"], ["科室", "人数"], ["内科", 3]]}
    )
    txt = make_text(tmp_path / "tail.txt", "\n".join([*body, "县卫生健康局", "（此件不公开）"]))
    marks = {p.name: scanner.scan_file(p).existing_mark for p in (docx_header, docx_footer,
             docx_first, pdf, xlsx, txt)}  # fmt: skip
    assert {n: (m.text if m else None) for n, m in marks.items()} == {
        "header.docx": "秘密★2年",
        "footer.docx": None,  # an office template's footer says nothing about this document
        "first.docx": "工作秘密★3年",
        "letter.pdf": "秘密★1年",
        "list.xlsx": "内部资料",
        "tail.txt": "此件不公开",
    }


def test_bare_levels_in_real_files(scanner, tmp_path: Path) -> None:
    """How county letters write their level: 秘密 alone in the page header, 机密 alone on a
    PDF's first line, a markdown bulletin's bold 内部资料 注意保存 — each makes the document
    secret; a header 内部资料 on every page of an office template still does not."""
    body = ["关于做好疫情信息管理的通知", "各卫生院：", "病例信息由县疾控统一发布，不得自行发布。"]
    header = make_docx(tmp_path / "header.docx", body, header="秘密")
    pdf = make_pdf(tmp_path / "plan.pdf", ["\n".join(["机密", "突发事件应急处置方案（摘要）"])])
    md = make_text(
        tmp_path / "bulletin.md", "**内部资料 注意保存**\n\n# 督查情况通报\n\n一、问题\n"
    )
    weak = make_docx(tmp_path / "weak.docx", body, header="注意保存")
    results = {p.name: scanner.scan_file(p) for p in (header, pdf, md, weak)}
    assert {n: (r.existing_mark.text if r.existing_mark else None) for n, r in results.items()} == {
        "header.docx": "秘密",
        "plan.pdf": "机密",
        "bulletin.md": "内部资料注意保存",
        "weak.docx": None,
    }
    assert results["plan.pdf"].existing_mark.state_secret
    assert [list(results[n].categories) for n in ("header.docx", "plan.pdf", "bulletin.md")] == [
        ["other"],
        ["other"],
        ["other"],
    ]


@pytest.mark.slow
def test_protect_keeps_the_marks_period_and_scan_warns(tmp_path: Path) -> None:
    share = tmp_path / "share"
    make_docx(
        share / "应急预案.docx",
        ["2025年突发公共卫生事件应急预案", "一、应急处置流程", "二、值班安排", "三、应急演练"],
        header="工作秘密★20年",
    )
    make_text(share / "纪要.txt", "绝密★\n关于某项工作的会议纪要\n会议讨论了有关事项。\n")
    env = {"BAOMI_HOME": str(tmp_path / "home"), "BAOMI_DB": "", "BAOMI_CONFIG": ""}
    r = baomi("scan", str(share / "纪要.txt"), "--format", "jsonl", env=env)
    assert r.returncode == 0, r.stderr
    assert jsonl(r.stdout)[0]["existing_mark"]["state_secret"] is True
    assert "绝密★" in r.stderr and "does not belong on this server" in r.stderr
    r = baomi("protect", str(share), "--label-only", "--format", "jsonl", env=env)
    assert r.returncode == 0, r.stderr
    records = {Path(rec["path"]).name: rec for rec in jsonl(r.stdout)}
    assert records["应急预案.docx"]["label"] == "秘密 保密期限：20年"
    assert records["应急预案.docx"]["existing_mark"]["text"] == "工作秘密★20年"
    assert "绝密★" in r.stderr
    doc = Document(str(share / "应急预案.docx"))
    headers = " ".join(p.text for p in doc.sections[0].header.paragraphs)
    assert "秘密 保密期限：20年" in headers
