"""The streaming docx reader against the python-docx reader it replaced: the same text, the same
locations and fields, on every shape the tests make and on the public corpora's Word files; and
its own guards (expanded bytes counted from the zip stream, the reader's time budget, memory that
follows the largest paragraph, not the document)."""

from __future__ import annotations

import os
import random
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml import parse_xml

from scanner.extract import DEFAULT_LIMITS, ExtractionError, FileSkipped, Limits, Segment, docxtree
from scanner.extract import docx as streaming
from scanner.extract.interface import MiB
from tests.docmaker import make_docx

_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
CORPORA = Path(os.environ.get("BAOMI_ROBUSTNESS_CORPORA", "/work/robustness-corpora"))


@pytest.fixture(params=["as-is", "folding"])
def folding(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Also read with tiny chunks and every open paragraph folded at each chunk, so that the
    folding of long paragraphs (docx._fold) meets every shape, not only million-run ones."""
    if request.param == "folding":
        monkeypatch.setattr(streaming, "CHUNK", 97)
        monkeypatch.setattr(streaming, "FOLD_CHILDREN", 0)
    return str(request.param)


def outcome(segments: Iterator[Segment]) -> tuple[str, Any]:
    try:
        return "ok", [(s.text, s.location, s.field, s.unread) for s in segments]
    except (ExtractionError, FileSkipped) as error:
        return type(error).__name__, error.reason


def both(path: Path, limits: Limits = DEFAULT_LIMITS) -> tuple[tuple[str, Any], tuple[str, Any]]:
    return (
        outcome(docxtree.read_with_python_docx(path, limits)),
        outcome(streaming.stream_segments(path, limits)),
    )


def _el(tag: str, inner: str, attrs: str = "") -> Any:
    return parse_xml(f"<w:{tag} {_NS} {attrs}>{inner}</w:{tag}>")


_RUN = "<w:r><w:t>{}</w:t></w:r>"
_TEXTBOX = (
    "<w:r><mc:AlternateContent><mc:Choice Requires='wps'><wps:txbx><w:txbxContent>"
    "<w:p><w:r><w:t>框内 13812345678</w:t></w:r></w:p>"
    "<w:p><w:r><mc:AlternateContent><mc:Choice Requires='wps'><wps:txbx><w:txbxContent>"
    "<w:p><w:r><w:t>框中框</w:t></w:r></w:p></w:txbxContent></wps:txbx></mc:Choice>"
    "</mc:AlternateContent></w:r></w:p>"
    "</w:txbxContent></wps:txbx></mc:Choice><mc:Fallback><v:textbox><w:txbxContent>"
    "<w:p><w:r><w:t>框内 13812345678</w:t></w:r></w:p></w:txbxContent></v:textbox>"
    "</mc:Fallback></mc:AlternateContent></w:r>"
)


def _every_shape(path: Path) -> Path:
    """One document with every construct the extractor treats specially."""
    make_docx(
        path,
        paragraphs=["门诊病历", "", "主诉：头痛三天"],
        tables=[
            [
                ["姓名", "性别", "身份证号"],
                ["张三", "男", "11010519491231002X"],
                ["李四", "女", ""],
            ],
            [["", "", "备注"], ["张三", "男", ""], ["李四", "女", ""]],
            [["姓名", "张三", "性别", "男"], ["住址", "北京市朝阳区建国路 88 号", "电话", "138"]],
        ],
        header="卫生院 内部资料",
        footer="第一节页脚",
        first_page_header="首页：患者张三",
        nested_table=(0, 1, 1, [["联系电话", "13812345678"], ["", "嵌套第二行"]]),
    )
    document = docx.Document(str(path))
    body = document.element.body
    merged = document.tables[1]
    merged.cell(0, 0).merge(merged.cell(0, 1)).text = "患者信息"
    merged.cell(1, 2).merge(merged.cell(2, 2)).text = "同一家庭"
    first = document.paragraphs[0]._p
    first.append(parse_xml(_TEXTBOX.replace("<w:r>", f"<w:r {_NS}>", 1)))
    # tab stops in the paragraph properties, tabs and breaks in runs, a field, a hyperlink,
    # tracked insertion and deletion, inline content control, smart tag, XML comment
    inner = (
        "<w:pPr><w:tabs><w:tab w:val='left' w:pos='720'/></w:tabs></w:pPr>"
        + _RUN.format("甲")
        + "<w:r><w:tab/><w:t xml:space='preserve'> 乙 </w:t><w:br/><w:cr/></w:r>"
        + "<w:fldSimple w:instr='PAGE'><w:r><w:t>7</w:t></w:r></w:fldSimple>"
        + "<w:r><w:fldChar w:fldCharType='begin'/></w:r><w:r><w:instrText>DATE</w:instrText></w:r>"
        + "<w:r><w:fldChar w:fldCharType='end'/></w:r>"
        + f"<w:hyperlink r:id='rIdX'>{_RUN.format('链接')}</w:hyperlink>"
        + f"<w:ins w:id='1' w:author='a'>{_RUN.format('插入')}</w:ins>"
        + "<w:del w:id='2' w:author='a'><w:r><w:delText>删除</w:delText></w:r></w:del>"
        + f"<w:sdt><w:sdtContent>{_RUN.format('控件')}</w:sdtContent></w:sdt>"
        + f"<w:smartTag w:uri='u' w:element='e'>{_RUN.format('标记')}</w:smartTag>"
        + "<!-- a comment --><w:r><w:t> </w:t></w:r>"
    )
    body.insert(2, _el("p", inner))
    block_sdt = f"<w:sdtContent><w:p>{_RUN.format('控件内：张三')}</w:p>"
    block_sdt += "<w:tbl><w:tr><w:tc><w:p>" + _RUN.format("控件表") + "</w:p></w:tc></w:tr></w:tbl>"
    block_sdt += f"</w:sdtContent><w:p>{_RUN.format('不在内容里')}</w:p>"
    body.insert(3, _el("sdt", block_sdt))
    body.insert(4, _el("customXml", f"<w:p>{_RUN.format('自定义 XML')}</w:p>"))
    # a paragraph inside tracked insertion at block level, which neither reader takes as a block
    body.insert(5, _el("ins", f"<w:p>{_RUN.format('块级插入')}</w:p>", "w:id='3' w:author='a'"))
    # a row with gridBefore, a row-level content control, a cell-level one, a vMerge without val
    table = document.tables[0]._tbl
    table.append(
        _el(
            "tr",
            "<w:trPr><w:gridBefore w:val='1'/></w:trPr>"
            f"<w:tc><w:p>{_RUN.format('错位')}</w:p></w:tc>"
            f"<w:sdt><w:sdtContent><w:tc><w:p>{_RUN.format('格控件')}</w:p></w:tc></w:sdtContent>"
            "</w:sdt>",
        )
    )
    table.append(
        _el(
            "sdt",
            "<w:sdtContent><w:tr><w:tc><w:tcPr><w:gridSpan w:val='2'/></w:tcPr>"
            f"<w:p>{_RUN.format('跨两列')}</w:p></w:tc><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/>"
            "</w:tc></w:tr></w:sdtContent>",
        )
    )
    # a second section with its own header and a footer linked to the previous one
    document.add_section()
    second = document.sections[1]
    second.header.is_linked_to_previous = False
    second.header.paragraphs[0].text = "第二节页眉"
    second.even_page_footer.is_linked_to_previous = False
    second.even_page_footer.add_table(1, 2, docx.shared.Inches(4)).cell(0, 1).text = "偶数页脚表"
    document.add_paragraph("第二节正文")
    document.save(str(path))
    return path


def test_every_shape_reads_alike(tmp_path: Path, folding: str) -> None:
    old, new = both(_every_shape(tmp_path / "shapes.docx"))
    assert old[0] == "ok"
    assert new == old
    texts = [text for text, *_ in new[1]]
    for expected in ("框中框", "控件表", "错位", "格控件", "跨两列", "偶数页脚表", "自定义 XML"):
        assert any(expected in t for t in texts), expected
    assert not any("块级插入" in t or "删除" in t for t in texts)


@pytest.mark.parametrize(
    "shape",
    [
        {"paragraphs": ["一", "二"]},
        {"tables": [[["姓名", "电话"], ["张三", "13812345678"]]]},
        {"paragraphs": ["正文"], "header": "页眉", "footer": "页脚", "first_page_header": "首页"},
        {"tables": [[["a", "b"]]], "nested_table": (0, 0, 1, [["x", "y"]])},
        {},
    ],
)
def test_docmaker_shapes_read_alike(tmp_path: Path, folding: str, shape: dict[str, Any]) -> None:
    old, new = both(make_docx(tmp_path / "a.docx", **shape))
    assert new == old


def _replace_member(source: Path, target: Path, name: str, data: bytes) -> Path:
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, data if item.filename == name else src.read(item.filename))
    return target


@pytest.mark.parametrize(
    "document_xml",
    [
        b"<w:document/>",  # not well-formed (unbound prefix)
        b'<?xml version="1.0"?><x:hdr xmlns:x="urn:x"/>',  # not a Word document root
        f"<w:document {_NS}/>".encode(),  # no body
        f"<w:document {_NS}><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p>".encode(),  # cut off
        f'<!DOCTYPE d [<!ENTITY e "实体">]><w:document {_NS}><w:body><w:p><w:r><w:t>前&e;'
        f"</w:t></w:r></w:p></w:body></w:document>".encode(),  # entity never expanded
    ],
)
def test_damaged_main_parts_fail_alike(tmp_path: Path, folding: str, document_xml: bytes) -> None:
    plain = make_docx(tmp_path / "plain.docx", paragraphs=["正文"])
    path = _replace_member(plain, tmp_path / "bad.docx", "word/document.xml", document_xml)
    old, new = both(path)
    assert new == old


def test_a_damaged_part_without_text_no_longer_hides_the_text(tmp_path: Path) -> None:
    # python-docx loads every part and so refuses the file; the streaming reader reads the text
    plain = make_docx(tmp_path / "plain.docx", paragraphs=["身份证号 11010519491231002X"])
    path = _replace_member(plain, tmp_path / "bad.docx", "word/styles.xml", b"<not xml")
    old, new = both(path)
    assert old[0] == "ExtractionError"
    assert new == (
        "ok",
        [("身份证号 11010519491231002X", {"part": "body", "paragraph": 1}, None, None)],
    )


def test_expanded_bytes_are_counted_from_the_stream(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "a.docx", paragraphs=["正文"] * 200)
    with zipfile.ZipFile(path) as package:
        reader = streaming._Reader(package, Limits(max_xml_part_bytes=4096))
        with pytest.raises(FileSkipped, match="too large when expanded"):
            list(reader.story("word/document.xml", streaming._Story({}, None)))
        reader = streaming._Reader(package, Limits(max_xml_total_bytes=8192))
        with pytest.raises(FileSkipped, match="too large when expanded"):
            list(reader.story("word/document.xml", streaming._Story({}, None)))


def test_reader_time_budget_keeps_what_was_read(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "a.docx", paragraphs=[f"第 {i} 段" for i in range(3000)])
    segments = list(streaming.stream_segments(path, Limits(docx_file_seconds=0.001)))
    *read, cut = segments
    assert cut.unread is not None and cut.text == ""
    assert "took over 0.001 s" in cut.unread.reason and "秒" in cut.unread.reason
    assert cut.location == {"part": "body"}
    assert len(read) < 3000
    assert [s.text for s in read] == [f"第 {i} 段" for i in range(len(read))]
    assert len(list(streaming.stream_segments(path))) == 3000


def test_a_hostile_grid_span_is_capped(tmp_path: Path) -> None:
    plain = make_docx(tmp_path / "plain.docx", tables=[[["姓名", "张三"]]])
    with zipfile.ZipFile(plain) as src:
        xml = src.read("word/document.xml").replace(
            b"<w:tcPr>", b'<w:tcPr><w:gridSpan w:val="2000000000"/>', 1
        )
    path = _replace_member(plain, tmp_path / "span.docx", "word/document.xml", xml)
    (first, second) = list(streaming.stream_segments(path))
    assert (first.text, second.text) == ("姓名", "张三")
    assert second.location["col"] == docxtree.MAX_GRID_SPAN + 1


def _corpus_docx() -> list[Path]:
    if not CORPORA.is_dir():
        return []
    return sorted(p for p in CORPORA.rglob("*.docx") if p.is_file() and not p.is_symlink())


@pytest.mark.slow
@pytest.mark.skipif(not _corpus_docx(), reason=f"public corpora not at {CORPORA}")
def test_public_corpora_read_alike(folding: str) -> None:
    """Every .docx of the corpora (docs/robustness.md): python-docx's reading, or a file it
    refuses for a part that holds no text (a missing picture, a theme with a bad checksum)."""
    differ = []
    for path in _corpus_docx():
        old, new = both(path)
        if new == old:
            continue
        if old[0] == "ExtractionError" and new[0] == "ok":
            differ.append(path.name)
            continue
        pytest.fail(f"{path}: {old!r:.300} != {new!r:.300}")
    assert len(differ) <= 3, differ


@pytest.mark.slow
@pytest.mark.skipif(not _corpus_docx(), reason=f"public corpora not at {CORPORA}")
def test_table_properties_read_as_python_docx_reads_them() -> None:
    """gridBefore, gridSpan and vMerge, read from plain elements, as python-docx's classes do."""
    checked = 0
    for path in _corpus_docx():
        try:
            document = docx.Document(str(path))
        except Exception:
            continue
        for row in document.element.body.iter(docxtree.TR):
            assert docxtree._grid_before(row) == row.grid_before
            for cell in row.iter(docxtree.TC):
                assert docxtree._grid_span(cell) == max(cell.grid_span, 1)
                assert docxtree._v_merge(cell) == cell.vMerge
                checked += 1
    assert checked > 1000


def _big_docx(path: Path, paragraphs: int, rows: int) -> Path:
    plain = make_docx(path.with_suffix(".plain.docx"), paragraphs=["模板"])
    body = "".join(
        f"<w:p><w:r><w:t>第 {i} 段：患者张三，电话 138{i:08d}</w:t></w:r></w:p>"
        for i in range(paragraphs)
    )
    cells = "".join(
        f"<w:tr><w:tc><w:p>{_RUN.format(f'张{i}')}</w:p></w:tc>"
        f"<w:tc><w:p>{_RUN.format(f'138{i:08d}')}</w:p></w:tc></w:tr>"
        for i in range(rows)
    )
    xml = f"<w:document {_NS}><w:body>{body}<w:tbl>{cells}</w:tbl></w:body></w:document>"
    return _replace_member(plain, path, "word/document.xml", xml.encode())


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
def test_memory_follows_the_paragraph_not_the_document(tmp_path: Path) -> None:
    path = _big_docx(tmp_path / "big.docx", 60_000, 20_000)
    assert path.stat().st_size < 4 * MiB
    # imported here: the benchmark builds its documents with this module's helpers
    from benchmarks.bench_docx_stream import read_in_process

    readings = {reader: read_in_process(reader, path, 600) for reader in ("stream", "tree")}
    assert readings["stream"]["outcome"] == readings["tree"]["outcome"] == "ok", readings
    assert readings["stream"]["chars"] == readings["tree"]["chars"]
    peaks = {reader: float(str(reading["peak_mib"])) for reader, reading in readings.items()}
    # the tree of ~10 MB of XML costs well over 100 MiB; the stream a few MiB of buffers
    assert peaks["stream"] * 10 < peaks["tree"], peaks


_R = _RUN.format
_SECT = "<w:sectPr><w:headerReference w:type='default' r:id='{}'/></w:sectPr>"


@pytest.mark.parametrize(
    "body",
    [
        # a table without rows still counts; the next one is table 2
        f"<w:tbl/><w:tbl><w:tr><w:tc><w:p>{_R('二号表')}</w:p></w:tc></w:tr></w:tbl>",
        # content controls and custom XML nested in each other around blocks and rows
        f"<w:sdt><w:sdtContent><w:customXml><w:p>{_R('深')}</w:p></w:customXml></w:sdtContent>"
        f"</w:sdt><w:tbl><w:customXml><w:sdt><w:sdtContent><w:tr><w:tc><w:p>{_R('行')}</w:p>"
        "</w:tc></w:tr></w:sdtContent></w:sdt></w:customXml><w:p>表中段落不读</w:p></w:tbl>",
        # a table in a table's content control is not a row; a paragraph in a row is not a cell
        f"<w:tbl><w:sdt><w:sdtContent><w:tbl><w:tr><w:tc><w:p>{_R('不读')}</w:p></w:tc></w:tr>"
        f"</w:tbl></w:sdtContent></w:sdt><w:tr><w:p>{_R('也不读')}</w:p><w:tc><w:p>{_R('读')}</w:p>"
        "</w:tc></w:tr></w:tbl>",
        # section breaks in paragraphs (two pPr), a body sectPr before the last paragraph
        f"<w:p><w:pPr/><w:pPr>{_SECT.format('rIdH')}</w:pPr>{_R('节一')}</w:p>"
        f"{_SECT.format('rIdH')}<w:p>{_R('节二')}</w:p>",
        # a second body: its sections count, its text does not
        f"<w:p>{_R('正文')}</w:p></w:body><w:body><w:p><w:pPr>{_SECT.format('rIdH')}</w:pPr>"
        f"{_R('第二个 body')}</w:p><w:sectPr/>",
        # nested tables with gridBefore, a vertical merge across rows of the nested table
        "<w:tbl><w:tr><w:tc><w:p>" + _R("外") + "</w:p><w:tbl><w:tr><w:trPr><w:gridBefore "
        "w:val='2'/></w:trPr><w:tc><w:tcPr><w:vMerge w:val='restart'/></w:tcPr><w:p>"
        + _R("上")
        + "</w:p></w:tc></w:tr><w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p>"
        + _R("右")
        + "</w:p></w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>",
        # a paragraph nested directly in a run (not valid, read the same way by both)
        f"<w:p><w:r><w:p>{_R('内')}</w:p><w:t>外</w:t></w:r></w:p>",
    ],
)
def test_raw_bodies_read_alike(tmp_path: Path, folding: str, body: str) -> None:
    plain = make_docx(tmp_path / "plain.docx", paragraphs=["正文"], header="页眉文字")
    with zipfile.ZipFile(plain) as src:
        rels = src.read("word/_rels/document.xml.rels").decode()
    header_id = rels.split('Target="header1.xml"')[0].rsplit('Id="', 1)[1].split('"')[0]
    xml = f"<w:document {_NS}><w:body>{body}</w:body></w:document>".replace("rIdH", header_id)
    path = _replace_member(plain, tmp_path / "raw.docx", "word/document.xml", xml.encode())
    old, new = both(path)
    assert old[0] == "ok"
    assert new == old


def test_a_paragraph_of_200000_runs_is_held_folded(tmp_path: Path) -> None:
    plain = make_docx(tmp_path / "plain.docx", paragraphs=["模板"])
    rng = random.Random(1)
    numbers = [f"{rng.randrange(100_000):05d}" for _ in range(200_000)]
    runs = "".join(_R(n) for n in numbers)
    tail = f"<w:r><w:tab/></w:r><w:hyperlink>{_R('链')}</w:hyperlink>"
    xml = f"<w:document {_NS}><w:body><w:p><w:pPr><w:jc w:val='left'/></w:pPr>{runs}{tail}</w:p>"
    xml += f"<w:p>{_R('下一段')}</w:p></w:body></w:document>"
    path = _replace_member(plain, tmp_path / "runs.docx", "word/document.xml", xml.encode())
    held: list[int] = []
    real_end = streaming._Story.end

    def end(story: streaming._Story, element: Any, out: list[Segment]) -> None:
        if element.tag == docxtree.P and len(held) == 0:
            held.append(len(element))
        real_end(story, element, out)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(streaming._Story, "end", end)
        segments = list(streaming.stream_segments(path))
    assert [s.text for s in segments] == [
        "".join(numbers) + "\t链",
        "下一段",
    ]
    assert held[0] < 1000  # 200,000 runs came to the paragraph's end as a few folded strings
