"""The mark inside PowerPoint and OpenDocument text files, reopened with their own readers:
python-pptx for .pptx, the package's XML (and baomi's ODF extractor) for .odt."""

from __future__ import annotations

import shutil
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from lxml import etree
from pptx import Presentation
from pptx.util import Inches

from labelers.interface import LabelSpec
from labelers.odt import NS, SIGNATURES, OdtLabeler
from labelers.pptx import MARK_SHAPE, PptxLabeler
from labelers.registry import labeler_for
from labelers.sidecar import sidecar_path
from scanner.extract import extract
from tests.extract.formats import FIXTURES

MARK30 = "秘密 保密期限：30年"
MARK10 = "秘密 保密期限：10年"
WHEN = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)


def spec(text: str = MARK30, years: int = 30) -> LabelSpec:
    return LabelSpec.make(text, "秘密", ("medical",), years, WHEN)


def make_pptx(path: Path) -> Path:
    """A title slide (its layout hides the master's shapes) and a title+content slide."""
    deck = Presentation()
    first = deck.slides.add_slide(deck.slide_layouts[0])
    first.shapes.title.text = "住院患者名单"
    second = deck.slides.add_slide(deck.slide_layouts[1])
    second.shapes.title.text = "名单"
    second.shapes.add_textbox(
        Inches(1), Inches(2), Inches(6), Inches(1)
    ).text_frame.text = "张三 11010519491231002X"
    deck.save(str(path))
    return path


def slide_marks(path: Path) -> list[list[str]]:
    deck = Presentation(str(path))
    return [
        [s.text_frame.text for s in slide.shapes if s.name == MARK_SHAPE] for slide in deck.slides
    ]


# -- pptx ---------------------------------------------------------------------------------------


def test_pptx_every_slide_gets_the_mark_and_the_label_reads_back(tmp_path: Path) -> None:
    src = make_pptx(tmp_path / "名单.pptx")
    out = tmp_path / "out.pptx"
    outcome = PptxLabeler().label(src, out, spec())
    assert outcome.changed and outcome.method == "slide"
    assert slide_marks(out) == [[MARK30], [MARK30]]
    label = PptxLabeler().read(out)
    assert label is not None and label["text"] == MARK30 and label["retention_years"] == 30
    assert labeler_for("pptx") is not None and labeler_for("pptx").read(out) == label  # type: ignore[union-attr]
    # the deck's own text is untouched, and the mark is what a reader of the file sees
    texts = [s.text for s in extract(out)[1]]
    assert "张三 11010519491231002X" in texts and MARK30 in texts


def test_pptx_relabel_is_idempotent_and_replaces_an_old_mark(tmp_path: Path) -> None:
    src = make_pptx(tmp_path / "a.pptx")
    once, twice = tmp_path / "once.pptx", tmp_path / "twice.pptx"
    PptxLabeler().label(src, once, spec())
    again = PptxLabeler().label(once, twice, spec())
    assert not again.changed and once.read_bytes() == twice.read_bytes()
    shorter = tmp_path / "ten.pptx"
    assert PptxLabeler().label(twice, shorter, spec(MARK10, 10)).changed
    assert slide_marks(shorter) == [[MARK10], [MARK10]]


def test_pptx_unlabel(tmp_path: Path) -> None:
    src = make_pptx(tmp_path / "a.pptx")
    marked, clean = tmp_path / "m.pptx", tmp_path / "c.pptx"
    PptxLabeler().label(src, marked, spec())
    outcome = PptxLabeler().unlabel(marked, clean)
    assert outcome.changed and slide_marks(clean) == [[], []]
    assert PptxLabeler().read(clean) is None
    assert not PptxLabeler().unlabel(clean, tmp_path / "again.pptx").changed


# -- odt ----------------------------------------------------------------------------------------


def headers(path: Path) -> list[list[str]]:
    with zipfile.ZipFile(path) as package:
        styles = etree.fromstring(package.read("styles.xml"))
    tag = f"{{{NS['style']}}}header"
    return [["".join(p.itertext()) for p in header] for header in styles.iter(tag)]


