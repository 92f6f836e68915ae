"""Word documents: order, nested and merged tables, form fields, headers and footers."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml

from scanner.extract import Segment, extract
from tests.docmaker import make_docx


def read(path: Path) -> list[Segment]:
    fmt, items = extract(path)
    assert fmt == "docx"
    return list(items)


def test_body_in_document_order_with_nested_table(tmp_path: Path) -> None:
    path = make_docx(
        tmp_path / "a.docx",
        paragraphs=["门诊病历", "", "主诉：头痛三天"],
        tables=[[["姓名", "张三"], ["身份证号", "11010519491231002X"]], [["项目", "结果"]]],
        nested_table=(0, 1, 1, [["联系电话", "13812345678"]]),
    )
    got = [(s.text, s.location) for s in read(path)]
    assert got == [
        ("门诊病历", {"part": "body", "paragraph": 1}),
        ("主诉：头痛三天", {"part": "body", "paragraph": 3}),
        ("姓名", {"part": "body", "table": 1, "row": 1, "col": 1}),
        ("张三", {"part": "body", "table": 1, "row": 1, "col": 2}),
        ("身份证号", {"part": "body", "table": 1, "row": 2, "col": 1}),
        ("11010519491231002X", {"part": "body", "table": 1, "row": 2, "col": 2}),
        ("联系电话", {"part": "body", "table": "1.1", "row": 1, "col": 1}),
        ("13812345678", {"part": "body", "table": "1.1", "row": 1, "col": 2}),
        ("项目", {"part": "body", "table": 2, "row": 1, "col": 1}),
        ("结果", {"part": "body", "table": 2, "row": 1, "col": 2}),
    ]


def test_form_fields_from_header_and_left_label(tmp_path: Path) -> None:
    path = make_docx(
        tmp_path / "a.docx",
        tables=[
            [
                ["姓名", "性别", "身份证号"],
                ["张三", "男", "11010519491231002X"],
            ],
            [
                ["姓名", "张三", "性别", "男"],
                ["住址", "北京市朝阳区建国路 88 号 3 单元 1201", "电话", "13812345678"],
            ],
        ],
    )
    fields = {s.text: s.field for s in read(path)}
    assert (
        fields["11010519491231002X"] == "身份证号 男"
    )  # header, then the left label "男" (short, no digit)
    assert fields["张三"] == "姓名"
    assert fields["13812345678"] == "男 电话"
    # a long left neighbour is content, not a label
    assert fields["电话"] == "性别"


def test_merged_cells_reported_once(tmp_path: Path) -> None:
    path = make_docx(
        tmp_path / "a.docx",
        tables=[[["", "", "备注"], ["张三", "男", ""], ["李四", "女", ""]]],
    )
    document = docx.Document(str(path))
    table = document.tables[0]
    table.cell(0, 0).merge(table.cell(0, 1)).text = "患者信息"
    table.cell(1, 2).merge(table.cell(2, 2)).text = "同一家庭"
    document.save(str(path))
    got = [(s.text, s.location["row"], s.location["col"], s.field) for s in read(path)]
    assert got == [
        ("患者信息", 1, 1, None),
        ("备注", 1, 3, "患者信息"),
        ("张三", 2, 1, "患者信息"),
        ("男", 2, 2, "患者信息 张三"),
        ("同一家庭", 2, 3, "备注 男"),
        ("李四", 3, 1, "患者信息"),
        ("女", 3, 2, "患者信息 李四"),
    ]


def test_headers_and_footers_of_two_sections(tmp_path: Path) -> None:
    path = make_docx(
        tmp_path / "a.docx",
        paragraphs=["正文"],
        header="卫生院 内部资料",
        footer="第一节页脚",
        first_page_header="首页：患者张三",
    )
    document = docx.Document(str(path))
    second = document.add_section()
    second.header.is_linked_to_previous = False
    second.header.paragraphs[0].text = "第二节页眉"
    document.add_paragraph("第二节正文")
    document.save(str(path))
    outside_body = [(s.text, s.location) for s in read(path) if s.location["part"] != "body"]
    assert outside_body == [
        ("卫生院 内部资料", {"part": "header", "section": 1, "kind": "default", "paragraph": 1}),
        ("首页：患者张三", {"part": "header", "section": 1, "kind": "first", "paragraph": 1}),
        ("第一节页脚", {"part": "footer", "section": 1, "kind": "default", "paragraph": 1}),
        ("第二节页眉", {"part": "header", "section": 2, "kind": "default", "paragraph": 1}),
    ]


_TEXTBOX = """
<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
     xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
     xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
     xmlns:v="urn:schemas-microsoft-com:vml">
  <mc:AlternateContent>
    <mc:Choice Requires="wps"><wps:txbx><w:txbxContent>
      <w:p><w:r><w:t>文本框：医保卡号 1234</w:t></w:r></w:p>
    </w:txbxContent></wps:txbx></mc:Choice>
    <mc:Fallback><v:textbox><w:txbxContent>
      <w:p><w:r><w:t>文本框：医保卡号 1234</w:t></w:r></w:p>
    </w:txbxContent></v:textbox></mc:Fallback>
  </mc:AlternateContent>
</w:r>
"""


def test_text_box_once_and_content_controls(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "a.docx", paragraphs=["锚点段落"])
    document = docx.Document(str(path))
    document.paragraphs[0]._p.append(parse_xml(_TEXTBOX))
    sdt = parse_xml(
        '<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:sdtContent><w:p><w:r><w:t>控件内：张三</w:t></w:r></w:p></w:sdtContent></w:sdt>"
    )
    document.element.body.insert(1, sdt)
    document.save(str(path))
    got = [(s.text, s.location) for s in read(path)]
    assert got == [
        ("锚点段落", {"part": "body", "paragraph": 1}),
        ("文本框：医保卡号 1234", {"part": "body", "paragraph": 1, "textbox": 1}),
        ("控件内：张三", {"part": "body", "paragraph": 2}),
    ]
