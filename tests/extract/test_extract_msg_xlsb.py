"""Real .msg and .xlsb files: an Outlook message written by aspose-email-foss (a compound file
as Outlook writes it) with a Word attachment, and python-calamine's own .xlsb test files
(tests/fixtures/formats/README.md: provenance and licence)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.extract import ExtractionError
from tests.docmaker import make_docx
from tests.extract.formats import FIXTURES, ID, read

msg = pytest.importorskip("aspose.email_foss.msg", reason="test extra: aspose-email-foss")

BODY = f"张医生：\n患者李四，身份证号{ID}，联系电话13912345678。\n请于本周内安排复诊。"


def make_msg(path: Path, attachments: list[tuple[str, bytes]], *, html: str | None = None) -> Path:
    message = msg.MapiMessage.create("关于患者转诊的通知", BODY if html is None else "")
    message.set_property(msg.PropertyId.SENDER_NAME, "王护士")
    message.set_property(msg.PropertyId.SENDER_EMAIL_ADDRESS, "nurse@example.com")
    message.add_recipient("doctor@example.com", display_name="张医生")
    if html is not None:
        message.set_property(msg.PropertyId.BODY_HTML, html.encode("utf-8"))
    for name, data in attachments:
        message.add_attachment(name, data, mime_type="application/octet-stream")
    message.save(str(path))
    return path


def test_msg_headers_body_and_attachment(tmp_path: Path) -> None:
    docx = make_docx(tmp_path / "src.docx", paragraphs=[f"身份证号 {ID}"])
    fmt, segments = read(make_msg(tmp_path / "转诊.msg", [("名单.docx", docx.read_bytes())]))
    assert fmt == "msg"
    headers = {s.location["header"]: s.text for s in segments if s.location.get("part") == "header"}
    assert headers["Subject"] == "关于患者转诊的通知" and headers["From"] == "王护士"
    assert "张医生" in headers["To"]  # RFC 2047 words decoded
    body = [s for s in segments if s.location.get("part") == "body" and "member" not in s.location]
    assert any(ID in s.text and s.location["line"] == 2 for s in body)
    attached = [s for s in segments if s.location.get("member") == ["名单.docx"]]
    assert attached and ID in attached[0].text


def test_msg_with_an_unreadable_attachment_lists_it(tmp_path: Path) -> None:
    path = make_msg(tmp_path / "a.msg", [("损坏.docx", b"PK\x03\x04 broken")])
    segments = read(path)[1]
    unread = [s for s in segments if s.unread is not None]
    assert [s.location["member"] for s in unread] == [["损坏.docx"]]
    assert unread[0].unread.status == "error"


def test_a_truncated_msg_is_an_error(tmp_path: Path) -> None:
    good = make_msg(tmp_path / "a.msg", [])
    broken = tmp_path / "坏.msg"
    broken.write_bytes(good.read_bytes()[:700])
    with pytest.raises(ExtractionError):
        read(broken)


def test_xlsb_cells_and_sheets() -> None:
    fmt, segments = read(FIXTURES / "calamine-base.xlsb")
    assert fmt == "xlsb"
    cells = {(s.location["sheet"], s.location["cell"]): s.text for s in segments}
    assert cells[("Sheet1", "A2")] == "String" and cells[("Sheet1", "C2")] == "1.1"
    assert cells[("Sheet1", "D2")] == "TRUE"
    assert [cells[("Sheet3", f"B{row}")] for row in (2, 3, 4)] == ["line1", "line2", "line3"]


def test_a_password_protected_xlsb_is_recorded_as_encrypted() -> None:
    with pytest.raises(ExtractionError) as caught:
        read(FIXTURES / "calamine-password.xlsb")
    assert "encrypted" in caught.value.reason


def test_msg_with_only_an_html_body(tmp_path: Path) -> None:
    html = f"<html><body><p>身份证号</p><p>{ID}</p><style>p {{}}</style></body></html>"
    segments = read(make_msg(tmp_path / "h.msg", [], html=html))[1]
    body = " ".join(s.text for s in segments if s.location.get("part") == "body")
    assert ID in body and "p {}" not in body
