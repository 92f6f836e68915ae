"""The mark inside OpenDocument spreadsheets: the page styles' headers in styles.xml (Calc prints
them above every page of every sheet) and the label in meta.xml, checked by reopening the package
XML and by baomi's own ODS reader. The spreadsheets are LibreOffice's (the ``sample.ods``
fixture), and variants of it with Calc's three header boxes, a second page style without a header,
a signature or an encryption entry written into the package here."""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from lxml import etree

from labelers.interface import LabelError, LabelSpec
from labelers.odf import NS, SIGNATURES
from labelers.ods import OdsLabeler
from labelers.registry import labeler_for
from labelers.sidecar import sidecar_path
from scanner.extract import extract
from scanner.fsutil import is_temp_name
from tests.clirun import baomi, jsonl
from tests.extract.formats import FIXTURES

MARK30 = "秘密 保密期限：30年"
MARK10 = "秘密 保密期限：10年"
WHEN = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)
ID = "11010519491231002X"


def spec(text: str = MARK30, years: int = 30) -> LabelSpec:
    return LabelSpec.make(text, "秘密", ("medical",), years, WHEN)


def q(prefix: str, name: str) -> str:
    return f"{{{NS[prefix]}}}{name}"


def rewrite(src: Path, dst: Path, change: Callable[[str, bytes], bytes]) -> Path:
    """The package copied member by member (order and compression kept), ``change`` applied."""
    with zipfile.ZipFile(src) as source, zipfile.ZipFile(dst, "w") as out:
        for info in source.infolist():
            out.writestr(info, change(info.filename, source.read(info)))
    return dst


def with_boxes(path: Path) -> Path:
    """sample.ods whose page style has a left and a right header box (no centre one), and a
    second page style with no header at all."""

    def change(name: str, data: bytes) -> bytes:
        if name != "styles.xml":
            return data
        root = etree.fromstring(data)
        master = next(root.iter(q("style", "master-page")))
        header = master.find(q("style", "header"))
        header.attrib.clear()
        for region, text in (("region-left", "永安镇卫生院"), ("region-right", "第1页")):
            box = etree.SubElement(header, q("style", region))
            etree.SubElement(box, q("text", "p")).text = text
        bare = etree.SubElement(master.getparent(), q("style", "master-page"))
        bare.set(q("style", "name"), "Report")
        bare.set(q("style", "page-layout-name"), master.get(q("style", "page-layout-name")))
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8")

    return rewrite(FIXTURES / "sample.ods", path, change)


def with_diagnoses(path: Path) -> Path:
    """sample.ods as a patient list: the phone column holds diagnoses, which makes it medical."""
    swaps = {">联系电话<": ">诊断<", ">13812345678<": ">高血压<", ">13987654321<": ">糖尿病<"}

    def change(name: str, data: bytes) -> bytes:
        if name != "content.xml":
            return data
        text = data.decode("utf-8")
        for old, new in swaps.items():
            text = text.replace(old, new)
        return text.encode("utf-8")

    return rewrite(FIXTURES / "sample.ods", path, change)


def headers(path: Path) -> list[list[tuple[str, list[str]]]]:
    """Per page style, its ``style:header`` (which must be shown): the paragraphs of each box,
    Calc's regions, or of the header itself when it has none."""
    with zipfile.ZipFile(path) as package:
        styles = etree.fromstring(package.read("styles.xml"))
    found = []
    for master in styles.iter(q("style", "master-page")):
        header = master.find(q("style", "header"))
        assert header is not None and header.get(q("style", "display")) != "false"
        boxes = [child for child in header if child.tag != q("text", "p")] or [header]
        found.append(
            [(etree.QName(box).localname, ["".join(p.itertext()) for p in box]) for box in boxes]
        )
    return found


