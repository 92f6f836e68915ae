"""Archives: members by type, nesting, one bomb budget for the whole tree, protected members,
and `baomi scan` giving a record to every file that can hold a document."""

from __future__ import annotations

import gzip
import io
import tarfile
import zipfile
from pathlib import Path

import pytest

from scanner.extract import Limits
from scanner.extract.archive import ARCHIVE_PROTECTED
from scanner.extract.members import MEMBER_PROTECTED, TOO_DEEP
from tests.clirun import baomi, jsonl, needs_script
from tests.docmaker import make_docx
from tests.extract.formats import FIXTURES, ID, by_text, failed, read, skipped
from tests.extract.test_extract_mail import make_mail
from tests.extract.test_extract_ofd import make_ofd


def zip_of(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_zip_in_zip_located_outermost_first(tmp_path: Path) -> None:
    docx = make_docx(tmp_path / "x.docx", paragraphs=[f"身份证号 {ID}"]).read_bytes()
    inner = zip_of(tmp_path / "inner.zip", {"资料/名单.docx": docx}).read_bytes()
    outer = zip_of(
        tmp_path / "outer.zip",
        {"附件.zip": inner, "旧.doc": (FIXTURES / "sample.doc").read_bytes()},
    )
    fmt, segments = read(outer)
    assert fmt == "zip"
    texts = by_text(segments)
    assert texts[f"身份证号 {ID}"].location == {
        "member": ["附件.zip", "资料/名单.docx"],
        "part": "body",
        "paragraph": 1,
    }
    assert texts[ID].location["member"] == ["旧.doc"]


def test_gbk_member_names(tmp_path: Path) -> None:
    # Chinese Windows writes member names in GBK without the UTF-8 flag; zipfile cannot, so an
    # ASCII name of the same length is written and its bytes replaced
    path = zip_of(tmp_path / "windows.zip", {"AAAA.txt": f"身份证号 {ID}".encode()})
    gbk = "名单.txt".encode("gbk")
    assert len(gbk) == len(b"AAAA.txt")
    path.write_bytes(path.read_bytes().replace(b"AAAA.txt", gbk))
    assert by_text(read(path)[1])[f"身份证号 {ID}"].location["member"] == ["名单.txt"]


def test_depth_limit(tmp_path: Path) -> None:
    data = zip_of(tmp_path / "0.zip", {"a.txt": ID.encode()}).read_bytes()
    for level in range(1, 4):
        data = zip_of(tmp_path / f"{level}.zip", {f"{level - 1}.zip": data}).read_bytes()
    path = tmp_path / "3.zip"  # 3.zip > 2.zip > 1.zip > 0.zip > a.txt
    _, segments = read(path, Limits(max_archive_depth=3))
    assert [s.unread.reason for s in segments if s.unread] == [TOO_DEEP]
    assert segments[0].location["member"] == ["2.zip", "1.zip", "0.zip"]
    _, deeper = read(path, Limits(max_archive_depth=4))
    assert by_text(deeper)[ID].location["member"] == ["2.zip", "1.zip", "0.zip", "a.txt"]


def test_zip_bomb_inside_a_zip_is_a_record(tmp_path: Path) -> None:
    bomb = zip_of(tmp_path / "bomb.zip", {"zeros.txt": bytes(50 * 1024 * 1024)}).read_bytes()
    path = zip_of(tmp_path / "outer.zip", {"炸弹.zip": bomb, "ok.txt": f"身份证号 {ID}".encode()})
    _, segments = read(path)
    unread = [s for s in segments if s.unread is not None]
    assert unread[0].location == {"member": ["炸弹.zip", "zeros.txt"]}
    assert "zip bomb" in unread[0].unread.reason
    assert f"身份证号 {ID}" in by_text(segments)


def test_total_budget_counts_every_level(tmp_path: Path) -> None:
    inner = zip_of(tmp_path / "i.zip", {f"{i}.txt": b"x" * 600 for i in range(3)}).read_bytes()
    path = zip_of(tmp_path / "o.zip", {"a.zip": inner, "b.zip": inner})
    # each inner zip fits alone; both together exceed the total
    _, segments = read(path, Limits(max_unzipped_bytes=3000))
    reasons = [s.unread.reason for s in segments if s.unread]
    assert len(reasons) == 1 and "zip bomb" in reasons[0]


def test_too_many_members_is_skipped_whole(tmp_path: Path) -> None:
    path = zip_of(tmp_path / "many.zip", {f"{i}.txt": b"x" for i in range(30)})
    assert "zip bomb" in skipped(path, Limits(max_zip_members=10))


def _encrypted_flag(path: Path, locked: list[str]) -> Path:
    """Set the "encrypted" flag of ``locked`` members, as a password-protected zip has it
    (Python's zipfile cannot encrypt; the flag is what a reader sees first)."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        infos = {info.filename: info for info in archive.infolist()}
    for name in locked:
        data[infos[name].header_offset + 6] |= 0x1  # local file header
    position = data.find(b"PK\x01\x02")
    while position != -1:  # central directory entries
        size = int.from_bytes(data[position + 28 : position + 30], "little")
        name = bytes(data[position + 46 : position + 46 + size]).decode()
        if name in locked:
            data[position + 8] |= 0x1
        position = data.find(b"PK\x01\x02", position + 46)
    path.write_bytes(bytes(data))
    return path


def test_password_protected_archive_and_member(tmp_path: Path) -> None:
    locked = zip_of(tmp_path / "locked.zip", {"a.docx": b"x" * 20, "b.xlsx": b"y" * 20})
    assert failed(_encrypted_flag(locked, ["a.docx", "b.xlsx"])) == ARCHIVE_PROTECTED
    mixed = zip_of(
        tmp_path / "mixed.zip", {"locked.docx": b"x" * 20, "open.txt": f"身份证号 {ID}".encode()}
    )
    _encrypted_flag(mixed, ["locked.docx"])
    _, segments = read(mixed)
    unread = [s for s in segments if s.unread]
    assert [(s.location["member"], s.unread.reason) for s in unread] == [
        (["locked.docx"], MEMBER_PROTECTED)
    ]


def test_tar_gz_and_lone_gzip(tmp_path: Path) -> None:
    path = tmp_path / "备份.tar.gz"
    with tarfile.open(path, "w:gz") as archive:
        data = f"身份证号 {ID}".encode()
        info = tarfile.TarInfo("科室/名单.txt")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    fmt, segments = read(path)
    assert fmt == "tar"
    assert by_text(segments)[f"身份证号 {ID}"].location == {"member": ["科室/名单.txt"], "line": 1}
    lone = tmp_path / "名单.csv.gz"
    lone.write_bytes(gzip.compress(f"身份证号\n{ID}\n".encode()))
    assert by_text(read(lone)[1])[ID].location["member"] == ["名单.csv"]


def test_corrupt_zip(tmp_path: Path) -> None:
    path = tmp_path / "bad.zip"
    path.write_bytes(b"PK\x03\x04 truncated")
    assert "zip" in failed(path)


@needs_script
@pytest.mark.usefixtures("cli_mode_env")  # in process (quick), the script (slow)
def test_scan_gives_every_document_type_a_record(tmp_path: Path) -> None:
    (tmp_path / "照片.jpg").write_bytes(b"\xff\xd8\xff fake")
    (tmp_path / "截图.png").write_bytes(b"\x89PNG fake")
    docx = make_docx(tmp_path / "src" / "a.docx", paragraphs=[f"身份证号 {ID}"])
    zip_of(tmp_path / "资料.zip", {"名单.docx": docx.read_bytes()})
    make_ofd(tmp_path / "发票.ofd", {"Pages/Page_0/Content.xml": [f"身份证号：{ID}"]})
    make_mail(tmp_path / "来信.eml", [("附件.docx", docx.read_bytes())])
    (tmp_path / "setup.exe").write_bytes(b"MZ")
    docx.unlink()
    result = baomi("scan", str(tmp_path), "--format", "jsonl", "--ocr", "off")
    assert "Traceback" not in result.stderr
    records = {Path(r["path"]).name: r for r in jsonl(result.stdout) if "path" in r}
    assert records["照片.jpg"]["status"] == "skipped" and "OCR" in records["照片.jpg"]["error"]
    assert records["截图.png"]["status"] == "skipped"
    for name in ("资料.zip", "发票.ofd", "来信.eml"):
        assert records[name]["status"] == "ok", name
        assert any(f["entity_type"] == "CN_RESIDENT_ID" for f in records[name]["findings"]), name
    zipped = [f for f in records["资料.zip"]["findings"] if f["entity_type"] == "CN_RESIDENT_ID"]
    assert zipped[0]["location"]["member"] == ["名单.docx"]
    assert ID not in result.stdout  # masked without --reveal
    assert "setup.exe" not in records