def test_odt_header_gets_the_mark_above_its_own_text(tmp_path: Path) -> None:
    src = shutil.copy(FIXTURES / "sample.odt", tmp_path / "病历.odt")
    out = tmp_path / "out.odt"
    outcome = OdtLabeler().label(Path(src), out, spec())
    assert outcome.changed and outcome.method == "header"
    assert headers(out) == [[MARK30, "永安镇卫生院 内部资料"]]
    label = OdtLabeler().read(out)
    assert label is not None and label["text"] == MARK30 and label["categories"] == ["medical"]
    with zipfile.ZipFile(out) as package:
        first = package.infolist()[0]
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
        assert package.testzip() is None
    # baomi's own ODF reader sees the mark in the header, and the body as before
    segments = list(extract(out)[1])
    assert any(s.text == MARK30 and s.location.get("part") == "header" for s in segments)
    assert any("11010519491231002X" in s.text for s in segments)


def test_odt_relabel_unlabel(tmp_path: Path) -> None:
    src = shutil.copy(FIXTURES / "sample.odt", tmp_path / "a.odt")
    once, twice = tmp_path / "once.odt", tmp_path / "twice.odt"
    OdtLabeler().label(Path(src), once, spec())
    assert not OdtLabeler().label(once, twice, spec()).changed
    assert once.read_bytes() == twice.read_bytes()
    ten = tmp_path / "ten.odt"
    OdtLabeler().label(twice, ten, spec(MARK10, 10))
    assert headers(ten) == [[MARK10, "永安镇卫生院 内部资料"]]
    clean = tmp_path / "clean.odt"
    assert OdtLabeler().unlabel(ten, clean).changed
    assert headers(clean) == [["永安镇卫生院 内部资料"]]
    assert OdtLabeler().read(clean) is None


def test_a_signed_odt_is_not_changed_and_gets_a_sidecar(tmp_path: Path) -> None:
    signed = tmp_path / "已签名.odt"
    with zipfile.ZipFile(FIXTURES / "sample.odt") as source, zipfile.ZipFile(signed, "w") as out:
        for info in source.infolist():
            out.writestr(info, source.read(info))
        out.writestr(SIGNATURES, b"<document-signatures/>")
    dst = tmp_path / "out.odt"
    outcome = OdtLabeler().label(signed, dst, spec())
    assert outcome.method == "sidecar" and sidecar_path(dst).exists()
    assert dst.read_bytes() == signed.read_bytes()


@pytest.mark.parametrize("labeler", [PptxLabeler(), OdtLabeler()])
def test_a_damaged_file_is_a_label_error(tmp_path: Path, labeler: object) -> None:
    from labelers.interface import LabelError

    bad = tmp_path / "坏.pptx"
    bad.write_bytes(b"PK\x03\x04 not a package")
    with pytest.raises(LabelError):
        labeler.label(bad, tmp_path / "out", spec())  # type: ignore[attr-defined]


def test_odt_shared_left_and_first_headers_stay_shared(tmp_path: Path) -> None:
    """LibreOffice writes "same content on left/first pages" as hidden ``style:header-left`` /
    ``-first``: those pages show the main header, so the mark goes there only and the sharing is
    kept (showing them would print left pages with the mark but without the header's text)."""
    shared = tmp_path / "shared.odt"
    with zipfile.ZipFile(FIXTURES / "sample.odt") as source, zipfile.ZipFile(shared, "w") as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "styles.xml":
                styles = etree.fromstring(data)
                main = next(styles.iter(f"{{{NS['style']}}}header"))
                for kind in ("header-first", "header-left"):
                    hidden = etree.Element(f"{{{NS['style']}}}{kind}")
                    hidden.set(f"{{{NS['style']}}}display", "false")
                    main.addnext(hidden)
                data = etree.tostring(styles, xml_declaration=True, encoding="UTF-8")
            out.writestr(info, data)
    out_path = tmp_path / "out.odt"
    OdtLabeler().label(shared, out_path, spec())
    assert headers(out_path) == [[MARK30, "永安镇卫生院 内部资料"]]
    with zipfile.ZipFile(out_path) as package:
        styles = etree.fromstring(package.read("styles.xml"))
    for kind in ("header-left", "header-first"):
        [hidden] = styles.iter(f"{{{NS['style']}}}{kind}")
        assert hidden.get(f"{{{NS['style']}}}display") == "false" and len(hidden) == 0
    assert not OdtLabeler().label(out_path, tmp_path / "again.odt", spec()).changed