def test_the_page_style_header_gets_the_mark_and_the_package_stays_valid(tmp_path: Path) -> None:
    src = Path(shutil.copy(FIXTURES / "sample.ods", tmp_path / "名单.ods"))
    out = tmp_path / "out.ods"
    outcome = OdsLabeler().label(src, out, spec())
    assert outcome.changed and outcome.method == "header"
    # LibreOffice's header was switched off: it is on now, the mark in Calc's centre box
    assert headers(out) == [[("region-center", [MARK30])]]
    label = OdsLabeler().read(out)
    assert label is not None and label["text"] == MARK30 and label["retention_years"] == 30
    assert labeler_for("ods") is not None and labeler_for("ods").read(out) == label  # type: ignore[union-attr]
    with zipfile.ZipFile(src) as before, zipfile.ZipFile(out) as after:
        first = after.infolist()[0]
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
        assert after.read("mimetype") == b"application/vnd.oasis.opendocument.spreadsheet"
        assert after.testzip() is None and after.namelist() == before.namelist()
        for name in ("META-INF/manifest.xml", "content.xml", "settings.xml"):
            assert after.read(name) == before.read(name)
        meta = etree.fromstring(after.read("meta.xml"))
        fields = {e.get(q("meta", "name")): e.text for e in meta.iter(q("meta", "user-defined"))}
        assert fields["baomi.mark"] == MARK30
    # baomi's own ODS reader sees the mark in the header and the cells as before
    fmt, segments = extract(out)
    assert fmt == "ods"
    found = list(segments)
    assert any(s.text == MARK30 and s.location.get("part") == "header" for s in found)
    assert any(s.text == ID and s.location == {"sheet": "名单", "cell": "B2"} for s in found)


def test_boxes_and_a_page_style_without_header(tmp_path: Path) -> None:
    src = with_boxes(tmp_path / "boxes.ods")
    out = tmp_path / "out.ods"
    assert OdsLabeler().label(src, out, spec()).detail == "2 page style(s)"
    # the centre box is made between the left and right ones, which keep their text
    assert headers(out) == [
        [
            ("region-left", ["永安镇卫生院"]),
            ("region-center", [MARK30]),
            ("region-right", ["第1页"]),
        ],
        [("region-center", [MARK30])],
    ]
    texts = [s.text for s in extract(out)[1]]
    assert texts.count(MARK30) == 2 and "永安镇卫生院" in texts


def test_relabel_is_idempotent_replaces_the_mark_and_unlabel_restores(tmp_path: Path) -> None:
    src = with_boxes(tmp_path / "a.ods")
    once, twice = tmp_path / "once.ods", tmp_path / "twice.ods"
    OdsLabeler().label(src, once, spec())
    again = OdsLabeler().label(once, twice, spec())
    assert not again.changed and once.read_bytes() == twice.read_bytes()
    ten = tmp_path / "ten.ods"
    assert OdsLabeler().label(twice, ten, spec(MARK10, 10)).changed
    assert [box for style in headers(ten) for box in style if box[0] == "region-center"] == [
        ("region-center", [MARK10]),
        ("region-center", [MARK10]),
    ]
    assert OdsLabeler().read(ten)["retention_years"] == 10  # type: ignore[index]
    clean = tmp_path / "clean.ods"
    outcome = OdsLabeler().unlabel(ten, clean)
    assert outcome.changed and outcome.detail == "2 mark(s) removed"
    assert OdsLabeler().read(clean) is None
    assert MARK10 not in [s.text for s in extract(clean)[1]]
    assert "永安镇卫生院" in [s.text for s in extract(clean)[1]]
    assert not OdsLabeler().unlabel(clean, tmp_path / "again.ods").changed


def _same(name: str, data: bytes) -> bytes:
    return data


def _encrypted(name: str, data: bytes) -> bytes:
    if name != "META-INF/manifest.xml":
        return data
    root = etree.fromstring(data)
    entry = next(e for e in root if e.get(q("manifest", "full-path")) == "content.xml")
    etree.SubElement(entry, q("manifest", "encryption-data"))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


