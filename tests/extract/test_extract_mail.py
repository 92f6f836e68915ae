"""Mail (.eml): headers, body, every attachment read by its own type and located inside."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from scanner.extract import Limits
from tests.docmaker import make_docx
from tests.extract.formats import FIXTURES, ID, by_text, read


def make_mail(path: Path, attachments: list[tuple[str, bytes]], html: str | None = None) -> Path:
    message = EmailMessage()
    message["From"] = "张三 <zhangsan@example.com>"
    message["To"] = "lisi@example.com"
    message["Subject"] = "随访名单"
    if html is None:
        message.set_content(f"患者身份证号 {ID}\n请查收。")
    else:
        message.set_content(html, subtype="html")
    for name, data in attachments:
        message.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    path.write_bytes(bytes(message))
    return path


def test_headers_body_and_a_docx_attachment_in_a_table(tmp_path: Path) -> None:
    docx = make_docx(
        tmp_path / "x.docx", tables=[[["姓名", "身份证号"], ["李四", "110105194912310021"]]]
    )
    path = make_mail(tmp_path / "mail.eml", [("附件.docx", docx.read_bytes())])
    fmt, segments = read(path)
    assert fmt == "eml"
    texts = by_text(segments)
    assert texts["随访名单"].location == {"part": "header", "header": "Subject"}
    assert texts[f"患者身份证号 {ID}"].location == {"part": "body", "line": 1}
    cell = texts["110105194912310021"]
    assert cell.location == {
        "member": ["附件.docx"],
        "part": "body",
        "table": 1,
        "row": 2,
        "col": 2,
    }
    assert cell.field == "身份证号 李四"


def test_html_only_body_becomes_text(tmp_path: Path) -> None:
    html = f"<html><head><style>p {{}}</style></head><body><p>身份证号</p><p>{ID}</p></body></html>"
    _, segments = read(make_mail(tmp_path / "a.eml", [], html=html))
    texts = by_text(segments)
    assert ID in texts and "p {}" not in texts


def test_legacy_attachments_and_images(tmp_path: Path) -> None:
    attachments = [
        ("名单.xls", (FIXTURES / "sample.xls").read_bytes()),
        ("照片.jpg", b"\xff\xd8\xff fake"),
        ("setup.exe", b"MZ"),
    ]
    # with OCR off the picture is recorded as not read (OCR of members: test_extract_ocr.py)
    _, segments = read(make_mail(tmp_path / "a.eml", attachments), Limits(ocr="off"))
    texts = by_text(segments)
    assert texts[ID].location == {"member": ["名单.xls"], "sheet": "名单", "cell": "B2"}
    unread = [s for s in segments if s.unread is not None]
    assert [(s.location["member"], s.unread.status) for s in unread] == [(["照片.jpg"], "skipped")]
    assert "OCR" in unread[0].unread.reason


def test_attachments_past_the_cap_are_capped_with_a_record(tmp_path: Path) -> None:
    # five times the cap: the cap and its record are the point; a thousand MIME parts only made
    # the test slow
    attachments = [(f"{i}.txt", f"第{i}号".encode()) for i in range(150)]
    path = make_mail(tmp_path / "many.eml", attachments)
    _, segments = read(path, Limits(max_attachments=30))
    read_members = {
        s.location["member"][0] for s in segments if s.unread is None and "member" in s.location
    }
    assert len(read_members) == 30
    capped = [s for s in segments if s.unread is not None]
    assert len(capped) == 1 and "150" in capped[0].unread.reason


def test_corrupt_attachment_is_a_record_not_a_failure(tmp_path: Path) -> None:
    path = make_mail(tmp_path / "a.eml", [("坏.docx", b"PK\x03\x04 broken")])
    _, segments = read(path)
    unread = [s for s in segments if s.unread is not None]
    assert unread[0].location == {"member": ["坏.docx"]} and unread[0].unread.status == "error"
    assert f"患者身份证号 {ID}" in by_text(segments)