@pytest.mark.parametrize("kind", ["signed", "encrypted"])
def test_a_signed_or_encrypted_ods_is_not_changed_and_gets_a_sidecar(
    tmp_path: Path, kind: str
) -> None:
    src = rewrite(
        FIXTURES / "sample.ods",
        tmp_path / f"{kind}.ods",
        _same if kind == "signed" else _encrypted,
    )
    if kind == "signed":
        with zipfile.ZipFile(src, "a") as package:
            package.writestr(SIGNATURES, b"<document-signatures/>")
    dst = tmp_path / "out.ods"
    outcome = OdsLabeler().label(src, dst, spec())
    assert outcome.method == "sidecar" and sidecar_path(dst).exists()
    assert dst.read_bytes() == src.read_bytes()
    assert OdsLabeler().read(dst)["text"] == MARK30  # type: ignore[index]


def test_links_planted_at_the_output_and_old_temp_names_are_not_followed(tmp_path: Path) -> None:
    src = Path(shutil.copy(FIXTURES / "sample.ods", tmp_path / "名单.ods"))
    victim = tmp_path / "elsewhere.conf"
    victim.write_bytes(b"setting = 1\n")
    out = tmp_path / "out.ods"
    out.symlink_to(victim)
    (tmp_path / ".out.ods.label.baomi.tmp").symlink_to(victim)
    OdsLabeler().label(src, out, spec())
    assert victim.read_bytes() == b"setting = 1\n"
    assert not out.is_symlink() and OdsLabeler().read(out)["text"] == MARK30  # type: ignore[index]
    assert not [p for p in tmp_path.iterdir() if is_temp_name(p.name)]


def test_a_damaged_spreadsheet_is_a_label_error(tmp_path: Path) -> None:
    bad = tmp_path / "坏.ods"
    bad.write_bytes(b"PK\x03\x04 not a package")
    with pytest.raises(LabelError):
        OdsLabeler().label(bad, tmp_path / "out.ods", spec())
    half = tmp_path / "half.ods"
    with zipfile.ZipFile(FIXTURES / "sample.ods") as source, zipfile.ZipFile(half, "w") as out:
        for info in source.infolist():
            if info.filename != "styles.xml":
                out.writestr(info, source.read(info))
    with pytest.raises(LabelError, match="OpenDocument spreadsheet"):
        OdsLabeler().label(half, tmp_path / "out.ods", spec())


@pytest.mark.usefixtures("cli_mode_env")
def test_protect_label_only_marks_the_spreadsheet_in_place_once(tmp_path: Path) -> None:
    env = {
        "BAOMI_HOME": str(tmp_path / "home"),
        "BAOMI_PASSPHRASE": "correct horse battery staple 42",
        "BAOMI_DB": f"sqlite:///{tmp_path / 'store.db'}",
        "BAOMI_CONFIG": "",
    }
    root = tmp_path / "share"
    root.mkdir()
    sheet = with_diagnoses(root / "患者名单.ods")
    r = baomi("protect", str(root), "--label-only", "--format", "jsonl", env=env)
    assert r.returncode == 0, r.stderr
    [record] = jsonl(r.stdout)
    assert record["action"] == "labeled" and record["categories"] == ["medical"]
    assert not sidecar_path(sheet).exists()
    label = OdsLabeler().read(sheet)
    assert label is not None and label["text"].startswith("秘密")
    assert [s.text for s in extract(sheet)[1] if s.location.get("part") == "header"] == [
        label["text"]
    ]
    before = sheet.read_bytes()
    r = baomi("protect", str(root), "--label-only", "--format", "jsonl", env=env)
    assert r.returncode == 0, r.stderr
    assert [rec["action"] for rec in jsonl(r.stdout)] == ["unchanged"]
    assert sheet.read_bytes() == before
    assert label["categories"] == record["categories"]
