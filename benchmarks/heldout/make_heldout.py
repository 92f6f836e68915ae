#!/usr/bin/env python3
"""Generate baomi's held-out evaluation corpus (benchmarks/heldout/).

Written by a separate engineer WITHOUT reading baomi's rules, scanner, labelers, tests or the
other benchmark corpus.  Every text and table below is hand-written; only the check digits of
resident IDs, bank cards and unified social credit codes and the random part of mobile numbers
are computed, from a fixed seed, so that a rerun gives the same documents.

Markup used in the texts (stripped when the files are written):
    {{P:name}}        PERSON                 {{A:address}}     CN_ADDRESS
    {{T:0731-8xxxx}}  CN_PHONE (literal)     {{M:key}}         CN_PHONE (generated mobile)
    {{ID:area-yyyymmdd-M|F[-tag]}}  CN_RESIDENT_ID (generated, valid GB 11643 check digit)
    {{C:prefix[-len][-tag]}}        CN_BANK_CARD (generated, Luhn-valid)
    {{U:area-kind[-tag]}}           CN_USCC (generated, valid GB 32100 check character)
    {{E:x@y.com}}     EMAIL_ADDRESS          {{R:number}}      CN_MEDICAL_RECORD_NO
    {{PP:E12345678}}  CN_PASSPORT
    [[kind:value]]    a decoy (not an entity); [[bad_id:spec]] and [[bad_card:prefix]] generate a
                      number that looks right but fails its check.
Within one document the same generator spec always gives the same value.

Run:  python3 benchmarks/heldout/make_heldout.py      (offline; python-docx, openpyxl,
      reportlab, pypdf).  It rewrites docs/, truth.jsonl and README.md, then re-reads every
      file and checks that each listed entity occurs exactly as often as listed.
"""

from __future__ import annotations

import collections
import csv
import datetime
import io
import json
import random
import re
import shutil
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
SEED = 20261206
FROZEN = "2026-12-06"

# --------------------------------------------------------------------------------------------
# check digits
# --------------------------------------------------------------------------------------------
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, ID_WEIGHTS)) % 11]


def id_valid(s: str) -> bool:
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    try:
        datetime.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return id_check(s[:17]) == s[17]


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(s: str) -> bool:
    return s.isdigit() and luhn_digit(s[:-1]) == s[-1]


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(body8: str) -> str:
    def v(c):
        return int(c) if c.isdigit() else ord(c) - 55

    c = 11 - sum(v(ch) * w for ch, w in zip(body8, ORG_WEIGHTS)) % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def uscc_check(s17: str) -> str:
    c = 31 - sum(USCC_CHARS.index(ch) * w for ch, w in zip(s17, USCC_WEIGHTS)) % 31
    return USCC_CHARS[0 if c == 31 else c]


def uscc_valid(s: str) -> bool:
    return len(s) == 18 and all(c in USCC_CHARS for c in s) and uscc_check(s[:17]) == s[17]


MOBILE_PREFIXES = [
    "130",
    "131",
    "132",
    "133",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "153",
    "155",
    "156",
    "157",
    "158",
    "159",
    "166",
    "173",
    "175",
    "176",
    "177",
    "180",
    "181",
    "182",
    "183",
    "185",
    "186",
    "187",
    "188",
    "189",
    "191",
    "193",
    "195",
    "198",
    "199",
    "134",
    "147",
    "178",
    "184",
    "190",
    "197",
]


# --------------------------------------------------------------------------------------------
# markup
# --------------------------------------------------------------------------------------------
ENT_CODES = {
    "P": "PERSON",
    "A": "CN_ADDRESS",
    "T": "CN_PHONE",
    "M": "CN_PHONE",
    "ID": "CN_RESIDENT_ID",
    "C": "CN_BANK_CARD",
    "U": "CN_USCC",
    "E": "EMAIL_ADDRESS",
    "R": "CN_MEDICAL_RECORD_NO",
    "PP": "CN_PASSPORT",
}
ENT_RE = re.compile(r"\{\{([A-Z]+):([^{}]*)\}\}")
DECOY_RE = re.compile(r"\[\[([a-z_]+):([^\[\]]*)\]\]")


class Ctx:
    """Per-document state: seeded generator, value cache, found entities and decoys."""

    def __init__(self, key: str):
        self.rng = random.Random(f"{SEED}:{key}")
        self.cache: dict[tuple[str, str], str] = {}
        self.entities: list[dict] = []
        self.decoys: list[dict] = []

    # generators ---------------------------------------------------------------------------
    def _id(self, spec: str, bad: bool = False) -> str:
        area, birth, sex = spec.split("-")[:3]
        datetime.date(int(birth[:4]), int(birth[4:6]), int(birth[6:8]))  # must be a real date
        seq = self.rng.randint(1, 99)
        sexd = self.rng.choice("13579" if sex == "M" else "02468")
        s17 = f"{area}{birth}{seq:02d}{sexd}"
        c = id_check(s17)
        if bad:
            c = self.rng.choice([x for x in "0123456789X" if x != c])
        return s17 + c

    def _mobile(self) -> str:
        return self.rng.choice(MOBILE_PREFIXES) + "".join(
            str(self.rng.randint(0, 9)) for _ in range(8)
        )

    def _card(self, spec: str, bad: bool = False) -> str:
        parts = spec.split("-")
        prefix = parts[0]
        length = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 19
        body = prefix + "".join(
            str(self.rng.randint(0, 9)) for _ in range(length - len(prefix) - 1)
        )
        d = luhn_digit(body)
        if bad:
            d = str((int(d) + self.rng.randint(1, 9)) % 10)
        return body + d

    def _uscc(self, spec: str) -> str:
        parts = spec.split("-")
        area, kind = parts[0], parts[1]
        if kind.startswith("9") and self.rng.random() < 0.6:
            body = "MA4" + "".join(
                self.rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(4)
            )
            body = body[:8]
            body += "".join(self.rng.choice("0123456789") for _ in range(8 - len(body)))
        else:
            body = str(self.rng.randint(1, 9)) + "".join(
                str(self.rng.randint(0, 9)) for _ in range(7)
            )
        s17 = kind + area + body + org_check(body)
        return s17 + uscc_check(s17)

    def value(self, code: str, spec: str) -> str:
        key = (code, spec)
        if key in self.cache:
            return self.cache[key]
        if code == "M":
            v = spec if re.fullmatch(r"1\d{10}", spec) else self._mobile()
        elif code == "ID":
            v = spec if re.fullmatch(r"\d{17}[\dX]", spec) else self._id(spec)
        elif code == "C":
            v = spec if re.fullmatch(r"\d{16,19}", spec) else self._card(spec)
        elif code == "U":
            v = spec if len(spec) == 18 else self._uscc(spec)
        elif code == "bad_id":
            v = self._id(spec, bad=True)
        elif code == "bad_card":
            v = self._card(spec, bad=True)
        else:
            v = spec
        self.cache[key] = v
        return v

    # rendering ----------------------------------------------------------------------------
    def r(self, s):
        if not isinstance(s, str):
            return s

        def ent(m):
            code, spec = m.group(1), m.group(2)
            v = self.value(code, spec)
            self.entities.append({"entity_type": ENT_CODES[code], "value": v})
            return v

        def dec(m):
            kind, spec = m.group(1), m.group(2)
            v = self.value(kind, spec) if kind in ("bad_id", "bad_card") else spec
            self.decoys.append({"kind": kind, "value": v})
            return v

        out = ENT_RE.sub(ent, s)
        out = DECOY_RE.sub(dec, out)
        assert "{{" not in out and "[[" not in out, out
        return out

    def rows(self, rows):
        return [[self.r(c) for c in row] for row in rows]


# --------------------------------------------------------------------------------------------
# the registry of documents
# --------------------------------------------------------------------------------------------
DOCS: list[dict] = []
EXT = {"txt": "txt", "md": "md", "csv": "csv", "docx": "docx", "pdf": "pdf", "xlsx": "xlsx"}


def add(name, kind, fmt, cats=(), public=False, mark=None, **content):
    """Register one document.  mark = (text, retention_years or None, state_secret)."""
    assert fmt in EXT, fmt
    assert not (public and cats), name
    DOCS.append(
        {
            "name": name,
            "kind": kind,
            "format": fmt,
            "categories": list(cats),
            "public": public,
            "mark": mark,
            "content": content,
        }
    )


# --------------------------------------------------------------------------------------------
# writers
# --------------------------------------------------------------------------------------------
FIXED_DT = (2026, 12, 6, 9, 0, 0)
FIXED_ISO = "2026-12-06T09:00:00Z"


def normalize_zip(path: Path) -> None:
    """Give every member a fixed timestamp and fixed core-property dates: reruns are identical."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                    lambda m: m.group(1) + FIXED_ISO.encode() + m.group(3),
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=FIXED_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def write_text(path, ctx, c):
    text = ctx.r(c["text"])
    if c.get("crlf"):
        text = text.replace("\n", "\r\n")
    path.write_bytes(text.encode(c.get("enc", "utf-8")))


def write_csv(path, ctx, c):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n" if c.get("crlf", True) else "\n")
    for row in ctx.rows(c["rows"]):
        w.writerow(["" if v is None else v for v in row])
    path.write_bytes(buf.getvalue().encode(c.get("enc", "utf-8")))


def write_docx(path, ctx, c):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(c.get("size", 11))
    for block in c["blocks"]:
        if isinstance(block, str):
            text = ctx.r(block)
            if text.startswith("# "):
                d.add_heading(text[2:], level=1)
            elif text.startswith("## "):
                d.add_heading(text[3:], level=2)
            elif text.startswith("^"):
                p = d.add_paragraph()
                run = p.add_run(text[1:])
                run.bold = True
                run.font.size = Pt(16)
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif text.startswith(">"):
                p = d.add_paragraph(text[1:])
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            else:
                d.add_paragraph(text)
        else:
            rows = ctx.rows(block)
            ncols = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncols)
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j in range(ncols):
                    v = row[j] if j < len(row) else ""
                    t.cell(i, j).text = "" if v is None else str(v)
    sec = d.sections[0]
    if c.get("header") is not None:
        sec.header.paragraphs[0].text = ctx.r(c["header"])
    if c.get("footer") is not None:
        sec.footer.paragraphs[0].text = ctx.r(c["footer"])
    d.core_properties.author = c.get("author", "办公室")
    d.core_properties.created = datetime.datetime(2026, 12, 6, 9, 0, 0)
    d.core_properties.modified = datetime.datetime(2026, 12, 6, 9, 0, 0)
    d.save(str(path))
    normalize_zip(path)


PDF_FONT = "STSong-Light"


def write_pdf(path, ctx, c):
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import (
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    rl_config.invariant = 1
    if PDF_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(PDF_FONT))
    body = ParagraphStyle("b", fontName=PDF_FONT, fontSize=10.5, leading=16, wordWrap="CJK")
    cell = ParagraphStyle("c", fontName=PDF_FONT, fontSize=9, leading=12, wordWrap="CJK")
    h1 = ParagraphStyle("h1", fontName=PDF_FONT, fontSize=16, leading=24, alignment=1, spaceAfter=8)
    h2 = ParagraphStyle("h2", fontName=PDF_FONT, fontSize=12, leading=18, spaceBefore=6)
    right = ParagraphStyle("r", parent=body, alignment=2)
    header = ctx.r(c.get("header"))
    footer = ctx.r(c.get("footer"))
    size = landscape(A4) if c.get("landscape") else A4

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont(PDF_FONT, 9)
        if header:
            canvas.drawString(50, size[1] - 36, header)
        if footer:
            canvas.drawString(50, 24, footer)
        canvas.restoreState()

    def esc(s):
        return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    story = []
    for block in c["blocks"]:
        if isinstance(block, str):
            if block == "PAGEBREAK":
                story.append(PageBreak())
                continue
            text = ctx.r(block)
            if text.startswith("# ") or text.startswith("^"):
                story.append(Paragraph(esc(text.lstrip("#^ ")), h1))
            elif text.startswith("## "):
                story.append(Paragraph(esc(text[3:]), h2))
            elif text.startswith(">"):
                story.append(Paragraph(esc(text[1:]), right))
            else:
                story.append(Paragraph(esc(text).replace("\n", "<br/>"), body))
        else:
            rows = ctx.rows(block)
            ncols = max(len(r) for r in rows)
            data = [
                [
                    Paragraph(esc("" if (j >= len(r) or r[j] is None) else r[j]), cell)
                    for j in range(ncols)
                ]
                for r in rows
            ]
            avail = size[0] - 100
            natural = []
            for j in range(ncols):
                w = (
                    max(
                        pdfmetrics.stringWidth(
                            str(r[j]) if j < len(r) and r[j] is not None else "", PDF_FONT, 9
                        )
                        for r in rows
                    )
                    + 10
                )
                natural.append(min(max(w, 30), avail * 0.4))
            widths = [w * avail / sum(natural) for w in natural]
            t = Table(data, repeatRows=1, hAlign="LEFT", colWidths=widths)
            t.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
                    ]
                )
            )
            story.append(t)
            story.append(Spacer(1, 8))
    doc = SimpleDocTemplate(
        str(path),
        pagesize=size,
        leftMargin=50,
        rightMargin=50,
        topMargin=56,
        bottomMargin=48,
        title=c.get("title", ""),
        author="",
        creator="",
        producer="",
    )
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def write_xlsx(path, ctx, c):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    wb.remove(wb.active)
    for sheet in c["sheets"]:
        name, rows = sheet[0], sheet[1]
        opts = sheet[2] if len(sheet) > 2 else {}
        ws = wb.create_sheet(title=name)
        for row in ctx.rows(rows):
            ws.append(list(row))
        for rng in opts.get("merge", []):
            ws.merge_cells(rng)
            first = ws[rng.split(":")[0]]
            first.alignment = Alignment(horizontal="center")
            first.font = Font(bold=True, size=14)
        for col, width in opts.get("widths", {}).items():
            ws.column_dimensions[col].width = width
        if opts.get("header"):
            ws.oddHeader.center.text = ctx.r(opts["header"])
    wb.properties.creator = "财务室" if "财" in path.name else "办公室"
    wb.properties.created = datetime.datetime(2026, 12, 6, 9, 0, 0)
    wb.save(str(path))
    normalize_zip(path)


WRITERS = {
    "txt": write_text,
    "md": write_text,
    "csv": write_csv,
    "docx": write_docx,
    "pdf": write_pdf,
    "xlsx": write_xlsx,
}

# ============================================================================================
# CONTENT
# ============================================================================================
# ---------------------------------------------------------------- secret: medical ----------
add(
    "health_check_huai",
    "health_check_report",
    "docx",
    cats=["medical"],
    header="白兔潭镇卫生院 健康体检报告",
    footer="本报告仅供受检者本人及签约医生使用",
    blocks=[
        "^老年人健康体检报告",
        "体检编号：[[exam_no:TJ2026-0412]]　　体检日期：[[date:2026年4月12日]]",
        [
            ["姓名", "{{P:怀玉兰}}", "性别", "女", "年龄", "71岁"],
            ["身份证号", "{{ID:430281-19550304-F}}", "联系电话", "{{M:a}}", "民族", "汉"],
            ["现住址", "{{A:白兔潭镇清水村5组21号}}", "", "", "", ""],
            ["血压", "156/92 mmHg", "心率", "78次/分", "BMI", "26.4"],
            ["心电图", "窦性心律，ST-T改变", "空腹血糖", "7.8 mmol/L", "总胆固醇", "6.12 mmol/L"],
            ["B超", "脂肪肝（轻度），胆囊结石", "", "", "", ""],
        ],
        "体检结论：1. 高血压2级（很高危）；2. 空腹血糖受损，建议复查糖化血红蛋白；3. 血脂异常；4. 胆囊结石。",
        "健康指导：低盐低脂饮食，规律服药，每月到卫生院测量血压一次，3个月后复查血糖。",
        "家属签字：{{P:怀建军}}（其子）　　电话：{{M:b}}",
        ">主检医师：{{P:谭永康}}　　[[date:2026年4月15日]]",
    ],
)

add(
    "health_check_batch_lanqiao",
    "health_check_report",
    "xlsx",
    cats=["medical"],
    sheets=[
        (
            "体检汇总",
            [
                ["南岭镇卫生院2026年65岁以上老年人体检结果汇总（第三批）"],
                [None],
                [
                    "填表人：",
                    "{{P:粟红梅}}",
                    None,
                    "审核：",
                    "{{P:邝海燕}}",
                    None,
                    None,
                    None,
                    None,
                ],
                ["序号", "姓名", "性别", "身份证号", "住址", "血压", "血糖", "心电图", "结论"],
                [
                    1,
                    "{{P:亓凤英}}",
                    "女",
                    "{{ID:431021-19560817-F}}",
                    "{{A:南岭镇石桥村3组}}",
                    "142/88",
                    6.1,
                    "正常",
                    "高血压1级",
                ],
                [
                    2,
                    "{{P:厍春生}}",
                    "男",
                    "{{ID:431021-19490203-M}}",
                    "{{A:南岭镇石桥村7组}}",
                    "128/76",
                    5.2,
                    "房性早搏",
                    "心律失常，建议转诊",
                ],
                [
                    3,
                    "{{P:龙德昌}}",
                    "男",
                    "{{ID:431021-19580611-M}}",
                    "{{A:南岭镇枫树村2组15号}}",
                    "168/100",
                    9.4,
                    "左室高电压",
                    "高血压3级、2型糖尿病",
                ],
                [
                    4,
                    "{{P:晏秋菊}}",
                    "女",
                    "{{ID:431021-19600925-F}}",
                    "{{A:南岭镇新塘村1组}}",
                    "118/70",
                    5.0,
                    "正常",
                    "未见明显异常",
                ],
                [
                    5,
                    "{{P:阙国富}}",
                    "男",
                    "{{ID:431021-19511130-M}}",
                    "{{A:南岭镇新塘村6组8号}}",
                    "150/95",
                    7.2,
                    "完全性右束支传导阻滞",
                    "高血压2级，糖耐量异常",
                ],
                [
                    6,
                    "{{P:诸葛明远}}",
                    "男",
                    "{{ID:431021-19540402-M}}",
                    "{{A:南岭镇马家冲村4组}}",
                    "136/84",
                    5.6,
                    "正常",
                    "血压正常高值",
                ],
            ],
            {"merge": ["A1:I1"], "widths": {"D": 22, "E": 24, "I": 26}},
        ),
        (
            "异常人员跟踪",
            [
                ["姓名", "异常项目", "随访责任医生", "随访日期"],
                ["{{P:龙德昌}}", "血压、血糖", "{{P:佘建军}}", "[[date:2026-05-06]]"],
                ["{{P:阙国富}}", "血压", "{{P:佘建军}}", "[[date:2026-05-08]]"],
                ["{{P:厍春生}}", "心电图", "{{P:禹小平}}", "[[date:2026-05-03]]"],
            ],
        ),
    ],
)

add(
    "health_check_pdf_ouyang",
    "health_check_report",
    "pdf",
    cats=["medical"],
    header="花桥镇中心卫生院",
    footer="第1页",
    blocks=[
        "# 从业人员健康体检报告",
        "体检号 [[exam_no:2026110317]]　单位：花桥镇万家乐超市",
        [
            ["姓名", "性别", "年龄", "身份证号码"],
            ["{{P:欧阳慧敏}}", "女", "34", "{{ID:430624-19920716-F}}"],
        ],
        [
            ["检查项目", "结果", "参考范围"],
            ["血压", "112/74 mmHg", "<140/90"],
            ["谷丙转氨酶", "58 U/L ↑", "7-40"],
            ["甲肝抗体IgM", "阴性", "阴性"],
            ["戊肝抗体IgM", "阴性", "阴性"],
            ["胸部X线", "双肺纹理增粗", ""],
            ["手部皮肤", "未见化脓性皮肤病", ""],
        ],
        "结论：谷丙转氨酶轻度升高，暂缓发放健康证，两周后复查。",
        "受检者联系电话：{{M:a}}",
        ">检查医生：{{P:符爱华}}",
    ],
)

add(
    "health_check_note_txt",
    "health_check_report",
    "txt",
    cats=["medical"],
    text="""\
体检结果电话通知记录
日期：[[date:2026-06-18]]      通知人：{{P:喻长根}}

{{P:卿红英}}（{{ID:430381-19661102-F}}）电话 {{M:a}}
  血压 172/104，心电图提示左心室肥厚，尿蛋白++。已电话告知，建议尽快到县人民医院肾内科就诊。
  本人不在家，由其女儿{{P:向阳明}}接听，表示周五陪同去县里。

{{P:滕文斌}}（{{ID:430381-19580227-M}}）电话 {{M:b}}
  空腹血糖11.2，糖化血红蛋白8.9%。已告知，纳入糖尿病管理，下周一上门签约。

{{P:田秀芝}} 电话未接通，已请村医{{P:瞿德胜}}转告（瞿医生手机 {{M:c}}）。
  田的体检结论：胸片见右上肺斑片影，疑似肺结核，需到县疾控结核门诊进一步检查。
""",
)

add(
    "chronic_followup_hypertension",
    "chronic_disease_followup",
    "docx",
    cats=["medical"],
    header="高血压患者随访服务记录表",
    blocks=[
        "^高血压患者随访服务记录表",
        "姓名：{{P:蒯德宝}}　　编号：[[file_no:430281-017-00356]]",
        [
            ["随访日期", "[[date:2026-03-02]]", "[[date:2026-06-05]]", "[[date:2026-09-03]]"],
            ["随访方式", "门诊", "家庭", "电话"],
            ["症状", "头晕头痛", "无症状", "无症状"],
            ["血压(mmHg)", "162/96", "148/90", "—"],
            ["体重(kg)", "78", "76", "—"],
            ["日吸烟量", "10支", "5支", "5支"],
            ["服药依从性", "间断", "规律", "规律"],
            [
                "用药情况",
                "硝苯地平缓释片 20mg bid",
                "硝苯地平缓释片 20mg bid + 氢氯噻嗪 12.5mg qd",
                "同前",
            ],
            ["此次随访分类", "控制不满意", "控制不满意", "控制满意"],
            ["随访医生签名", "{{P:贺志强}}", "{{P:贺志强}}", "{{P:伍香莲}}"],
        ],
        "备注：患者住{{A:芦溪镇东风村8组70号}}，联系电话{{M:a}}，独居，其子{{P:蒯文斌}}在广东务工（{{M:b}}），6月入户时由邻居协助测量。",
    ],
)

add(
    "chronic_followup_diabetes_list",
    "chronic_disease_followup",
    "xlsx",
    cats=["medical"],
    sheets=[
        (
            "三季度",
            [
                ["大坪乡卫生院 2型糖尿病患者第三季度随访登记"],
                ["责任医生：{{P:尹建华}}", None, None, None, None, None, None, None],
                [None],
                ["姓名", "身份证号", "联系电话", "住址", "空腹血糖", "用药", "分类", "下次随访"],
                [
                    "{{P:彭满秀}}",
                    "{{ID:430723-19600118-F}}",
                    "{{M:a}}",
                    "{{A:大坪乡响水村2组}}",
                    8.6,
                    "二甲双胍 0.5 tid",
                    "不满意",
                    "[[date:2026-10-10]]",
                ],
                [
                    "{{P:龚福生}}",
                    "{{ID:430723-19521009-M}}",
                    "{{M:b}}",
                    "{{A:大坪乡响水村9组46号}}",
                    6.4,
                    "格列美脲 2mg qd",
                    "满意",
                    "[[date:2026-12-11]]",
                ],
                [
                    "{{P:凌翠兰}}",
                    "{{ID:430723-19650522-F}}",
                    "{{M:c}}",
                    "{{A:大坪乡高坪村3组}}",
                    12.3,
                    "胰岛素 早14u 晚10u",
                    "不满意，转诊",
                    "[[date:2026-10-02]]",
                ],
                [
                    "{{P:敖凤莲}}",
                    "{{ID:430723-19571203-F}}",
                    "{{M:d}}",
                    "{{A:大坪乡高坪村5组17号}}",
                    7.1,
                    "二甲双胍 0.5 bid",
                    "满意",
                    "[[date:2026-12-15]]",
                ],
            ],
            {"merge": ["A1:H1"]},
        ),
        ("说明", [["本表为卫生院内部随访台账，不得对外公开。"], ["随访满意率：三季度 50%"]]),
    ],
)

add(
    "mental_health_visit_txt",
    "chronic_disease_followup",
    "txt",
    cats=["medical"],
    enc="gbk",
    text="""\
严重精神障碍患者随访记录（内部）

患者：{{P:艾国庆}}   男   41岁   诊断：精神分裂症
住址：{{A:城关镇解放路12号2单元301室}}
监护人：{{P:艾福林}}（父） 电话：{{M:a}}

本次随访时间 [[date:2026年8月22日]]，随访方式：入户。
患者近一月按时服用利培酮片2mg/日，睡眠可，无冲动伤人行为，危险性评估0级。
其父反映患者偶有自言自语，已嘱继续服药，下月到县精神卫生中心复诊。
社区民警{{P:匡正清}}、村妇联主任{{P:易兰芳}}一同参加随访。
随访医生：{{P:柏林生}}
""",
)

add(
    "vaccination_register_xlsx",
    "vaccination_register",
    "xlsx",
    cats=["medical"],
    sheets=[
        (
            "接种登记",
            [
                ["青山铺镇卫生院预防接种门诊 接种登记簿"],
                [
                    "接种日期：[[date:2026年11月19日]]",
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                ],
                [
                    "儿童姓名",
                    "性别",
                    "出生日期",
                    "监护人",
                    "联系电话",
                    "疫苗名称",
                    "剂次",
                    "疫苗批号",
                    "接种者",
                ],
                [
                    "{{P:蔺子涵}}",
                    "女",
                    "[[date:2026-05-17]]",
                    "{{P:蔺春燕}}",
                    "{{M:a}}",
                    "百白破",
                    3,
                    "[[batch_no:202604B017]]",
                    "{{P:闵建新}}",
                ],
                [
                    "{{P:宁浩宇}}",
                    "男",
                    "[[date:2025-11-02]]",
                    "{{P:宁小燕}}",
                    "{{M:b}}",
                    "麻腮风",
                    1,
                    "[[batch_no:C202606021]]",
                    "{{P:闵建新}}",
                ],
                [
                    "{{P:幸一诺}}",
                    "女",
                    "[[date:2026-08-30]]",
                    "{{P:幸发祥}}",
                    "{{M:c}}",
                    "乙肝疫苗",
                    2,
                    "[[batch_no:20260311-2]]",
                    "{{P:危春娥}}",
                ],
                [
                    "{{P:操梓轩}}",
                    "男",
                    "[[date:2024-11-25]]",
                    "{{P:操国强}}",
                    "{{M:d}}",
                    "乙脑减毒",
                    2,
                    "[[batch_no:202605A33]]",
                    "{{P:危春娥}}",
                ],
                [
                    "{{P:揭雨桐}}",
                    "女",
                    "[[date:2022-11-10]]",
                    "{{P:揭小梅}}",
                    "{{M:e}}",
                    "A+C流脑",
                    1,
                    "[[batch_no:B20260719]]",
                    "{{P:闵建新}}",
                ],
            ],
            {"merge": ["A1:I1"]},
        ),
        (
            "异常反应",
            [
                ["儿童", "反应", "处理"],
                ["{{P:宁浩宇}}", "接种后2小时发热38.1℃", "物理降温，次日电话随访已退热"],
            ],
        ),
    ],
)

add(
    "vaccination_register_csv",
    "vaccination_register",
    "csv",
    cats=["medical"],
    enc="gbk",
    rows=[
        ["成人疫苗接种登记（狂犬病暴露后处置）", "", "", "", "", "", ""],
        ["姓名", "身份证号", "电话", "暴露级别", "伤口部位", "接种日程", "备注"],
        [
            "{{P:眭志红}}",
            "{{ID:430922-19780319-F}}",
            "{{M:a}}",
            "III级",
            "右手背",
            "0-3-7-14-28",
            "被自家犬咬伤，注射狂犬病免疫球蛋白",
        ],
        [
            "{{P:郜春林}}",
            "{{ID:430922-19850607-M}}",
            "{{M:b}}",
            "II级",
            "左小腿",
            "0-3-7-14-28",
            "",
        ],
        [
            "{{P:逯金花}}",
            "{{ID:430922-19691228-F}}",
            "{{M:c}}",
            "II级",
            "右前臂",
            "2-1-1",
            "第二针未按时接种，已电话提醒",
        ],
        [
            "{{P:寇建民}}",
            "{{ID:430922-20010814-M}}",
            "{{M:d}}",
            "III级",
            "面部",
            "0-3-7-14-28",
            "建议转县医院清创",
        ],
    ],
)

add(
    "maternal_card_docx",
    "maternal_child_health_card",
    "docx",
    cats=["medical"],
    header="孕产妇保健手册（卫生院留存联）",
    blocks=[
        "^孕产妇健康管理档案",
        [
            ["孕妇姓名", "{{P:訾海燕}}", "年龄", "28", "身份证号", "{{ID:411526-19980427-F}}"],
            ["丈夫姓名", "{{P:燕立新}}", "联系电话", "{{M:a}}", "丈夫电话", "{{M:b}}"],
            ["现住址", "{{A:石门镇桃花村4组33号}}", "", "", "", ""],
            ["孕次", "G2P1", "末次月经", "[[date:2026-03-08]]", "预产期", "[[date:2026-12-15]]"],
            ["既往史", "2021年剖宫产一次", "", "", "", ""],
        ],
        "## 产前检查记录",
        [
            ["日期", "孕周", "血压", "宫高", "胎心", "血红蛋白", "高危因素", "检查者"],
            [
                "[[date:2026-05-20]]",
                "10+4",
                "110/70",
                "—",
                "—",
                "108g/L",
                "瘢痕子宫",
                "{{P:隗丽君}}",
            ],
            [
                "[[date:2026-07-22]]",
                "19+3",
                "114/72",
                "18cm",
                "146",
                "102g/L",
                "瘢痕子宫、轻度贫血",
                "{{P:隗丽君}}",
            ],
            [
                "[[date:2026-09-30]]",
                "29+2",
                "126/80",
                "28cm",
                "140",
                "110g/L",
                "瘢痕子宫",
                "{{P:麦秀英}}",
            ],
        ],
        "高危评分：黄色（瘢痕子宫），已告知孕妇须在县妇幼保健院住院分娩。",
    ],
)

add(
    "child_health_pdf",
    "maternal_child_health_card",
    "pdf",
    cats=["medical"],
    blocks=[
        "# 0～6岁儿童健康检查记录表",
        "儿童：{{P:楚一鸣}}　男　出生日期 [[date:2025-06-09]]　母亲：{{P:楚天娇}}　电话：{{M:a}}",
        "家庭住址：{{A:枫林镇杨柳村6组}}",
        [
            ["月龄", "体重(kg)", "身长(cm)", "头围", "发育评估", "指导", "医生"],
            ["6月", "7.2", "66.0", "42.5", "通过", "添加辅食", "{{P:司马志刚}}"],
            ["8月", "7.6", "69.5", "43.6", "通过", "预防意外伤害", "{{P:司马志刚}}"],
            [
                "12月",
                "8.1",
                "73.0",
                "44.8",
                "未通过（不会扶站）",
                "转县妇幼康复科",
                "{{P:上官婉清}}",
            ],
            ["18月", "9.0", "78.2", "46.0", "通过", "口腔保健", "{{P:上官婉清}}"],
        ],
        "体格发育评价：12月龄体重增长不良（低体重，中-2SD）；血红蛋白 98g/L，轻度贫血，补铁治疗。",
    ],
)

add(
    "ambulance_dispatch_log_txt",
    "ambulance_dispatch_log",
    "txt",
    text="""\
院前急救出车登记本（电子录入）   [[date:2026年7月]]

07-03 02:14  呼救人：{{P:皇甫建新}}  来电号码：{{M:a}}
  来电人自称其母亲{{P:皇甫秀云}}在家中突发右侧肢体无力、说话不清约半小时。
  地址：{{A:金鸡乡新塘村9组}}（村部往北200米，红色铁门）
  出车：[[vehicle:湘B·A1207]] 司机{{P:东方红梅}} 医生{{P:夏侯敏}} 护士{{P:公孙丽}}
  02:41 到达，血压198/110，GCS 12分，疑似脑卒中，02:58 转县人民医院卒中中心。

07-05 16:30  [[hotline:120]]指挥中心转来  呼救人：路人，未留姓名，回拨电话 {{M:b}}
  地点：S211线金鸡乡加油站旁，两车相撞，伤者1人，男性约50岁，神志清，左下肢畸形。
  伤者自述姓名{{P:令狐平}}，身份证{{ID:430426-19760215-M}}。
  现场夹板固定后送县中医院骨科。出车人员同上。

07-09 21:05  来电人自称{{P:尉迟云}}，电话{{T:0734-6623851}}，其父亲喝农药（百草枯？）约20分钟。
  地址：{{A:金鸡乡枫树村3组12号}}
  现场洗胃，21:40 送市中心医院急诊。
""",
    cats=["medical"],
)

add(
    "ambulance_dispatch_xlsx",
    "ambulance_dispatch_log",
    "xlsx",
    cats=["medical"],
    sheets=[
        (
            "8月出车",
            [
                [
                    "龙潭乡卫生院急救出车记录 [[date:2026年8月]]",
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                ],
                ["序号", "接警时间", "呼救人", "回拨电话", "患者", "地址", "初步诊断", "去向"],
                [
                    1,
                    "08-02 06:50",
                    "{{P:慕容雪}}",
                    "{{M:a}}",
                    "{{P:慕容春华}}",
                    "{{A:龙潭乡大塘村2组}}",
                    "急性心肌梗死?",
                    "县人民医院",
                ],
                [
                    2,
                    "08-11 13:12",
                    "{{P:端木兰}}",
                    "{{M:b}}",
                    "同呼救人",
                    "{{A:龙潭乡龙潭街42号}}",
                    "中暑",
                    "本院留观",
                ],
                [
                    3,
                    "08-17 23:40",
                    "{{P:邵桂英}}",
                    "{{M:c}}",
                    "{{P:邵东升}}（其夫）",
                    "{{A:龙潭乡石坳村5组}}",
                    "上消化道出血",
                    "县人民医院",
                ],
                [
                    4,
                    "08-26 09:05",
                    "派出所民警",
                    "110转",
                    "无名氏",
                    "龙潭乡集市",
                    "醉酒、头皮裂伤",
                    "本院清创",
                ],
            ],
            {"merge": ["A1:H1"]},
        ),
    ],
)

add(
    "death_notice_docx",
    "death_certificate",
    "docx",
    cats=["medical"],
    header="居民死亡医学证明（推断）书 存根",
    blocks=[
        "^居民死亡医学证明（推断）书",
        "编号：[[cert_no:D430281202600157]]",
        [
            ["死者姓名", "{{P:戴菊香}}", "性别", "女", "民族", "汉"],
            ["有效身份证件", "{{ID:430281-19380816-F}}", "婚姻", "丧偶", "文化", "小学"],
            ["常住地址", "{{A:湖南省株洲市醴陵市白兔潭镇清水村5组}}", "", "", "", ""],
            ["死亡日期", "[[date:2026年10月28日]] 04时", "死亡地点", "家中", "", ""],
            ["直接死因", "呼吸循环衰竭", "发病至死亡", "约2小时", "", ""],
            ["根本死因", "慢性阻塞性肺疾病急性加重", "", "", "", ""],
            ["生前主要疾病最高诊断单位", "县级医院", "诊断依据", "临床", "", ""],
        ],
        "死者家属姓名：{{P:廖三毛}}　联系电话：{{M:a}}　与死者关系：儿子",
        "调查记录：据其子口述，患者有慢阻肺病史20年，近一周咳喘加重未就医，28日凌晨家属发现呼吸微弱，村医{{P:匡德胜}}到场时已死亡。",
        ">医师签名：{{P:谭永康}}　　单位盖章",
    ],
)

add(
    "death_notice_pdf",
    "death_certificate",
    "pdf",
    cats=["medical"],
    blocks=[
        "# 死亡病例讨论及报告",
        "住院号：{{R:ZY2026000873}}",
        "患者{{P:钟金凤}}，女，83岁，住{{A:城关镇东门社区向阳巷7号}}，因“反复咳嗽咳痰10年，加重伴气促3天”于[[date:2026年9月3日]]入院。",
        "入院诊断：1.慢阻肺急性加重；2.II型呼吸衰竭；3.冠心病。入院后予抗感染、平喘、无创通气，家属拒绝转上级医院。",
        "9月6日 03:20 患者血氧进行性下降，经抢救无效于04:05宣布临床死亡。",
        "讨论意见：主治医师{{P:雷雨萍}}认为死亡原因为呼吸衰竭；院长{{P:鄢志刚}}要求规范告知记录，家属{{P:钟国华}}（其子，{{M:a}}）拒绝转院应签字留存。",
        "本讨论记录仅供院内质控，不得对外提供。",
    ],
)

add(
    "referral_letter_docx",
    "referral_letter",
    "docx",
    cats=["medical"],
    blocks=[
        "^双向转诊（转出）单",
        "县人民医院心内科：",
        "现有患者{{P:仇玉珍}}，女，67岁，身份证号{{ID:430212-19590730-F}}，住{{A:渌口镇朱亭村11组}}，"
        "因“胸闷胸痛反复发作1月，加重2小时”来我院就诊。初步诊断：不稳定型心绞痛。心电图示V1-V4导联ST段压低0.2mV。"
        "已予阿司匹林300mg嚼服、硝酸甘油舌下含服，症状部分缓解。因我院无冠脉造影条件，特转上，请予接诊。",
        "门诊号：{{R:MZ20261102047}}",
        "家属：{{P:仇立军}}　联系电话：{{M:a}}",
        "转诊医生：{{P:莫桂兰}}　联系电话：{{M:b}}",
        ">朱亭镇卫生院　[[date:2026年11月2日]]",
    ],
)

add(
    "referral_letter_txt",
    "referral_letter",
    "txt",
    text="""\
转诊说明

{{P:扶春花}}，女，35岁，孕32周，住{{A:南岭镇石桥村3组}}。今晨阴道流血约50ml，无腹痛，B超示胎盘前置状态（边缘性）。
既往G3P1，2019年剖宫产。血压118/76，胎心142次/分。已开通静脉通道，由我院救护车转送县妇幼保健院产科，
随车医生{{P:覃桂香}}。孕妇丈夫{{P:谢文广}}电话 {{M:a}}，孕妇本人电话 {{M:b}}。
县妇幼接诊医生电话已提前联系。

南岭镇卫生院 {{P:覃桂香}}
[[date:2026.10.14]]
""",
    cats=["medical"],
)

add(
    "lab_report_pdf",
    "lab_report",
    "pdf",
    cats=["medical"],
    blocks=[
        "# 检 验 报 告 单",
        [
            ["姓名", "{{P:厍玉梅}}", "性别", "女", "年龄", "45岁"],
            ["门诊号", "{{R:0026118}}", "科室", "内科门诊", "样本", "静脉血"],
            [
                "送检医生",
                "{{P:饶冬生}}",
                "采样时间",
                "[[date:2026-11-21]] 08:10",
                "报告时间",
                "[[date:2026-11-21]] 11:32",
            ],
        ],
        [
            ["项目", "结果", "单位", "参考区间", "提示"],
            ["白细胞计数", "11.8", "10^9/L", "3.5-9.5", "↑"],
            ["中性粒细胞%", "82.3", "%", "40-75", "↑"],
            ["血红蛋白", "96", "g/L", "115-150", "↓"],
            ["C反应蛋白", "48.6", "mg/L", "0-10", "↑"],
            ["肌酐", "71", "μmol/L", "41-73", ""],
            ["乙肝表面抗原", "阳性", "", "阴性", "★"],
        ],
        "检验者：{{P:甘露}}　审核者：{{P:符爱华}}",
        "本结果仅对该标本负责。",
    ],
)

add(
    "lab_report_docx_hiv",
    "lab_report",
    "docx",
    cats=["medical"],
    header="内部资料 注意保存",
    mark=("内部资料 注意保存", None, False),
    blocks=[
        "^HIV抗体初筛阳性告知及转介记录",
        "受检者：{{P:佘小龙}}　性别：男　年龄：29　身份证号：{{ID:450821-19970519-M}}",
        "检测日期：[[date:2026-09-17]]　初筛试剂：胶体金法　结果：阳性（复检阳性）",
        "处理：已按规定采集血样送县疾控中心确证实验室，样本编号[[sample_no:HIV-2026-0917-03]]。",
        "告知情况：由检验科{{P:燕红霞}}和防保科{{P:宁国栋}}于[[date:2026-09-18]]单独告知本人，受检者表示理解，留联系电话{{M:a}}。",
        "注意：本记录涉及个人隐私，严禁外传，按传染病保密规定管理。",
    ],
)

add(
    "prescription_pdf",
    "prescription",
    "pdf",
    cats=["medical"],
    blocks=[
        "# 处 方 笺",
        "普通处方　　　　No. [[rx_no:0027315]]",
        "费别：新农合　　门诊号：{{R:MZ20261128112}}　　科别：内科",
        "姓名：{{P:诸葛兰芝}}　性别：女　年龄：58岁　[[date:2026年11月28日]]",
        "住址/电话：{{A:青山铺镇棠坡村7组}}　{{M:a}}",
        "临床诊断：2型糖尿病；高血压2级",
        "Rp.",
        "二甲双胍缓释片 0.5g×30片　用法：1g qd 口服",
        "苯磺酸氨氯地平片 5mg×28片　用法：5mg qd 口服",
        "阿托伐他汀钙片 20mg×7片　用法：20mg qn 口服",
        "医师：{{P:禹小平}}　审核/调配：{{P:谭秋云}}　核对/发药：{{P:谭秋云}}　金额：[[amount:86.40元]]",
    ],
)

add(
    "prescription_txt",
    "prescription",
    "txt",
    enc="utf-8-sig",
    text="""\
儿科处方（存根）
[[date:2026-12-01]]   门诊号 {{R:20261201009}}
患儿 {{P:邝梓萱}}  女  3岁2月  体重14kg
家长 {{P:邝海波}}  {{M:a}}
诊断：急性化脓性扁桃体炎
  阿莫西林克拉维酸钾干混悬剂 228.5mg  1袋 bid  × 5天
  布洛芬混悬液 100ml  4ml prn（体温>38.5℃）
医师 {{P:晏文华}}
""",
    cats=["medical"],
)

add(
    "nursing_handover_txt",
    "nursing_handover",
    "txt",
    text="""\
住院部护理交接班记录   [[date:2026年11月30日]] 夜班 → 白班

原有13人，入院1人，出院0人，现有14人。病危1人，病重2人。

1床{{P:龚满堂}} 慢阻肺急性加重，持续低流量吸氧2L/min，夜间SpO2 88%-92%，02:00痰多予吸痰一次，需继续观察。
3床{{P:蒯春娥}} 脑梗死恢复期，右侧肢体肌力II级，已翻身q2h，骶尾部皮肤完好。
5床{{P:赵秀英}} 2型糖尿病酮症，胰岛素泵入4u/h，02:00血糖13.6，06:00血糖9.8，晨起已停泵改皮下。
7床{{P:亓长顺}} 新入，23:40由急诊收入，上消化道出血，已禁食、补液，大便隐血（+），请白班复查血常规。
9床{{P:厍桂兰}} 发热待查，体温最高38.9℃，已送血培养。家属{{P:厍建新}}要求明天转院，已报告值班医生。

交班人：{{P:邓丽萍}}    接班人：{{P:许丽}}
""",
    cats=["medical"],
)

add(
    "nursing_handover_docx",
    "nursing_handover",
    "docx",
    cats=["medical"],
    blocks=[
        "^内科病区交接班报告",
        "日期：[[date:2026-10-19]]　班次：白班",
        [
            ["床号", "姓名", "诊断", "病情及交班内容"],
            ["2", "{{P:欧阳春生}}", "肺炎", "体温37.6℃，咳嗽减轻，今日复查胸片"],
            ["4", "{{P:覃德华}}", "高血压急症", "血压168/98，硝苯地平加量，嘱卧床"],
            ["6", "{{P:符桂兰}}", "腰椎压缩性骨折", "卧床，疼痛评分4分，家属陪护"],
            ["11", "{{P:阙小红}}", "急性胃肠炎", "已出院"],
        ],
        "交班护士：{{P:卿雪梅}}　接班护士：{{P:饶美华}}　护士长：{{P:甘淑贞}}",
    ],
)

add(
    "phone_call_log_csv",
    "phone_call_log",
    "csv",
    cats=["medical"],
    enc="utf-8-sig",
    rows=[
        ["来电时间", "来电号码", "来电人", "事由", "处理人", "处理结果"],
        [
            "[[date:2026-11-03]] 08:42",
            "{{M:a}}",
            "{{P:诸葛慧兰}}",
            "询问母亲{{P:诸葛桂英}}血压药能否减量",
            "{{P:贺志强}}",
            "建议来院复诊",
        ],
        [
            "[[date:2026-11-03]] 10:15",
            "{{T:0731-23456781}}",
            "县医院心内科",
            "回复{{P:仇玉珍}}转诊结果，已行支架",
            "{{P:莫桂兰}}",
            "已登记，出院后随访",
        ],
        [
            "[[date:2026-11-04]] 14:30",
            "{{M:b}}",
            "{{P:亓秀兰}}",
            "投诉儿子输液后起红疹",
            "{{P:鄢志刚}}",
            "已安排医务科回访",
        ],
        [
            "[[date:2026-11-05]] 09:00",
            "[[hotline:12320]]",
            "卫生热线转办",
            "群众反映夜间无医生值班",
            "{{P:鄢志刚}}",
            "已核实答复",
        ],
        [
            "[[date:2026-11-05]] 16:48",
            "{{M:c}}",
            "{{P:蒯玉凤}}",
            "预约上门换药（糖尿病足）",
            "{{P:伍香莲}}",
            "次日上午上门",
        ],
    ],
)

add(
    "wechat_export_txt",
    "phone_call_log",
    "txt",
    cats=["medical"],
    text="""\
微信群“家医三团队”聊天记录导出  [[date:2026-09-12]]

{{P:王丽娟}} 10:35
{{P:王丽娟}} 10:36
[语音 12″]
{{P:王丽娟}} 10:36
@所有人 明天上午去响水村随访，{{P:凌翠兰}}血糖又到13了，她家住{{A:大坪乡高坪村3组}}，带血糖仪。
{{P:尹建华}} 10:41
收到。{{P:彭满秀}}那边要不要一起去？她儿子{{P:彭小军}}说下周才回家
{{P:王丽娟}} 10:43
一起去吧，她电话{{M:a}}，先打个电话
{{P:粟红梅}} 11:02
我明天在门诊走不开，{{P:龚福生}}的药我放前台了
{{P:尹建华}} 11:05
[图片]
""",
)
add(
    "family_doctor_contracts_xlsx",
    "family_doctor_contract_list",
    "xlsx",
    cats=["medical"],
    sheets=[
        (
            "签约名单",
            [
                [None],
                ["芦溪镇卫生院家庭医生签约服务花名册（东风村）"],
                [
                    "团队长：{{P:贺志强}}  团队成员：{{P:伍香莲}}、{{P:蒯建英}}",
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                ],
                [None],
                [
                    "签约编号",
                    "居民姓名",
                    "身份证号",
                    "联系电话",
                    "家庭住址",
                    "重点人群",
                    "签约日期",
                ],
                [
                    "[[contract_no:QY2026-0101]]",
                    "{{P:蒯德宝}}",
                    "{{ID:430281-19510817-M}}",
                    "{{M:a}}",
                    "{{A:芦溪镇东风村8组70号}}",
                    "老年人、高血压",
                    "[[date:2026-01-05]]",
                ],
                [
                    "[[contract_no:QY2026-0102]]",
                    "{{P:蒯桂花}}",
                    "{{ID:430281-19530402-F}}",
                    "{{M:a}}",
                    "{{A:芦溪镇东风村8组70号}}",
                    "老年人",
                    "[[date:2026-01-05]]",
                ],
                [
                    "[[contract_no:QY2026-0103]]",
                    "{{P:郦春华}}",
                    "{{ID:430281-19880923-F}}",
                    "{{M:b}}",
                    "{{A:芦溪镇东风村2组15号}}",
                    "孕产妇",
                    "[[date:2026-01-09]]",
                ],
                [
                    "[[contract_no:QY2026-0104]]",
                    "{{P:佟大勇}}",
                    "{{ID:430281-19720611-M}}",
                    "{{M:c}}",
                    "{{A:芦溪镇东风村5组}}",
                    "残疾人、脱贫户",
                    "[[date:2026-01-12]]",
                ],
                [
                    "[[contract_no:QY2026-0105]]",
                    "{{P:谈玉莲}}",
                    "{{ID:430281-19461130-F}}",
                    "{{M:d}}",
                    "{{A:芦溪镇东风村11组3号}}",
                    "老年人、糖尿病",
                    "[[date:2026-01-12]]",
                ],
            ],
            {"merge": ["A2:G2"]},
        ),
        ("统计", [["重点人群签约", 4], ["签约率", "63.2%"]]),
    ],
)

add(
    "family_doctor_contracts_csv",
    "family_doctor_contract_list",
    "csv",
    cats=["medical"],
    enc="gb18030",
    rows=[
        ["序号", "姓名", "性别", "年龄", "电话", "住址", "服务包", "家庭医生"],
        [
            1,
            "{{P:怀春林}}",
            "男",
            66,
            "{{M:a}}",
            "{{A:城关镇解放路12号2单元301室}}",
            "基础包+慢病包",
            "{{P:柏林生}}",
        ],
        [
            2,
            "{{P:闻美凤}}",
            "女",
            71,
            "{{M:b}}",
            "{{A:城关镇北街村3组27号}}",
            "基础包",
            "{{P:柏林生}}",
        ],
        [
            3,
            "{{P:蓝建平}}",
            "男",
            59,
            "{{M:c}}",
            "{{A:城关镇东门社区向阳巷7号}}",
            "慢病包（高血压）",
            "{{P:汤丽琴}}",
        ],
        [
            4,
            "{{P:冼秀珍}}",
            "女",
            80,
            "{{M:d}}",
            "{{A:城关镇北街村1组}}",
            "失能老人上门包",
            "{{P:汤丽琴}}",
        ],
    ],
)

add(
    "home_visit_note_txt",
    "home_visit_note",
    "txt",
    cats=["medical"],
    text="""\
上门随访记录

[[date:2026年10月9日]]上午，家庭医生{{P:汤丽琴}}与护士{{P:蒯建英}}到{{P:冼秀珍}}家中随访。老人住{{A:城关镇北街村1组}}，长期卧床。由其子{{P:王建国}}陪同，其子反映老人近一周食欲差、夜间咳嗽。
查体：体温36.8℃，血压138/82，双下肺可闻及少许湿啰音，骶尾部见2×3cm压疮（II期）。
处理：压疮换药，指导家属每2小时翻身；建议到卫生院拍胸片，家属表示行动不便，拟下次带便携设备。
下次随访：10月16日。联系电话（{{P:王建国}}）{{M:a}}。
""",
)

add(
    "home_visit_note_md",
    "home_visit_note",
    "md",
    cats=["medical"],
    text="""\
# 失能老人入户评估（第12周）

- 对象：**{{P:厍德福}}**，男，84岁
- 地址：住南岭镇石桥村3组（老屋，无门牌）
- 照护者：儿媳 {{P:温翠萍}}，电话 {{M:a}}

## 评估
老人脑梗后遗症5年，右侧偏瘫，日常生活能力评分（Barthel）25分，重度依赖。今日由村医{{P:禹小平}}陪同入户，会同民政所{{P:雷少华}}核实护理补贴。

## 问题
1. 家属喂食呛咳，建议改糊状饮食；
2. 左足跟皮肤发红，需减压；
3. 老人情绪低落，家属称夜间哭闹。

## 计划
两周后复访；申请长期护理保险评估。
""",
)

add(
    "home_visit_note_docx",
    "home_visit_note",
    "docx",
    cats=["medical"],
    blocks=[
        "^精神障碍患者家庭访视及监护人座谈纪要",
        "时间：[[date:2026年8月3日]]下午　地点：患者家中（{{A:花桥镇杨家村6组22号}}）",
        "会议由{{P:孙国平}}主持，{{P:吴晓燕}}、{{P:冯丽萍}}出席，村支书{{P:黎德全}}列席。",
        "患者{{P:晁永明}}，男，38岁，双相情感障碍，2025年曾因冲动毁物被强制送医。近两月自行停药，家属反映其夜不归宿、言语增多。",
        "监护人{{P:晁大妹}}（其姐）表示愿意督促服药，但本人在外务工，只能每周回家一次，电话{{M:a}}。",
        "议定：1.由村医每日送药到口；2.{{P:吴晓燕}}负责每两周电话随访；3.如出现危险行为立即报告派出所及卫生院（{{P:冯丽萍}}手机{{M:b}}）。",
        ">记录人：{{P:冯丽萍}}",
    ],
)

add(
    "case_discussion_docx",
    "case_discussion_record",
    "docx",
    cats=["medical"],
    header="疑难病例讨论记录",
    blocks=[
        "讨论时间：[[date:2026-10-22]] 15:00　地点：医生办公室",
        "主持人：{{P:雷雨萍}}（主治医师）",
        "参加讨论：{{P:鄢志刚}}、{{P:饶冬生}}、{{P:甘露}}、{{P:卿雪梅}}",
        "患者：{{P:蒯秋生}}，男，62岁，住院号{{R:ZY2026000911}}。",
        "病史汇报（{{P:饶冬生}}）：反复发热2周，最高39.4℃，伴乏力、消瘦。血常规白细胞3.1，血红蛋白92，肝脾肋下可及。",
        "讨论意见：{{P:雷雨萍}}：不排除血液系统疾病，建议骨髓穿刺，我院无条件，应尽快转诊；{{P:鄢志刚}}：同意转诊，向家属充分告知。",
        "结论：今日联系市中心医院血液科，明日转院。",
    ],
)

add(
    "case_discussion_md",
    "case_discussion_record",
    "md",
    cats=["medical"],
    text="""\
## 死亡病例讨论（院内质控，勿外传）

**日期** [[date:2026-07-30]]
**参加人员**：{{P:鄢志刚}}、{{P:雷雨萍}}、{{P:谭永康}}、{{P:司马志刚}}、{{P:甘淑贞}}

| 项目 | 内容 |
|---|---|
| 患者 | {{P:隗长根}}，男，79岁 |
| 住院号 | {{R:2026000654}} |
| 入院诊断 | 重症肺炎；II型呼吸衰竭 |
| 死亡时间 | [[date:2026-07-27]] 21:36 |

{{P:谭永康}}：入院时已有意识障碍，家属拒绝气管插管转院，签字在病历中。
{{P:司马志刚}}：抗生素升级偏晚，建议完善痰培养流程。
结论：属难以避免的死亡，但病程记录存在缺陷（未记录家属拒绝转院的具体时间），扣科室质控分2分。
""",
)

add(
    "inpatient_list_txt",
    "inpatient_census",
    "txt",
    cats=["medical"],
    text="""\
住院病人一览表                              [[date:2026-11-30]]
床号  姓名      性别  年龄  住院号          入院诊断                 主管医生
----  --------  ----  ----  --------------  -----------------------  --------
 1    {{P:龚满堂}}    男    76    {{R:ZY2026001022}}    慢阻肺急性加重           {{P:雷雨萍}}
 3    {{P:蒯春娥}}    女    69    {{R:ZY2026001013}}    脑梗死恢复期             {{P:饶冬生}}
 5    {{P:赵秀英}}    女    58    {{R:ZY2026001030}}    糖尿病酮症               {{P:雷雨萍}}
 7    {{P:亓长顺}}    男    47    {{R:ZY2026001041}}    上消化道出血             {{P:饶冬生}}
 9    {{P:厍桂兰}}    女    33    {{R:ZY2026001037}}    发热待查                 {{P:司马志刚}}
12    {{P:欧阳德才}}  男    81    {{R:ZY2026000998}}    心力衰竭                 {{P:司马志刚}}
""",
)

add(
    "outpatient_log_csv",
    "outpatient_log",
    "csv",
    cats=["medical"],
    enc="gbk",
    rows=[
        ["门诊日志", "", "", "", "", "", "", "", ""],
        ["日期", "门诊号", "就诊卡号", "姓名", "性别", "年龄", "住址", "初步诊断", "医生"],
        [
            "[[date:2026-11-20]]",
            "{{R:MZ20261120003}}",
            "[[bad_card:621700-19]]",
            "{{P:晏小花}}",
            "女",
            6,
            "{{A:城关镇北街村3组}}",
            "手足口病",
            "{{P:晏文华}}",
        ],
        [
            "[[date:2026-11-20]]",
            "{{R:MZ20261120004}}",
            "[[bad_card:621701-19]]",
            "{{P:宓志勇}}",
            "男",
            45,
            "{{A:城关镇建设路88号}}",
            "痛风性关节炎",
            "{{P:柏林生}}",
        ],
        [
            "[[date:2026-11-20]]",
            "{{R:MZ20261120007}}",
            "[[bad_card:621702-19]]",
            "{{P:巫桂枝}}",
            "女",
            72,
            "{{A:城关镇北街村6组}}",
            "高血压",
            "{{P:柏林生}}",
        ],
        [
            "[[date:2026-11-20]]",
            "{{R:MZ20261120011}}",
            "[[bad_card:621703-19]]",
            "{{P:乜晓东}}",
            "男",
            19,
            "{{A:城关镇东门社区和平里2栋}}",
            "急性支气管炎",
            "{{P:汤丽琴}}",
        ],
        [
            "[[date:2026-11-20]]",
            "{{R:MZ20261120015}}",
            "[[bad_card:621704-19]]",
            "{{P:芮冬梅}}",
            "女",
            31,
            "{{A:城关镇北街村3组}}",
            "早孕",
            "{{P:麦秀英}}",
        ],
    ],
)

add(
    "outpatient_log_pdf",
    "outpatient_log",
    "pdf",
    cats=["medical"],
    landscape=True,
    header="传染病门诊日志（发热门诊）",
    blocks=[
        "# 发热门诊登记  [[date:2026年1月8日]]",
        [
            ["序号", "姓名", "身份证号", "电话", "现住址", "体温", "症状", "初诊", "去向"],
            [
                "1",
                "{{P:洪小燕}}",
                "{{ID:430602-19900412-F}}",
                "{{M:a}}",
                "{{A:岳阳楼区枫桥湖路16号}}",
                "38.7",
                "咳嗽、咽痛",
                "流感样病例",
                "居家",
            ],
            [
                "2",
                "{{P:漆建华}}",
                "{{ID:430602-19631022-M}}",
                "{{M:b}}",
                "{{A:郭镇乡枫树村8组}}",
                "39.2",
                "高热、肌痛",
                "流感（甲型）",
                "留观",
            ],
            [
                "3",
                "{{P:缑丽}}",
                "{{ID:430602-20140305-F}}",
                "{{M:c}}",
                "{{A:郭镇乡郭镇街21号}}",
                "38.1",
                "发热、皮疹",
                "水痘",
                "居家隔离",
            ],
        ],
        "登记人：{{P:汤丽琴}}",
    ],
)

add(
    "infectious_report_docx",
    "infectious_disease_report",
    "docx",
    cats=["medical"],
    blocks=[
        "^中华人民共和国传染病报告卡",
        "卡片编号：[[card_no:43028120260917]]　报卡类别：初次报告",
        [
            ["患者姓名", "{{P:靳小宝}}", "家长姓名", "{{P:靳春梅}}"],
            ["有效证件号", "{{ID:430281-20200215-M}}", "性别", "男"],
            ["联系电话", "{{M:a}}", "病人属于", "本县区"],
            ["现住址", "{{A:湖南省株洲市醴陵市白兔潭镇清水村5组}}", "人群分类", "散居儿童"],
            ["病例分类", "临床诊断病例", "发病日期", "[[date:2026-09-15]]"],
            ["疾病名称", "丙类：手足口病", "报告单位", "白兔潭镇卫生院"],
        ],
        "填卡医生：{{P:谭永康}}　填卡日期：[[date:2026-09-17]]",
    ],
)

add(
    "discharge_summary_md",
    "discharge_summary",
    "md",
    cats=["medical"],
    text="""\
出院小结
========

姓名：{{P:欧阳德才}}    住院号：{{R:ZY2026000998}}    床号：12
入院日期：[[date:2026-11-18]]    出院日期：[[date:2026-12-02]]
医保结算单号：[[bad_id:430281-20261202-F]]

入院情况：反复气促、双下肢水肿3月，加重5天。BNP 2860 pg/ml，心超EF 35%。
诊疗经过：利尿、扩血管、沙库巴曲缬沙坦逐步加量，水肿消退。
出院诊断：1. 慢性心力衰竭（NYHA III级）；2. 冠心病；3. 慢性肾功能不全3期。
出院医嘱：限盐限水，每日称体重；呋塞米20mg qd；两周后门诊复查肾功能、电解质。
联系人：{{P:欧阳丽华}}（女儿） {{M:a}}

主治医师：{{P:司马志刚}}
""",
)

add(
    "new_technique_progress_md",
    "clinical_research_progress",
    "md",
    cats=["medical"],
    text="""\
# 新技术新项目进展汇报（未发表，仅供院务会）

项目：基层“穴位埋线联合针刺治疗颈肩痛”临床观察
负责人：{{P:诸葛明华}}（中医科）　成员：{{P:眭晓雯}}、{{P:敖建波}}

截至[[date:2026年11月]]，共入组52例，其中治疗组27例、对照组25例。治疗组4周VAS下降3.1分，对照组下降1.9分，差异初步有统计学意义（P=0.03）。
脱落4例；不良事件1例（埋线部位局部硬结，1周消退）。
下一步：完成60例入组后，拟投县级科研课题，数据在成果发表前不得对外使用。
""",
)

add(
    "ultrasound_report_txt",
    "lab_report",
    "txt",
    cats=["medical"],
    enc="gbk",
    text="""\
彩 色 超 声 检 查 报 告
姓名:{{P:阎丽萍}}  性别:女  年龄:41  门诊号:{{R:MZ20261027019}}  检查部位:乳腺
超声所见：右乳10点钟方向距乳头3cm处见一低回声结节，大小约1.4×0.9cm，边界欠清，形态不规则，纵横比>1，内见点状强回声。
超声提示：右乳实性结节（BI-RADS 4b类），建议进一步检查。
检查医师：{{P:艾晓菲}}      [[date:2026-10-27]]
""",
)
# ---------------------------------------------------------------- secret: financial --------
add(
    "bank_account_confirmation_docx",
    "bank_account_confirmation",
    "docx",
    cats=["financial"],
    header="银行账户信息确认函",
    footer="财务室存档",
    blocks=[
        "^单位银行账户信息确认函",
        "县财政局国库支付中心：",
        "根据年度账户清理要求，现将我院银行账户信息确认如下：",
        [
            ["账户性质", "户名", "开户行", "账号"],
            ["基本户", "芦溪镇卫生院", "中国农业银行芦溪支行", "{{C:622848-19-basic}}"],
            ["零余额账户", "芦溪镇卫生院", "中国建设银行城关支行", "{{C:621700-19-zero}}"],
            ["医保专户", "芦溪镇卫生院", "县农村商业银行芦溪分理处", "{{C:623668-19-yb}}"],
        ],
        "统一社会信用代码：{{U:430281-12}}",
        "公务卡持卡人：院长{{P:孙国平}}，卡号{{C:628268-16-gw1}}；会计{{P:覃丽芬}}，卡号{{C:628268-16-gw2}}。",
        "财务联系人：{{P:覃丽芬}}　电话：{{M:a}}",
        ">芦溪镇卫生院（盖章）　[[date:2026年3月10日]]",
    ],
)

add(
    "bank_account_pdf",
    "bank_account_confirmation",
    "pdf",
    cats=["financial"],
    blocks=[
        "# 账户变更申请表",
        [
            ["申请单位", "金鸡乡卫生院"],
            ["统一社会信用代码", "{{U:430426-12}}"],
            ["原账户", "{{C:622202-19-old}}（工商银行金鸡分理处，已撤并）"],
            ["新账户", "{{C:621700-19-new}}（建设银行祁东支行）"],
            ["变更原因", "原开户网点撤并"],
            ["经办人", "{{P:危秀珍}}　{{M:a}}"],
            ["单位负责人", "{{P:艾德军}}"],
        ],
        "附：开户许可证复印件、法定代表人身份证复印件（身份证号 {{ID:430426-19740920-M}}）。",
    ],
)

add(
    "budget_draft_xlsx",
    "budget_draft",
    "xlsx",
    cats=["financial"],
    sheets=[
        (
            "收入预算",
            [
                ["2027年部门预算（征求意见稿）", None, None, None],
                ["单位：万元", None, None, "未经院务会审定，不得外传"],
                ["项目", "2026年预计", "2027年预算", "增减%"],
                ["财政补助收入", 412.5, 438.0, "6.2%"],
                ["  其中：基本公共卫生服务", 186.3, 195.0, "4.7%"],
                ["医疗收入", 968.2, 1030.0, "6.4%"],
                ["  药品收入", 402.6, 410.0, "1.8%"],
                ["其他收入", 21.4, 18.0, "-15.9%"],
                ["合计", 1402.1, 1486.0, "6.0%"],
            ],
            {"merge": ["A1:D1"]},
        ),
        (
            "支出预算",
            [
                [None],
                ["项目", "2027年预算", "说明"],
                ["人员经费", 812.0, "含绩效工资增长5%"],
                ["药品及卫生材料", 455.0, ""],
                ["设备购置", 86.0, "DR一台（拟）"],
                ["房屋维修", 40.0, "住院楼屋面防水"],
                ["其他商品和服务", 93.0, ""],
                ["合计", 1486.0, "收支平衡"],
            ],
        ),
    ],
)

add(
    "budget_draft_docx",
    "budget_draft",
    "docx",
    cats=["financial"],
    header="内部讨论稿",
    blocks=[
        "# 关于2027年度预算编制的说明（讨论稿）",
        "一、收入测算。医疗收入按近三年平均增长率6.4%测算，预计1030万元；基本公共卫生服务补助按常住人口3.1万人、人均94元测算。",
        "二、人员经费。在编62人、聘用27人，人员经费812万元，较上年增加39万元，主要是绩效工资总量上调。",
        "三、重点项目。拟购置数字化X线摄影系统（DR）一台，预算86万元；住院楼屋面防水40万元。",
        "四、存在问题。药品零差率后收支缺口约58万元，需争取县财政专项补助。",
        "起草：{{P:覃丽芬}}　审核：{{P:孙国平}}　[[date:2026年11月15日]]",
    ],
)

add(
    "final_accounts_xlsx",
    "final_accounts",
    "xlsx",
    cats=["financial"],
    sheets=[
        (
            "收入支出决算表",
            [
                ["城关镇卫生院2025年度收入支出决算表"],
                ["编制单位：城关镇卫生院", None, "金额单位：元"],
                [None],
                ["项目", "本年数", "上年数"],
                ["一、财政拨款收入", 4235100.00, 3987620.50],
                ["二、事业收入（医疗收入）", 9684233.17, 9102455.80],
                ["三、其他收入", 214560.00, 187332.12],
                ["收入合计", 14133893.17, 13277408.42],
                ["一、基本支出", 11896402.33, 11320871.05],
                ["二、项目支出", 2011877.60, 1654230.00],
                ["支出合计", 13908279.93, 12975101.05],
                ["本年收支结余", 225613.24, 302307.37],
            ],
            {"merge": ["A1:C1"]},
        ),
        (
            "资产负债",
            [
                ["项目", "年末数"],
                ["货币资金", 3126550.41],
                ["应收医疗款", 1874230.00],
                ["库存物品", 688412.66],
                ["固定资产净值", 9021367.20],
                ["负债合计", 2310225.88],
            ],
        ),
    ],
)

add(
    "cost_accounting_xlsx",
    "cost_accounting",
    "xlsx",
    cats=["financial"],
    sheets=[
        (
            "科室成本",
            [
                ["2026年1-9月科室成本核算表"],
                ["（内部管理用，不得对外提供）"],
                [
                    "科室",
                    "医疗收入",
                    "人员成本",
                    "药品成本",
                    "卫材成本",
                    "折旧",
                    "其他",
                    "成本合计",
                    "收支结余",
                    "床日成本",
                ],
                ["内科病区", 1865200, 742300, 611840, 88520, 61300, 90210, 1594170, 271030, 412.6],
                ["外科病区", 1032400, 520110, 268300, 132400, 48200, 61020, 1030030, 2370, 506.2],
                ["门诊", 2210450, 860400, 1120300, 45200, 38900, 70500, 2135300, 75150, None],
                ["公卫科", 1386000, 980200, 0, 22100, 12000, 95300, 1109600, 276400, None],
                ["医技科", 640300, 310200, 0, 98600, 156700, 20400, 585900, 54400, None],
            ],
            {"merge": ["A1:J1", "A2:J2"]},
        ),
    ],
)

add(
    "cost_accounting_csv",
    "cost_accounting",
    "csv",
    cats=["financial"],
    enc="utf-8-sig",
    rows=[
        ["病种成本测算（单病种：社区获得性肺炎，2026年上半年）"],
        ["成本项目", "例均金额（元）", "占比"],
        ["药品", "1268.40", "41.2%"],
        ["检查检验", "622.10", "20.2%"],
        ["治疗护理", "486.00", "15.8%"],
        ["床位", "360.00", "11.7%"],
        ["分摊管理成本", "341.50", "11.1%"],
        ["合计", "3078.00", "100%"],
        ["医保按病种付费标准", "2800.00", "亏损278元/例，建议缩短平均住院日至6天"],
    ],
)

add(
    "fee_adjustment_draft_docx",
    "fee_standard_adjustment_draft",
    "docx",
    cats=["financial"],
    header="征求意见稿 公示前不得外泄",
    blocks=[
        "# 关于调整部分医疗服务项目收费标准的请示（草稿）",
        "县医疗保障局：",
        "我院部分医疗服务项目价格自2016年以来未作调整，与成本严重倒挂。经院务会研究，拟申请调整以下项目：",
        [
            ["项目编码", "项目名称", "现行价格(元)", "拟调价格(元)", "年服务量"],
            ["[[item_code:310100010]]", "普通针刺", "12", "18", "5240"],
            ["[[item_code:120400001]]", "静脉输液", "6", "9", "18230"],
            ["[[item_code:110200005]]", "家庭病床建床费", "15", "30", "86"],
            ["[[item_code:250101015]]", "血细胞分析", "20", "20", "9412"],
        ],
        "预计年增加收入约7.8万元。本稿公示前不得外泄，院内讨论后再行上报。",
        "经办：{{P:覃丽芬}}",
    ],
)

add(
    "fee_adjustment_pdf",
    "fee_standard_adjustment_draft",
    "pdf",
    cats=["financial"],
    blocks=[
        "# 中医适宜技术收费标准测算（内部）",
        "测算依据：人员工时、耗材、设备折旧。参与测算：{{P:诸葛明华}}、{{P:覃丽芬}}、{{P:眭晓雯}}。",
        [
            ["项目", "单次成本(元)", "现行价(元)", "拟定价(元)"],
            ["穴位埋线", "46.8", "35", "55"],
            ["艾灸（每个部位）", "9.2", "6", "10"],
            ["拔罐（每罐）", "2.1", "1.5", "2.5"],
            ["小针刀", "61.0", "50", "70"],
        ],
        "说明：拟定价须报县医保局审批后执行，执行前一律按现行价格收费。",
    ],
)

add(
    "reimbursement_list_xlsx",
    "reimbursement_list",
    "xlsx",
    cats=["financial", "personnel"],
    sheets=[
        (
            "差旅费",
            [
                ["2026年10月差旅费报销汇总表"],
                ["序号", "姓名", "事由", "起止日期", "金额", "公务卡号/收款账号", "备注"],
                [
                    1,
                    "{{P:禹小平}}",
                    "市里参加慢病管理培训",
                    "10.12-10.14",
                    1284.5,
                    "{{C:628268-16-a}}",
                    "公务卡",
                ],
                [2, "{{P:佘建军}}", "县疾控送检样本", "10.17", 96.0, "{{C:622848-19-b}}", "工资卡"],
                [
                    3,
                    "{{P:闵建新}}",
                    "省疾控免疫规划培训",
                    "10.20-10.24",
                    2866.0,
                    "{{C:628268-16-c}}",
                    "公务卡",
                ],
                [
                    4,
                    "{{P:粟红梅}}",
                    "县医院进修交通补助",
                    "10月",
                    420.0,
                    "{{C:623668-19-d}}",
                    "工资卡",
                ],
                [None, "合计", None, None, 4666.5, None, None],
                ["制表：{{P:覃丽芬}}", None, "审核：{{P:孙国平}}", None, None, None, None],
            ],
            {"merge": ["A1:G1"]},
        ),
    ],
)

add(
    "reimbursement_list_csv",
    "reimbursement_list",
    "csv",
    cats=["financial", "personnel"],
    enc="gbk",
    rows=[
        ["报销人", "部门", "费用类别", "发票号", "金额", "收款卡号"],
        [
            "{{P:亓晓燕}}",
            "护理部",
            "培训费",
            "[[invoice_no:26432000000123456789]]",
            "800.00",
            "{{C:622202-19-a}}",
        ],
        [
            "{{P:诸葛明华}}",
            "中医科",
            "资料费",
            "[[invoice_no:26432000000198765432]]",
            "156.00",
            "{{C:621700-19-b}}",
        ],
        [
            "{{P:厍丽华}}",
            "检验科",
            "快递费",
            "[[invoice_no:26432000000111222333]]",
            "45.00",
            "{{C:622848-19-c}}",
        ],
        ["合计", "", "", "", "[[amount:1001.00]]", ""],
    ],
)

add(
    "overtime_pay_xlsx",
    "overtime_pay_sheet",
    "xlsx",
    cats=["financial", "personnel"],
    sheets=[
        (
            "国庆加班",
            [
                ["2026年国庆节加班费发放表"],
                ["科室：急诊/住院部", None, None, None, None, None],
                ["姓名", "身份证号", "加班天数", "日标准(元)", "金额(元)", "银行卡号"],
                ["{{P:夏侯敏}}", "{{ID:430426-19880521-F}}", 3, 300, 900, "{{C:622848-19-a}}"],
                ["{{P:公孙丽}}", "{{ID:430426-19930208-F}}", 2, 300, 600, "{{C:622848-19-b}}"],
                ["{{P:东方红梅}}", "{{ID:430426-19790714-F}}", 4, 200, 800, "{{C:622848-19-c}}"],
                ["{{P:尉迟云}}", "{{ID:430426-19851102-M}}", 1, 300, 300, "{{C:621700-19-d}}"],
                ["合计", None, 10, None, 2600, None],
            ],
            {"merge": ["A1:F1"]},
        ),
    ],
)

add(
    "overtime_pay_txt",
    "overtime_pay_sheet",
    "txt",
    cats=["financial", "personnel"],
    text="""\
春节值班补助发放明细（财务留存）

姓名      | 天数 | 金额   | 卡号
----------|------|--------|---------------------
{{P:阙国华}}    |  3   | 1200   | {{C:623668-19-a}}
{{P:晏秋菊}}    |  2   |  800   | {{C:623668-19-b}}
{{P:亓凤娇}}    |  5   | 2000   | {{C:622202-19-c}}
{{P:蒯建英}}    |  2   |  800   | {{C:622848-19-d}}

合计 4800 元，已于[[date:2026年2月20日]]随工资发放。经办 {{P:覃丽芬}}
""",
)

add(
    "financial_analysis_md",
    "financial_analysis",
    "md",
    cats=["financial"],
    text="""\
# 2026年三季度财务运行分析（院务会材料）

1. **收入**：1-9月总收入1043.6万元，同比增长5.1%；其中医疗收入721.4万元，药占比38.6%（目标≤40%）。
2. **支出**：人员支出占比57.2%，较上年提高2.4个百分点；卫生材料支出增长14%，主要是检验试剂。
3. **医保结算**：应收医保款186.2万元，县医保局拖欠二季度款项92万元，影响资金周转。
4. **债务**：尚欠设备供应商货款63.5万元（含彩超尾款28万元）。
5. **建议**：压缩非必要支出；与医保局协商加快拨付；四季度暂停招聘编外人员。

> 本材料含未公开财务数据，会后收回。
""",
)

add(
    "fund_transfer_approval_docx",
    "fund_operation_record",
    "docx",
    cats=["financial"],
    blocks=[
        "^资金支付审批单",
        [
            ["收款单位", "株洲康达医疗器械有限公司"],
            ["开户行", "中国工商银行株洲荷塘支行"],
            ["账号", "{{C:622202-19-x}}"],
            ["统一社会信用代码", "{{U:430202-91}}"],
            ["支付事由", "彩色多普勒超声诊断仪第二期货款"],
            ["金额", "[[amount:人民币贰拾捌万元整（¥280,000.00）]]"],
            ["经办人", "{{P:覃丽芬}}"],
            ["院长审批", "{{P:孙国平}}　同意支付"],
        ],
        "合同编号：[[contract_no:LXWSY-2025-017]]",
    ],
)
# ---------------------------------------------------------------- secret: personnel --------
add(
    "payroll_xlsx",
    "payroll",
    "xlsx",
    cats=["personnel", "financial"],
    sheets=[
        (
            "11月工资",
            [
                ["青山铺镇卫生院2026年11月工资发放表"],
                ["单位：元", None, None, None, None, None, None, None, None, None],
                [
                    "序号",
                    "姓名",
                    "岗位",
                    "基本工资",
                    "绩效工资",
                    "津补贴",
                    "代扣社保",
                    "代扣公积金",
                    "实发",
                    "工资卡号",
                ],
                [
                    1,
                    "{{P:闵建新}}",
                    "专技十级",
                    3410,
                    2860,
                    900,
                    812.4,
                    620,
                    5737.6,
                    "{{C:622848-19-a}}",
                ],
                [
                    2,
                    "{{P:危春娥}}",
                    "专技十二级",
                    2980,
                    2410,
                    800,
                    706.2,
                    540,
                    4943.8,
                    "{{C:622848-19-b}}",
                ],
                [
                    3,
                    "{{P:蔺德贵}}",
                    "管理八级",
                    3620,
                    3100,
                    900,
                    860.0,
                    660,
                    6060.0,
                    "{{C:622848-19-c}}",
                ],
                [
                    4,
                    "{{P:宁红霞}}",
                    "工勤技能",
                    2460,
                    1800,
                    600,
                    580.3,
                    420,
                    3859.7,
                    "{{C:622848-19-d}}",
                ],
                [5, "{{P:幸春来}}", "聘用", 2200, 1500, 300, 470.0, 0, 3530.0, "{{C:623668-19-e}}"],
            ],
            {"merge": ["A1:J1"]},
        ),
        ("扣款说明", [["姓名", "扣款", "原因"], ["{{P:幸春来}}", 200, "10月考核扣分"]]),
    ],
)

add(
    "payroll_csv_gbk",
    "payroll",
    "csv",
    cats=["personnel", "financial"],
    enc="gbk",
    rows=[
        ["姓名", "身份证号", "应发合计", "个税", "实发", "银行卡号", "开户行"],
        [
            "{{P:怀志勇}}",
            "{{ID:430281-19810614-M}}",
            "7820.00",
            "86.40",
            "6102.35",
            "{{C:621700-19-a}}",
            "建行",
        ],
        [
            "{{P:蒯秀云}}",
            "{{ID:430281-19870302-F}}",
            "6410.00",
            "31.20",
            "5120.88",
            "{{C:621700-19-b}}",
            "建行",
        ],
        [
            "{{P:诸葛丽娜}}",
            "{{ID:430281-19920919-F}}",
            "5630.00",
            "0.00",
            "4518.10",
            "{{C:622202-19-c}}",
            "工行",
        ],
        [
            "{{P:庹建林}}",
            "{{ID:430281-19761225-M}}",
            "8240.00",
            "112.00",
            "6395.70",
            "{{C:621700-19-d}}",
            "建行",
        ],
    ],
)

add(
    "staff_evaluation_docx",
    "staff_evaluation",
    "docx",
    cats=["personnel"],
    blocks=[
        "^2026年度工作人员考核结果（院内公示稿）",
        "根据《事业单位工作人员考核规定》，经科室测评、考核小组审定，拟定以下考核等次，院内公示5个工作日，公示期间不得对外公开。",
        [
            ["科室", "姓名", "职称", "考核等次", "备注"],
            ["内科", "{{P:雷雨萍}}", "主治医师", "优秀", ""],
            ["内科", "{{P:饶冬生}}", "医师", "合格", ""],
            ["公卫科", "{{P:佘建军}}", "主管医师", "优秀", ""],
            ["护理", "{{P:卿雪梅}}", "主管护师", "合格", ""],
            ["药房", "{{P:谭秋云}}", "药师", "基本合格", "处方差错2次"],
            ["后勤", "{{P:廖长春}}", "工勤", "不合格", "旷工3天"],
        ],
        "公示期：[[date:2026年12月7日]]至[[date:12月11日]]。如有异议，向考核办反映（{{P:宫丽娜}}，{{M:a}}）。",
    ],
)

add(
    "staff_evaluation_xlsx",
    "staff_evaluation",
    "xlsx",
    cats=["personnel"],
    sheets=[
        (
            "季度绩效考评",
            [
                ["三季度绩效考评得分（考核小组用）"],
                [None],
                [None, "评分项", None, None, None, None, None],
                ["姓名", "工作量(40)", "质量(30)", "医德(20)", "考勤(10)", "合计", "绩效系数"],
                ["{{P:贺志强}}", 38, 27, 19, 10, 94, 1.2],
                ["{{P:伍香莲}}", 35, 28, 20, 10, 93, 1.2],
                ["{{P:蒯建英}}", 30, 25, 18, 9, 82, 1.0],
                ["{{P:郦志华}}", 22, 20, 15, 6, 63, 0.8],
            ],
            {"merge": ["A1:G1", "B3:E3"]},
        ),
        (
            "扣分明细",
            [
                ["姓名", "扣分", "事由"],
                ["{{P:郦志华}}", 8, "患者投诉服务态度（[[date:2026-08-14]]）"],
                ["{{P:郦志华}}", 4, "迟到4次"],
            ],
        ),
    ],
)

add(
    "appointment_draft_docx",
    "appointment_removal_draft",
    "docx",
    cats=["personnel"],
    header="此件不公开",
    mark=("此件不公开", None, False),
    blocks=[
        "# 关于调整科室负责人的决定（代拟稿）",
        "各科室：",
        "经院党支部研究，决定：",
        "任命{{P:雷雨萍}}同志为内科主任（试用期一年）；",
        "任命{{P:卿雪梅}}同志为护理部副主任；",
        "免去{{P:饶冬生}}同志内科副主任职务；",
        "免去{{P:甘淑贞}}同志护士长职务，另有任用。",
        "本稿经支部会讨论通过后印发，讨论前请勿外传。",
        ">[[date:2026年11月]]",
    ],
)

add(
    "appointment_talk_txt",
    "appointment_removal_draft",
    "txt",
    cats=["personnel"],
    text="""\
干部任前谈话记录

谈话对象：{{P:佘建军}}（拟任公共卫生科科长）
谈话人：{{P:孙国平}}、{{P:吴晓燕}}
时间：[[date:2026年10月30日]]

{{P:孙国平}}：组织上考虑你在公卫科工作八年，群众基础好，拟任科长。也有同事反映你对下属要求过严，要注意方法。
{{P:佘建军}}：感谢组织信任，我会改进。家里老人长期住院，希望工作时间上给点弹性。
{{P:吴晓燕}}：任前公示5个工作日，公示前不得外泄。

记录：{{P:吴晓燕}}
""",
)

add(
    "transfer_notice_docx",
    "staff_transfer",
    "docx",
    cats=["personnel"],
    blocks=[
        "^人员调动审批表",
        [
            ["姓名", "{{P:晏文华}}", "性别", "男", "出生年月", "[[date:1986.04]]"],
            [
                "身份证号",
                "{{ID:431122-19860412-M}}",
                "现单位",
                "南岭镇卫生院",
                "现岗位",
                "儿科医师",
            ],
            ["拟调入单位", "县妇幼保健院", "调动类型", "县内流动", "", ""],
            ["调动理由", "夫妻分居（配偶{{P:艾小芸}}在县妇幼工作）", "", "", "", ""],
            ["本人电话", "{{M:a}}", "", "", "", ""],
            ["原单位意见", "同意（{{P:粟国强}}）", "", "", "", ""],
        ],
        "备注：该同志服务期未满五年，须退回规培补助1.2万元。",
    ],
)

add(
    "leave_approval_docx",
    "leave_approval",
    "docx",
    cats=["personnel"],
    blocks=[
        "^请（休）假审批表",
        [
            ["姓名", "{{P:汤丽琴}}", "科室", "全科"],
            ["请假类别", "产假", "起止时间", "[[date:2026.12.10]]-[[date:2027.06.07]]"],
            ["事由", "预产期12月15日，申请产假180天", "", ""],
            ["休假期间联系电话", "{{M:a}}", "紧急联系人", "{{P:韦立明}}（丈夫）{{M:b}}"],
            ["科室意见", "同意，工作由{{P:柏林生}}代理", "院长意见", "同意 {{P:鄢志刚}}"],
        ],
    ],
)

add(
    "leave_approval_txt",
    "leave_approval",
    "txt",
    cats=["personnel"],
    enc="gbk",
    text="""\
病假审批登记（人事）
[[date:2026-09-03]]  {{P:廖长春}}  工勤  腰椎间盘突出术后，病假3个月，附县人民医院诊断证明。
[[date:2026-09-15]]  {{P:亓凤娇}}  护士  甲状腺乳头状癌术后，病假2个月，病情请勿在科室内传播。
[[date:2026-10-08]]  {{P:邝海燕}}  医师  抑郁症复诊，病假2周。
经办：{{P:宫丽娜}}
""",
)

add(
    "duty_roster_dec_xlsx",
    "duty_roster",
    "xlsx",
    cats=["personnel"],
    sheets=[
        (
            "12月值班",
            [
                ["2026年12月总值班及急诊值班表（含私人手机，仅限院内）"],
                ["日期", "总值班", "手机", "急诊医生", "手机", "护士", "手机"],
                [
                    "12-01",
                    "{{P:孙国平}}",
                    "{{M:sun}}",
                    "{{P:饶冬生}}",
                    "{{M:rao}}",
                    "{{P:许丽}}",
                    "{{M:xu}}",
                ],
                [
                    "12-02",
                    "{{P:鄢志刚}}",
                    "{{M:yan}}",
                    "{{P:司马志刚}}",
                    "{{M:sima}}",
                    "{{P:邓丽萍}}",
                    "{{M:deng}}",
                ],
                [
                    "12-03",
                    "{{P:吴晓燕}}",
                    "{{M:wu}}",
                    "{{P:雷雨萍}}",
                    "{{M:lei}}",
                    "{{P:饶美华}}",
                    "{{M:raomh}}",
                ],
                [
                    "12-04",
                    "{{P:孙国平}}",
                    "{{M:sun}}",
                    "{{P:谭永康}}",
                    "{{M:tan}}",
                    "{{P:许丽}}",
                    "{{M:xu}}",
                ],
            ],
            {"merge": ["A1:G1"]},
        ),
    ],
)

add(
    "duty_roster_pdf",
    "duty_roster",
    "pdf",
    cats=["personnel"],
    blocks=[
        "# 防保科节假日应急值班表",
        "（含个人联系方式，请勿张贴）",
        [
            ["日期", "值班人", "联系电话", "备班", "联系电话"],
            ["1月1日", "{{P:佘建军}}", "{{M:a}}", "{{P:闵建新}}", "{{M:b}}"],
            ["1月2日", "{{P:危春娥}}", "{{M:c}}", "{{P:佘建军}}", "{{M:a}}"],
            ["1月3日", "{{P:禹小平}}", "{{M:d}}", "{{P:危春娥}}", "{{M:c}}"],
        ],
        "科室固定电话：{{T:0731-23619087}}",
    ],
)

add(
    "staff_file_resume_docx",
    "staff_file",
    "docx",
    cats=["personnel"],
    blocks=[
        "^干部任免审批表（附简历）",
        "{{P:韩震东}}：男，汉族，1978年3月生，湖南醴陵人，2001年7月参加工作，中共党员，本科学历，副主任医师。",
        "身份证号：{{ID:430281-19780309-M}}",
        "家庭住址：{{A:醴陵市阳三石街道瓷城大道218号}}",
        "简历：",
        "1997.09—2001.07　湖南中医药高等专科学校临床医学专业学习",
        "2001.07—2012.03　白兔潭镇卫生院内科医师、主治医师",
        "2012.03—2019.08　白兔潭镇卫生院副院长",
        "2019.08—　　　　 芦溪镇卫生院院长",
        "家庭主要成员：妻{{P:庞秀娟}}，县二中教师；子{{P:韩一帆}}，学生。",
        "奖惩情况：2020年度优秀共产党员；2023年因医疗纠纷处置不当被诫勉谈话。",
    ],
)

add(
    "staff_file_txt",
    "staff_file",
    "txt",
    cats=["personnel"],
    text="""\
新进人员基本情况登记

{{P:欧阳晓峰}}，男，1997年11月出生，身份证 {{ID:430521-19971103-M}}
籍贯：湖南邵东  民族：汉  政治面貌：团员
毕业院校：长沙医学院 临床医学 2021届
执业资格：执业助理医师（2022年）
住址：{{A:邵东市两市塘街道昭阳社区13栋602}}
手机：{{M:a}}  邮箱：{{E:ouyangxf97@163.com}}
紧急联系人：{{P:欧阳国胜}}（父） {{M:b}}
护照：{{PP:E63180247}}（曾赴马来西亚交流）
聘用形式：合同制，试用期3个月，月薪4200元。
""",
)

add(
    "staff_health_summary_xlsx",
    "staff_health_check_summary",
    "xlsx",
    cats=["personnel", "medical"],
    sheets=[
        (
            "职工体检异常汇总",
            [
                ["2026年职工健康体检异常结果汇总（人事科留存）"],
                ["姓名", "科室", "年龄", "异常结果", "建议"],
                ["{{P:孙国平}}", "院办", 52, "颈动脉斑块、血脂高", "他汀治疗"],
                ["{{P:覃丽芬}}", "财务", 44, "甲状腺结节TI-RADS 3类", "半年复查"],
                ["{{P:谭秋云}}", "药房", 39, "乙肝表面抗原阳性", "调离配液岗位讨论"],
                ["{{P:廖长春}}", "后勤", 57, "空腹血糖9.6", "内分泌就诊"],
                ["{{P:许丽}}", "护理", 29, "妊娠（早孕）", "避免放射岗位"],
            ],
            {"merge": ["A1:E1"]},
        ),
    ],
)

add(
    "reward_punishment_docx",
    "reward_punishment",
    "docx",
    cats=["personnel"],
    blocks=[
        "# 关于对相关人员处理意见的报告（内部）",
        "[[date:2026年9月14日]]，门诊药房发生一起发药差错，将患者{{P:巫桂枝}}的氨氯地平片错发为格列美脲片，致患者低血糖昏迷，经抢救后好转。",
        "经调查，当班药师{{P:谭秋云}}未执行“四查十对”，核对药师{{P:邝少华}}离岗。",
        "处理意见：1. 给予{{P:谭秋云}}警告处分，扣发当月绩效；2. 对{{P:邝少华}}通报批评；3. 赔偿患者医疗费用3860元，由院方先行垫付。",
        "另：{{P:伍香莲}}在暴雨中上门为失能老人换药，拟给予院内嘉奖，奖金500元。",
    ],
)

add(
    "reward_punishment_md",
    "reward_punishment",
    "md",
    cats=["personnel"],
    text="""\
## 2026年度先进个人推荐名单（院务会讨论稿，勿外传）

| 科室 | 推荐人选 | 主要事迹 |
|---|---|---|
| 公卫科 | {{P:佘建军}} | 全年完成老年人体检3210人 |
| 内科 | {{P:雷雨萍}} | 抢救急性心梗2例成功转诊 |
| 护理 | {{P:伍香莲}} | 上门护理126人次 |
| 中医科 | {{P:眭晓雯}} | 推广中医适宜技术 |

未推荐：{{P:郦志华}}（本年度有投诉）。
""",
)

add(
    "recruitment_scores_xlsx",
    "recruitment_result_unpublished",
    "xlsx",
    cats=["personnel"],
    sheets=[
        (
            "面试成绩",
            [
                [None],
                [None, "2026年编外人员招聘面试成绩（公示前不得外泄）"],
                [
                    None,
                    "岗位",
                    "姓名",
                    "身份证号",
                    "笔试",
                    "面试",
                    "总成绩",
                    "排名",
                    "是否进入体检",
                ],
                [
                    None,
                    "护理",
                    "{{P:蒯小燕}}",
                    "{{ID:430281-20000507-F}}",
                    78.5,
                    84.2,
                    81.92,
                    1,
                    "是",
                ],
                [
                    None,
                    "护理",
                    "{{P:甘美琪}}",
                    "{{ID:430281-19990126-F}}",
                    80.0,
                    79.6,
                    79.76,
                    2,
                    "是",
                ],
                [
                    None,
                    "护理",
                    "{{P:巫晓敏}}",
                    "{{ID:430281-20010830-F}}",
                    72.5,
                    81.0,
                    77.60,
                    3,
                    "否",
                ],
                [
                    None,
                    "检验",
                    "{{P:宓俊杰}}",
                    "{{ID:430281-19981217-M}}",
                    69.0,
                    77.4,
                    74.04,
                    1,
                    "是",
                ],
            ],
            {"merge": ["B2:I2"]},
        ),
    ],
)

add(
    "bonus_distribution_txt",
    "payroll",
    "txt",
    cats=["personnel", "financial"],
    text="""\
年终绩效分配方案（讨论稿）

一、总额：县卫健局核定年终绩效总额96万元。
二、分配：院领导按全院平均2倍以内；临床一线系数1.2，医技1.0，行政后勤0.8。
三、个人测算（部分）：
    {{P:韩震东}}（院长）   3.8万元
    {{P:孙国平}}（副院长） 3.2万元
    {{P:雷雨萍}}           2.6万元
    {{P:廖长春}}           0.9万元（考核不合格，按50%发放）
四、本方案经职代会通过前不得公开。
""",
)
# ---------------------------------------------------------------- secret: operations -------
add(
    "procurement_plan_xlsx",
    "procurement_plan",
    "xlsx",
    cats=["operations"],
    sheets=[
        (
            "2027年一季度药品采购计划",
            [
                ["2027年一季度药品采购计划（内部）"],
                ["编制：药剂科 {{P:谭秋云}}", None, None, None, None, None, None, None],
                ["药品名称", "规格", "单位", "数量", "采购单价", "金额", "供应商", "联系人/电话"],
                [
                    "阿莫西林胶囊",
                    "0.25g×24粒",
                    "盒",
                    600,
                    4.35,
                    2610,
                    "湘药康通医药有限公司",
                    "{{P:芮志强}} {{M:a}}",
                ],
                [
                    "苯磺酸氨氯地平片",
                    "5mg×28片",
                    "盒",
                    900,
                    12.6,
                    11340,
                    "湘药康通医药有限公司",
                    "{{P:芮志强}} {{M:a}}",
                ],
                [
                    "二甲双胍缓释片",
                    "0.5g×30片",
                    "盒",
                    1200,
                    8.9,
                    10680,
                    "国控株洲医药有限公司",
                    "{{P:晁春梅}} {{M:b}}",
                ],
                [
                    "门冬胰岛素注射液",
                    "3ml:300U",
                    "支",
                    150,
                    38.5,
                    5775,
                    "国控株洲医药有限公司",
                    "{{P:晁春梅}} {{M:b}}",
                ],
                [
                    "0.9%氯化钠注射液",
                    "250ml",
                    "瓶",
                    5000,
                    1.86,
                    9300,
                    "醴陵康华药业有限公司",
                    "{{P:仉德明}} {{M:c}}",
                ],
            ],
            {"merge": ["A1:H1"]},
        ),
    ],
)

add(
    "procurement_plan_docx",
    "procurement_plan",
    "docx",
    cats=["operations"],
    blocks=[
        "# 关于购置医疗设备的采购计划（报院务会）",
        "根据业务发展需要，拟于2027年上半年购置以下设备，资金来源为中央转移支付项目资金：",
        [
            ["设备名称", "数量", "预算单价(万元)", "意向品牌", "询价供应商"],
            ["数字化X线摄影系统(DR)", "1", "86", "国产", "长沙迈瑞康医疗设备有限公司"],
            ["全自动生化分析仪", "1", "32", "国产", "株洲康达医疗器械有限公司"],
            ["心电监护仪", "6", "1.8", "不限", "株洲康达医疗器械有限公司"],
        ],
        "询价联系人：长沙迈瑞康 {{P:阚卫东}}，手机{{M:a}}，地址{{A:长沙市岳麓区麓谷大道668号B栋1203}}；株洲康达 {{P:邢丽君}}，手机{{M:b}}，地址{{A:株洲市荷塘区新华东路39号}}。",
        "注意：预算单价及意向品牌属于采购前保密信息，在招标公告发布前不得向任何供应商透露。",
    ],
)

add(
    "supplier_list_xlsx",
    "supplier_list",
    "xlsx",
    cats=["operations"],
    sheets=[
        (
            "合格供应商名录",
            [
                ["卫生院合格供应商名录（2026年版）"],
                [None],
                [
                    "序号",
                    "供应商名称",
                    "统一社会信用代码",
                    "类别",
                    "联系人",
                    "电话",
                    "地址",
                    "邮箱",
                ],
                [
                    1,
                    "湘药康通医药有限公司",
                    "{{U:430100-91-a}}",
                    "药品",
                    "{{P:芮志强}}",
                    "{{M:a}}",
                    "{{A:长沙市雨花区劳动东路139号新城新世界C栋}}",
                    "{{E:kangtong_sales@126.com}}",
                ],
                [
                    2,
                    "国控株洲医药有限公司",
                    "{{U:430200-91-b}}",
                    "药品",
                    "{{P:晁春梅}}",
                    "{{M:b}}",
                    "{{A:株洲市天元区黄河北路1108号}}",
                    "{{E:zzgk_chao@sinopharm-zz.cn}}",
                ],
                [
                    3,
                    "醴陵康华药业有限公司",
                    "{{U:430281-91-c}}",
                    "输液",
                    "{{P:仉德明}}",
                    "{{M:c}}",
                    "{{A:醴陵市经济开发区东富工业园8号}}",
                    "",
                ],
                [
                    4,
                    "株洲康达医疗器械有限公司",
                    "{{U:430202-91-d}}",
                    "器械",
                    "{{P:邢丽君}}",
                    "{{M:d}}",
                    "{{A:株洲市荷塘区新华东路39号}}",
                    "{{E:kangda_xlj@qq.com}}",
                ],
                [
                    5,
                    "醴陵市绿源医疗废物处置有限公司",
                    "{{U:430281-91-e}}",
                    "医废处置",
                    "{{P:裘国良}}",
                    "{{T:0731-23318806}}",
                    "{{A:醴陵市孙家湾镇林场路2号}}",
                    "",
                ],
            ],
            {"merge": ["A1:H1"]},
        ),
        (
            "评价",
            [
                ["供应商", "年度评价", "问题"],
                ["醴陵康华药业有限公司", "合格", "两次延迟送货"],
                ["湘药康通医药有限公司", "优秀", ""],
            ],
        ),
    ],
)

add(
    "supplier_list_csv",
    "supplier_list",
    "csv",
    cats=["operations"],
    enc="utf-8-sig",
    rows=[
        ["供应商", "信用代码", "联系人", "手机", "开户行", "账号", "送货地址"],
        [
            "长沙迈瑞康医疗设备有限公司",
            "{{U:430104-91-a}}",
            "{{P:阚卫东}}",
            "{{M:a}}",
            "招商银行长沙麓谷支行",
            "{{C:621483-19-a}}",
            "{{A:长沙市岳麓区麓谷大道668号B栋1203}}",
        ],
        [
            "湖南洁康消毒用品有限公司",
            "{{U:430111-91-b}}",
            "{{P:甄小红}}",
            "{{M:b}}",
            "农业银行雨花支行",
            "{{C:622848-19-b}}",
            "{{A:长沙市雨花区洞井街道板塘路55号}}",
        ],
        [
            "醴陵市宏远办公设备经营部",
            "{{U:430281-92-c}}",
            "{{P:阎宏远}}",
            "{{M:c}}",
            "农商银行",
            "{{C:623668-19-c}}",
            "{{A:醴陵市西山街道前进路41号}}",
        ],
    ],
)

add(
    "asset_inventory_xlsx",
    "asset_inventory",
    "xlsx",
    cats=["operations"],
    sheets=[
        (
            "固定资产盘点",
            [
                ["2026年固定资产清查盘点表", None, None, None, None, None, None, None],
                ["盘点人：{{P:廖长春}}、{{P:覃丽芬}}", None, None, None, None, None, None, None],
                ["资产编号", "名称", "型号", "购置日期", "原值", "存放地点", "使用人", "盘点结果"],
                [
                    "[[asset_no:ZC-2019-0031]]",
                    "彩色多普勒超声",
                    "DC-40",
                    "[[date:2019-06-20]]",
                    568000,
                    "B超室",
                    "{{P:艾晓菲}}",
                    "账实相符",
                ],
                [
                    "[[asset_no:ZC-2021-0107]]",
                    "全自动血细胞分析仪",
                    "BC-5000",
                    "[[date:2021-03-11]]",
                    126000,
                    "检验科",
                    "{{P:甘露}}",
                    "账实相符",
                ],
                [
                    "[[asset_no:ZC-2016-0012]]",
                    "救护车",
                    "江铃特顺",
                    "[[date:2016-09-01]]",
                    238000,
                    "车库",
                    "{{P:东方红梅}}",
                    "待报废",
                ],
                [
                    "[[asset_no:ZC-2022-0210]]",
                    "笔记本电脑",
                    "ThinkPad E14",
                    "[[date:2022-05-18]]",
                    5600,
                    "财务室",
                    "{{P:覃丽芬}}",
                    "盘亏（丢失）",
                ],
            ],
            {"merge": ["A1:H1"]},
        ),
    ],
)

add(
    "asset_inventory_csv",
    "asset_inventory",
    "csv",
    cats=["operations"],
    enc="gbk",
    rows=[
        ["资产编号", "资产名称", "原值(元)", "累计折旧", "净值", "状态"],
        ["[[asset_no:ZC-2018-0044]]", "电子胃镜", "312000", "280800", "31200", "在用"],
        ["[[asset_no:ZC-2020-0093]]", "除颤仪", "48000", "28800", "19200", "在用"],
        ["[[asset_no:ZC-2015-0008]]", "X光机（模拟）", "180000", "171000", "9000", "闲置，拟处置"],
        ["[[asset_no:ZC-2023-0155]]", "中药煎药机", "36000", "10800", "25200", "在用"],
    ],
)

add(
    "drug_writeoff_docx",
    "drug_writeoff_approval",
    "docx",
    cats=["operations", "financial"],
    blocks=[
        "^过期失效药品报损审批表",
        [
            ["药品名称", "规格", "批号", "数量", "金额(元)", "原因"],
            [
                "头孢呋辛钠注射剂",
                "0.75g",
                "[[batch_no:2304118]]",
                "120支",
                "[[amount:468.00]]",
                "过期",
            ],
            [
                "复方甘草口服溶液",
                "100ml",
                "[[batch_no:22110567]]",
                "35瓶",
                "[[amount:113.75]]",
                "过期",
            ],
            [
                "人血白蛋白",
                "10g",
                "[[batch_no:20240316]]",
                "2瓶",
                "[[amount:760.00]]",
                "冷链故障失效",
            ],
        ],
        "报损总金额1341.75元。冷链故障原因：[[date:10月3日]]夜间停电，冰箱温度记录仪未报警，当班{{P:谭秋云}}未及时发现。",
        "药剂科：{{P:谭秋云}}　财务：{{P:覃丽芬}}　分管院长：{{P:孙国平}}",
    ],
)

add(
    "drug_writeoff_pdf",
    "drug_writeoff_approval",
    "pdf",
    cats=["operations"],
    blocks=[
        "# 药品销毁记录",
        "销毁时间：[[date:2026年11月25日]]　地点：醴陵市绿源医疗废物处置有限公司焚烧车间",
        [
            ["品名", "批号", "数量", "销毁方式"],
            ["盐酸哌替啶注射液（空安瓿）", "[[batch_no:210506-1]]", "46支", "焚烧"],
            ["地西泮片（过期）", "[[batch_no:20220818]]", "3瓶", "焚烧"],
            ["其他过期药品", "见附表", "1箱", "焚烧"],
        ],
        "监销人：{{P:孙国平}}、{{P:谭秋云}}；处置单位：{{P:裘国良}}。",
        "麻精药品销毁须报县卫健局备案。",
    ],
)

add(
    "emergency_plan_docx",
    "emergency_plan",
    "docx",
    cats=["operations"],
    header="内部资料 注意保存",
    mark=("内部资料 注意保存", None, False),
    blocks=[
        "# 突发公共卫生事件应急预案（2026年修订）",
        "一、组织机构：成立应急领导小组，组长{{P:韩震东}}，副组长{{P:孙国平}}、{{P:鄢志刚}}。",
        "二、应急队伍：医疗救治组、流调消杀组、后勤保障组。",
        "三、联络方式（24小时开机）：",
        [
            ["职务", "姓名", "手机", "住址"],
            ["组长", "{{P:韩震东}}", "{{M:han}}", "{{A:醴陵市阳三石街道瓷城大道218号}}"],
            ["副组长", "{{P:孙国平}}", "{{M:sun}}", "{{A:芦溪镇建设街16号}}"],
            ["救治组长", "{{P:雷雨萍}}", "{{M:lei}}", "{{A:芦溪镇东风村2组}}"],
            ["流调组长", "{{P:佘建军}}", "{{M:she}}", "{{A:芦溪镇芦溪街48号3楼}}"],
        ],
        "四、启动条件：同一村组3天内出现5例以上相同症状病例；不明原因死亡；食物中毒10人以上。",
        "五、物资储备：N95口罩2000只、防护服300套，存放于后勤仓库（钥匙：{{P:廖长春}}）。",
    ],
)

add(
    "emergency_contacts_pdf",
    "emergency_plan",
    "pdf",
    cats=["operations"],
    blocks=[
        "# 防汛救灾医疗保障应急通讯录",
        "（仅限应急队员使用，不得外传）",
        [
            ["组别", "姓名", "手机", "备注"],
            ["医疗队1组", "{{P:夏侯敏}}", "{{M:a}}", "带队"],
            ["医疗队1组", "{{P:公孙丽}}", "{{M:b}}", ""],
            ["医疗队2组", "{{P:尉迟云}}", "{{M:c}}", "带队"],
            ["司机", "{{P:东方红梅}}", "{{M:d}}", "救护车"],
            ["物资", "{{P:端木志新}}", "{{M:e}}", "仓库"],
        ],
        "县卫健局应急办（公开值班电话）：[[public_phone:0734-6221045]]；全国急救电话[[hotline:120]]。",
    ],
)

add(
    "business_stats_xlsx",
    "unpublished_statistics",
    "xlsx",
    cats=["operations"],
    sheets=[
        (
            "业务量",
            [
                ["1-10月主要业务指标完成情况（未经统计局核定，不对外）"],
                ["指标", "年度目标", "1-10月完成", "完成率", "同比"],
                ["门急诊人次", 52000, 41876, "80.5%", "-3.2%"],
                ["出院人次", 1800, 1326, "73.7%", "-9.8%"],
                ["病床使用率", "75%", "61.4%", None, "-6.1个百分点"],
                ["家庭医生签约率", "45%", "38.7%", None, ""],
                ["老年人体检人数", 3500, 3210, "91.7%", "+4.1%"],
            ],
            {"merge": ["A1:E1"]},
        ),
        ("排名", [["县内15家卫生院综合排名", "第11名"], ["扣分项", "住院人次下降、医保基金超支"]]),
    ],
)

add(
    "target_selfcheck_md",
    "unpublished_statistics",
    "md",
    cats=["operations"],
    text="""\
# 目标管理责任书完成情况自查（上报县卫健局前内部稿）

- 基本公共卫生服务项目：综合完成率 87%，高血压规范管理率 58%（目标 62%，**未完成**）
- 门诊人次：完成年度目标 80%，预计全年缺口约 4000 人次
- 药占比 38.6%，完成
- 拟在上报材料中说明：住院人次下降主要因县医院医共体分流

> 数据未经核实前，不得对外引用。
""",
)

add(
    "expansion_plan_docx",
    "expansion_plan",
    "docx",
    cats=["operations", "financial"],
    blocks=[
        "# 关于建设医养结合中心的初步设想（院长办公会材料）",
        "一、选址：拟利用卫生院北侧闲置土地约3.2亩，与芦溪镇政府协商无偿划拨。",
        "二、规模：床位60张，其中护理床位40张，总投资约1200万元，拟申请专项债600万元，自筹300万元，引入社会资本300万元。",
        "三、合作方：已与湘康养老服务有限公司（{{U:430281-91}}）初步接触，对方负责人{{P:冉正明}}（{{M:a}}）。",
        "四、风险：社会资本方要求经营期20年，可能与公益属性冲突。",
        "本材料为初步设想，尚未报上级审批，请勿外传。",
    ],
)

add(
    "insurance_selfcheck_rules_md",
    "internal_workflow",
    "md",
    cats=["operations"],
    text="""\
# 医保基金使用内部自查工作规范（内部）

1. 每月5日前由医保办导出上月住院结算清单，重点核查：
   - 分解住院（15日内同一诊断再次入院）
   - 挂床住院（夜间查房不在床）
   - 超量开药（慢病处方>30天量）
2. 发现问题由医保办出具整改单，科室3日内回复。
3. 自查结果只报院长，不在院周会通报；县医保局飞行检查前，提前一周组织病历复核。
4. 本规范为内部工作规范，不得对外公开。
""",
)

add(
    "price_inquiry_txt",
    "price_inquiry_record",
    "txt",
    cats=["operations"],
    text="""\
询价记录（医用耗材）  [[date:2026-10-16]]

品名：一次性使用输液器（带针） 规格：0.7# 年用量约6万套

供应商A：湖南洁康消毒用品有限公司  联系人 {{P:甄小红}} {{M:a}}  报价 0.86元/套
供应商B：株洲康达医疗器械有限公司  联系人 {{P:邢丽君}} {{M:b}}  报价 0.92元/套
供应商C：醴陵市宏远办公设备经营部  无资质，不予考虑

议价后A降至0.81元/套。询价人：{{P:廖长春}}、{{P:谭秋云}}
各供应商报价互相保密。
""",
)

add(
    "target_completion_docx",
    "unpublished_statistics",
    "docx",
    cats=["operations"],
    blocks=[
        "^各村卫生室公卫任务完成进度通报（内部）",
        [
            ["村卫生室", "村医", "老年人体检", "高血压随访", "糖尿病随访", "排名"],
            ["东风村", "{{P:匡德胜}}", "96%", "88%", "85%", "1"],
            ["石桥村", "{{P:禹小平}}", "91%", "79%", "80%", "2"],
            ["清水村", "{{P:瞿德胜}}", "74%", "62%", "58%", "5"],
            ["新塘村", "{{P:黎国强}}", "69%", "55%", "51%", "6"],
        ],
        "排名后两位的村医本季度补助下浮20%，名单不在村医群公布。",
    ],
)
# ---------------------------------------------------------------- secret: other ------------
add(
    "cooperation_agreement_docx",
    "cooperation_agreement",
    "docx",
    cats=["other"],
    footer="本协议内容双方保密，未经对方同意不得向第三方披露",
    blocks=[
        "^医疗合作协议（草签稿）",
        "甲方：芦溪镇卫生院　统一社会信用代码：{{U:430281-12-a}}",
        "乙方：醴陵瑞康口腔门诊部　统一社会信用代码：{{U:430281-92-b}}",
        "乙方负责人：{{P:诸葛瑞康}}，身份证号{{ID:430281-19830417-M}}，电话{{M:a}}，住{{A:醴陵市来龙门街道南正街22号}}",
        "第一条　甲方提供门诊楼二楼两间诊室，乙方派驻口腔医师每周三天坐诊。",
        "第二条　收入分成：乙方按口腔业务收入的18%向甲方支付场地及管理费用。",
        "第三条　合作期限三年，自[[date:2027年1月1日]]起。",
        "第四条　本协议在正式签署及报县卫健局备案前，双方均不得对外公开。",
        "甲方代表：{{P:韩震东}}　　乙方代表：{{P:诸葛瑞康}}",
    ],
)

add(
    "cooperation_agreement_pdf",
    "cooperation_agreement",
    "pdf",
    cats=["other"],
    blocks=[
        "# 远程心电诊断合作框架协议（未签署）",
        "甲方：白兔潭镇卫生院",
        "乙方：湖南心联健康科技有限公司（{{U:430100-91}}）",
        "联系人：{{P:岑子豪}}　{{M:a}}　{{E:cenzihao@xinlianhealth.cn}}",
        [
            ["条款", "内容"],
            ["服务内容", "乙方提供12导联远程心电设备2台及24小时诊断服务"],
            ["费用", "每例诊断15元，年保底服务费3万元"],
            ["数据", "心电数据存储于乙方云平台，乙方不得用于商业用途"],
            ["保密", "协议条款属商业秘密"],
        ],
    ],
)

add(
    "county_letter_inspection_docx",
    "superior_letter_marked",
    "docx",
    cats=["other"],
    mark=("秘密★1年", 1, False),
    header="秘密★1年",
    blocks=[
        "^县卫生健康局关于开展医疗机构暗访检查的通知",
        "各乡镇卫生院：",
        "为加强医疗质量和医保基金监管，局党组决定于[[date:2026年12月]]中下旬对部分乡镇卫生院开展暗访检查。暗访时间、对象和路线严格保密，各单位不得打听、不得相互通报。",
        "暗访组组长：{{P:邹明亮}}（局纪检组），成员{{P:卓晓丽}}、{{P:尚文博}}。",
        "联系人：{{P:卓晓丽}}　{{M:a}}",
        ">县卫生健康局办公室　[[date:2026年12月1日]]",
    ],
)

add(
    "county_letter_targets_pdf",
    "superior_letter_marked",
    "pdf",
    cats=["other", "operations"],
    mark=("工作秘密★2年", 2, False),
    header="工作秘密★2年",
    blocks=[
        "# 关于下达2027年基层医疗机构绩效考核指标的通知",
        "工作秘密★2年",
        "各乡镇卫生院：现将2027年绩效考核指标下达如下，考核结果与院长年薪挂钩。",
        [
            ["卫生院", "门急诊人次目标", "住院人次目标", "签约率目标", "院长联系人"],
            ["芦溪镇卫生院", "55000", "1900", "48%", "{{P:韩震东}}"],
            ["白兔潭镇卫生院", "48000", "2100", "45%", "{{P:谭永康}}"],
            ["南岭镇卫生院", "36000", "1200", "45%", "{{P:粟国强}}"],
        ],
        "县卫健局基层股 {{P:尚文博}} {{T:0731-23228416}}",
    ],
)

add(
    "county_letter_petition_txt",
    "superior_letter_marked",
    "txt",
    cats=["other"],
    mark=("此件不公开，阅后收回", None, False),
    text="""\
此件不公开，阅后收回

县卫生健康局
关于信访件办理情况的函

芦溪镇卫生院：
群众{{P:亓秀兰}}（电话 {{M:a}}，住{{A:芦溪镇东风村3组}}）多次来电反映，其子在你院输液后出现皮疹，认为院方隐瞒药物不良反应。请你院于5个工作日内核实，书面报局医政股。
信访人信息严格保密，不得向被反映人透露。

经办人：{{P:卓晓丽}}
[[date:2026年11月8日]]
""",
)

add(
    "county_quality_bulletin_md",
    "superior_letter_marked",
    "md",
    cats=["other"],
    mark=("内部资料 注意保存", None, False),
    text="""\
**内部资料 注意保存**

# 全县医疗质量安全督查情况通报（内部）

一、督查发现问题
1. 芦溪镇卫生院：病历书写不规范率 23%，处方点评不合格 6 张；
2. 白兔潭镇卫生院：院感消毒记录造假嫌疑，已约谈院长{{P:谭永康}}；
3. 南岭镇卫生院：发生一起药品调配差错未上报。

二、处理意见
对白兔潭镇卫生院通报批评，扣年度考核分 5 分。本通报仅发至各院院长，不得转发、不得上网。

县卫生健康局医政医管股 [[date:2026年10月]]
""",
)

add(
    "county_event_support_docx",
    "state_secret_marked",
    "docx",
    cats=["other"],
    mark=("机密★5年", 5, True),
    header="机密★5年",
    blocks=[
        "^关于重大活动期间医疗卫生保障工作的通知",
        "机密★5年",
        "各有关单位：",
        "根据上级部署，[[date:2027年1月]]在我县举行的重要活动期间，由县人民医院和芦溪镇卫生院承担医疗保障任务。保障对象、行程路线属于国家秘密，严禁传阅、复印、拍照。",
        "保障医疗组组长：{{P:鄢志刚}}；联络员：{{P:吴晓燕}}（{{M:a}}）。",
        "本件由机要渠道传递，阅后交机要室。",
    ],
)

add(
    "county_emergency_summary_pdf",
    "state_secret_marked",
    "pdf",
    cats=["other"],
    mark=("机密", None, True),
    header="机密",
    blocks=[
        "# 突发事件应急处置方案（摘要）",
        "本件定密为机密，保密期限按上级规定执行。",
        "联络人：县卫健局应急办 {{P:邹明亮}}。",
        "核心内容见正式文件，各单位不得留存电子版。",
    ],
)

add(
    "investment_draft_docx",
    "external_investment",
    "docx",
    cats=["other", "financial"],
    blocks=[
        "# 关于参股成立县域医学检验中心的请示（草稿）",
        "县卫生健康局：",
        "为提升检验能力，我院拟与株洲金检医学检验实验室有限公司（{{U:430200-91}}）合作，共同出资设立县域医学检验中心。我院以设备作价出资约45万元，占股15%。",
        "对方联系人：{{P:冼志明}}，{{M:a}}，{{E:xianzm@jinjianlab.com}}。",
        "该事项尚在论证，未经批准不得对外透露。",
    ],
)

add(
    "meeting_minutes_md",
    "meeting_minutes",
    "md",
    cats=["other", "personnel"],
    text="""\
# 院务会会议纪要（第19次）

时间：[[date:2026年11月26日]]　地点：三楼会议室
会议由{{P:韩震东}}主持，{{P:孙国平}}、{{P:鄢志刚}}、{{P:吴晓燕}}、{{P:覃丽芬}}出席，{{P:廖长春}}列席。

议定事项：
1. 同意与瑞康口腔门诊部合作（协议暂不公开），由{{P:孙国平}}负责谈判；
2. 同意对{{P:谭秋云}}给予警告处分；
3. 县局暗访检查通知（秘密件）已传达，要求各科自查，不得打听暗访安排；
4. 年终绩效方案提交职代会。
""",
)

add(
    "meeting_minutes_txt",
    "meeting_minutes",
    "txt",
    cats=["other"],
    enc="gbk",
    text="""\
医共体理事会（扩大）会议记录
时间：[[date:2026-09-20]]  地点：县人民医院行政楼
出席：{{P:梅振华}}（县人民医院院长）、{{P:韩震东}}、{{P:谭永康}}、{{P:粟国强}}
记录：{{P:吴晓燕}}

讨论县医院托管南岭镇卫生院方案：托管期5年，县医院派驻执行院长，南岭镇卫生院财务统一核算。
{{P:粟国强}}提出担心人员编制被上收；{{P:梅振华}}表示编制不变。
方案需报县政府常务会审定，会前不得对外透露。
""",
)

add(
    "superior_instruction_docx",
    "superior_letter_marked",
    "docx",
    cats=["other", "medical"],
    mark=("秘密", None, False),
    header="秘密",
    blocks=[
        "^关于做好聚集性疫情处置信息管理的通知",
        "各卫生院：",
        "近期我县某学校发生诺如病毒聚集性疫情，病例信息及调查报告由县疾控统一发布，各单位不得自行对外发布或向媒体透露。",
        "芦溪镇卫生院接诊病例：{{P:訾梓豪}}（学生，家长{{P:訾建业}} {{M:a}}）、{{P:芮雨萱}}（学生）。",
        "县疾控联系人：{{P:仝海涛}}。",
    ],
)

add(
    "mediation_agreement_txt",
    "superior_letter_marked",
    "txt",
    cats=["other", "medical"],
    mark=("秘密 保密期限：30年", 30, False),
    text="""\
秘密 保密期限：30年

医疗纠纷调解协议（副本）

甲方：芦溪镇卫生院
乙方：{{P:巫桂枝}}（患者），委托代理人{{P:巫建明}}（其子，{{ID:430281-19760305-M}}）
事由：[[date:2026年9月14日]]药房发药差错致乙方低血糖昏迷。
经县医调委调解，甲方一次性补偿乙方12000元，乙方不再就此事追究。双方对调解内容保密。
调解员：{{P:伏志坚}}
""",
)
# ---------------------------------------------------------------- secret: more formats / tricky
add(
    "staff_abroad_approval_xlsx",
    "staff_file",
    "xlsx",
    cats=["personnel"],
    sheets=[
        (
            "因私出国境备案",
            [
                ["工作人员因私出入境证件集中保管登记表"],
                ["保管人：{{P:宫丽娜}}", None, None, None, None, None, None],
                [None],
                ["姓名", "职务", "身份证号", "证件类型", "证件号码", "有效期至", "保管状态"],
                [
                    "{{P:韩震东}}",
                    "院长",
                    "{{ID:430281-19780309-M}}",
                    "护照",
                    "{{PP:E70352816}}",
                    "[[date:2031-05-20]]",
                    "在库",
                ],
                [
                    "{{P:孙国平}}",
                    "副院长",
                    "{{ID:430281-19740611-M}}",
                    "护照",
                    "{{PP:E58217403}}",
                    "[[date:2029-11-02]]",
                    "已借出（赴泰国旅游，[[date:12月20日]]归还）",
                ],
                [
                    "{{P:鄢志刚}}",
                    "副院长",
                    "{{ID:430281-19800122-M}}",
                    "护照",
                    "{{PP:EJ6104729}}",
                    "[[date:2033-02-28]]",
                    "在库",
                ],
            ],
            {"merge": ["A1:G1"]},
        ),
    ],
)

add(
    "returnee_monitoring_csv",
    "health_monitoring_register",
    "csv",
    cats=["medical"],
    enc="gbk",
    rows=[
        ["境外返乡人员健康监测登记（疟疾、登革热）", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["姓名", "护照号", "返回国家", "入境日期", "联系电话", "现住址", "监测结果"],
        [
            "{{P:蒯建华}}",
            "{{PP:E31960572}}",
            "尼日利亚",
            "[[date:2026-10-30]]",
            "{{M:a}}",
            "{{A:芦溪镇东风村6组}}",
            "11月3日发热，疟原虫镜检阳性，已转县疾控",
        ],
        [
            "{{P:怀德林}}",
            "{{PP:E44817305}}",
            "柬埔寨",
            "[[date:2026-11-06]]",
            "{{M:b}}",
            "{{A:芦溪镇东风村10组9号}}",
            "无异常",
        ],
        [
            "{{P:亓国庆}}",
            "{{PP:E29054618}}",
            "印度尼西亚",
            "[[date:2026-11-12]]",
            "{{M:c}}",
            "{{A:芦溪镇石泉村2组}}",
            "无异常，已解除监测",
        ],
    ],
)

add(
    "chronic_special_disease_csv",
    "chronic_disease_followup",
    "csv",
    cats=["medical"],
    enc="utf-8-sig",
    rows=[
        ["门诊慢特病待遇申报名单（第四批，报县医保局）"],
        ["序号", "姓名", "身份证号", "病种", "诊断医院", "联系电话", "初审意见"],
        [
            "1",
            "{{P:欧阳春生}}",
            "{{ID:430281-19590414-M}}",
            "慢性阻塞性肺疾病",
            "县人民医院",
            "{{M:a}}",
            "符合",
        ],
        [
            "2",
            "{{P:诸葛桂英}}",
            "{{ID:430281-19500903-F}}",
            "高血压（高危）",
            "县人民医院",
            "{{M:b}}",
            "符合",
        ],
        [
            "3",
            "{{P:晁永明}}",
            "{{ID:430281-19880617-M}}",
            "双相情感障碍",
            "市精神卫生中心",
            "{{M:c}}",
            "符合",
        ],
        [
            "4",
            "{{P:居小芳}}",
            "{{ID:430281-19930128-F}}",
            "系统性红斑狼疮",
            "湘雅二医院",
            "{{M:d}}",
            "资料不全",
        ],
    ],
)

add(
    "insurance_deduction_csv",
    "insurance_audit_deduction",
    "csv",
    cats=["operations", "medical", "financial"],
    enc="gbk",
    rows=[
        ["医保智能审核扣款明细（[[date:2026年9月]]）"],
        ["住院号", "结算流水号", "患者", "违规类型", "扣款金额", "责任医生"],
        [
            "{{R:ZY2026000712}}",
            "[[bad_id:430281-20260903-M]]",
            "{{P:郦春华}}",
            "超标准收费（静脉输液重复计费）",
            "[[amount:36.00]]",
            "{{P:饶冬生}}",
        ],
        [
            "{{R:ZY2026000738}}",
            "[[bad_id:430281-20260911-F]]",
            "{{P:庞德厚}}",
            "诊断与用药不符",
            "[[amount:412.50]]",
            "{{P:雷雨萍}}",
        ],
        [
            "{{R:ZY2026000751}}",
            "[[bad_id:430281-20260926-M]]",
            "{{P:谈玉莲}}",
            "分解住院",
            "[[amount:2860.00]]",
            "{{P:司马志刚}}",
        ],
        ["合计", "", "", "", "[[amount:3308.50]]", ""],
        ["扣款由责任医生按50%承担，从当月绩效扣除。本表不得在科室群转发。", "", "", "", ""],
    ],
)

add(
    "exam_scores_xlsx",
    "staff_evaluation",
    "xlsx",
    cats=["personnel"],
    sheets=[
        (
            "保密考试成绩",
            [
                [None, None, None, None, None],
                ["新职工保密知识考试成绩"],
                ["考试时间：[[date:2026年9月10日]]"],
                ["姓名", "科室", "成绩", "是否合格", "邮箱（成绩单发送）"],
                ["{{P:欧阳晓峰}}", "内科", 88, "合格", "{{E:ouyangxf97@163.com}}"],
                ["{{P:蒯小燕}}", "护理", 92, "合格", "{{E:kuaixy2000@qq.com}}"],
                ["{{P:甘美琪}}", "护理", 56, "不合格（补考）", "{{E:ganmeiqi_nurse@126.com}}"],
                ["{{P:宓俊杰}}", "检验", 74, "合格", "{{E:mijunjie@foxmail.com}}"],
            ],
            {"merge": ["A2:E2"]},
        ),
    ],
)

add(
    "village_doctor_contacts_xlsx",
    "staff_contact_list",
    "xlsx",
    cats=["personnel"],
    sheets=[
        (
            "村医通讯录",
            [
                ["乡村医生花名册（含身份证、银行卡，补助发放用）"],
                ["村卫生室", "姓名", "身份证号", "手机", "补助卡号", "住址"],
                [
                    "东风村",
                    "{{P:匡德胜}}",
                    "{{ID:430281-19680412-M}}",
                    "{{M:a}}",
                    "{{C:623668-19-a}}",
                    "{{A:芦溪镇东风村1组}}",
                ],
                [
                    "石桥村",
                    "{{P:禹小平}}",
                    "{{ID:430281-19750830-M}}",
                    "{{M:b}}",
                    "{{C:623668-19-b}}",
                    "{{A:南岭镇石桥村3组}}",
                ],
                [
                    "清水村",
                    "{{P:瞿德胜}}",
                    "{{ID:430281-19640219-M}}",
                    "{{M:c}}",
                    "{{C:623668-19-c}}",
                    "{{A:白兔潭镇清水村2组}}",
                ],
                [
                    "新塘村",
                    "{{P:黎国强}}",
                    "{{ID:430281-19790504-M}}",
                    "{{M:d}}",
                    "{{C:622848-19-d}}",
                    "{{A:芦溪镇新塘村4组18号}}",
                ],
            ],
            {"merge": ["A1:F1"]},
        ),
        (
            "补助标准",
            [
                ["项目", "标准"],
                ["基本公卫补助", "按服务人口每人每年5元"],
                ["村医养老补助", "每月200元"],
            ],
        ),
    ],
)

add(
    "lab_results_aligned_txt",
    "lab_report",
    "txt",
    cats=["medical"],
    text="""\
检验科 [[date:2026-11-25]] 危急值登记

时间     姓名          住院/门诊号          项目         结果        报告对象
-------  ------------  -------------------  -----------  ----------  ----------
09:12    {{P:欧阳德才}}      {{R:ZY2026000998}}         血钾         6.8 mmol/L  {{P:司马志刚}}
10:47    {{P:闻美凤}}        {{R:MZ20261125021}}        血糖         1.9 mmol/L  {{P:柏林生}}
15:30    {{P:诸葛兰芝}}      {{R:MZ20261125063}}        血红蛋白     46 g/L      {{P:禹小平}}

登记人：{{P:甘露}}
""",
)
# ================================================================ NOT SECRET ================
# ---------------------------------------------------------------- health-education leaflets
LEAFLETS = [
    (
        "hypertension",
        "高血压患者自我管理要点",
        [
            "高血压是最常见的慢性病之一，早期多无症状，很多患者是在体检时才被诊断。",
            "一、每天测量血压：早晨起床后1小时内、晚上睡前各测一次，连续测量7天，记录后带给您的主治医师。",
            "二、坚持服药：降压药不能“血压正常就停”，擅自停药可能引起血压反跳、诱发脑卒中。",
            "三、减少食盐：每人每天食盐不超过5克，少吃腌菜、腊肉、咸鱼。",
            "四、控制体重、戒烟限酒、规律运动，每周至少5天、每次30分钟快走。",
            "五、出现剧烈头痛、胸痛、一侧肢体无力时，立即拨打[[hotline:120]]。",
            "65岁以上老年人可到卫生院免费测量血压、建立健康档案。",
        ],
    ),
    (
        "diabetes",
        "糖尿病饮食“五要五不要”",
        [
            "要定时定量，不要暴饮暴食；要粗细搭配，不要只吃精米白面；",
            "要多吃蔬菜，不要用水果代替正餐；要清淡少油，不要油炸食品；要少量多餐，不要饮酒。",
            "空腹血糖≥7.0 mmol/L或餐后2小时血糖≥11.1 mmol/L，应到医院进一步诊断。",
            "糖尿病患者每季度可享受一次免费随访和血糖检测。",
        ],
    ),
    (
        "influenza",
        "秋冬季流感预防小贴士",
        [
            "流感是由流感病毒引起的急性呼吸道传染病，通过飞沫和接触传播。",
            "接种流感疫苗是预防流感最有效的手段，60岁以上老人、6月龄至5岁儿童、慢性病患者、孕妇优先接种。",
            "勤洗手，咳嗽打喷嚏时用纸巾或肘部遮挡；人群密集场所戴口罩。",
            "出现发热、咳嗽、肌肉酸痛时及时就诊，不要自行服用抗生素。",
        ],
    ),
    (
        "hfmd",
        "手足口病家长须知",
        [
            "手足口病多见于5岁以下儿童，主要症状为发热，手、足、口腔、臀部出现皮疹或疱疹。",
            "大多数患儿症状轻微，一周左右自愈；少数患儿可出现脑炎、肺水肿等重症。",
            "如患儿出现持续高热、精神差、呕吐、肢体抖动，须立即送医。",
            "预防：饭前便后洗手，玩具餐具消毒，接种EV71疫苗（自愿自费）。",
            "患儿应居家隔离至症状消失后一周，不要去幼儿园。",
        ],
    ),
    (
        "rabies",
        "被猫狗抓咬伤后怎么办？",
        [
            "狂犬病一旦发病，病死率几乎100%，但可以通过及时规范处置来预防。",
            "第一步：立即用肥皂水和流动清水交替冲洗伤口至少15分钟；第二步：用碘伏消毒；第三步：尽快到犬伤门诊接种狂犬病疫苗，III级暴露还需注射被动免疫制剂。",
            "本院犬伤门诊24小时开诊。",
            "咨询电话：[[public_phone:0731-23456120]]（卫生院总机）",
        ],
    ),
    (
        "heatstroke",
        "防暑降温 预防中暑",
        [
            "高温天气尽量避免10时至16时在户外劳作；多喝淡盐水，不要等口渴才喝水。",
            "发现有人中暑：迅速移至阴凉通风处，解开衣扣，用湿毛巾擦身降温；意识不清者立即拨打[[hotline:120]]。",
            "老人、儿童、慢性病患者是中暑高危人群，家人应多关注。",
        ],
    ),
    (
        "food_safety",
        "农村家庭宴席食品安全提示",
        [
            "举办家宴前向村食品安全信息员报备；厨师应持有效健康证明。",
            "不采食野生蘑菇，不食用病死畜禽；剩菜剩饭须彻底加热。",
            "出现多人呕吐、腹泻，应立即就医并报告卫生院。",
        ],
    ),
    (
        "tobacco",
        "吸烟有害健康 戒烟越早越好",
        [
            "烟草烟雾中含有7000多种化学物质，其中69种为已知致癌物。",
            "二手烟同样有害，对孕妇和儿童危害更大。",
            "戒烟任何时候都不晚：戒烟20分钟后心率下降，1年后冠心病风险降低一半。",
            "需要帮助，请拨打全国戒烟热线[[hotline:400-888-5531]]或卫生健康热线[[hotline:12320]]。",
        ],
    ),
    (
        "tuberculosis",
        "咳嗽咳痰两周以上，警惕肺结核",
        [
            "肺结核是通过呼吸道传播的慢性传染病。咳嗽、咳痰两周以上，或痰中带血，应怀疑肺结核。",
            "国家对肺结核患者的检查和治疗提供部分免费政策，确诊患者需坚持规范服药6～8个月。",
            "县疾控中心结核病门诊每周一至周五接诊。",
        ],
    ),
    (
        "hiv",
        "预防艾滋病 你我共参与",
        [
            "艾滋病通过性接触、血液和母婴三种途径传播，日常学习工作接触不会传播。",
            "坚持正确使用安全套，不共用注射器。",
            "各县疾控中心和部分卫生院提供免费自愿咨询检测，检测信息严格保密。",
        ],
    ),
    (
        "pregnancy",
        "孕期保健时间表",
        [
            "孕13周前：建立《母子健康手册》，进行第一次产前检查。",
            "孕16～20周、21～24周：产前检查，唐氏筛查或无创DNA检查（自愿）。",
            "孕28～36周：每两周检查一次；孕37周后：每周一次。",
            "出现阴道流血、腹痛、胎动减少、头痛眼花，须立即就诊。",
            "农村孕产妇住院分娩可享受补助。",
        ],
    ),
    (
        "child_vaccine",
        "儿童预防接种须知",
        [
            "儿童出生后应按国家免疫规划程序按时接种疫苗，免费疫苗包括乙肝、卡介苗、脊灰、百白破、麻腮风、乙脑、流脑、甲肝等。",
            "接种当天带好预防接种证，孩子发热、急性疾病期间应暂缓接种。",
            "接种后在留观区观察30分钟。",
            "接种门诊时间：每周二、周四上午。",
        ],
    ),
    (
        "elderly_check",
        "65岁以上老年人免费健康体检",
        [
            "凡辖区内65岁及以上常住居民，每年可享受一次免费健康体检。",
            "项目包括：一般体格检查、血常规、尿常规、肝功能、肾功能、血脂、空腹血糖、心电图、腹部B超。",
            "体检前一天晚餐后禁食，次日早上空腹来院，携带身份证或社保卡。",
            "体检结果将由家庭医生告知并给予健康指导。",
        ],
    ),
    (
        "stroke",
        "识别中风“120”口诀",
        [
            "“1”看一张脸：口角歪斜；“2”查两只胳膊：一侧无力；“0”聆听语言：言语不清。",
            "出现以上任一症状，立即拨打[[hotline:120]]，记住发病时间。",
            "溶栓治疗的黄金时间是发病后4.5小时内。",
        ],
    ),
    (
        "copd",
        "慢阻肺患者的呼吸锻炼",
        [
            "缩唇呼吸：用鼻吸气2秒，缩唇缓慢呼气4～6秒。",
            "腹式呼吸：一手放胸前，一手放腹部，吸气时腹部鼓起。",
            "每天练习2～3次，每次10～15分钟。戒烟是延缓慢阻肺进展最有效的措施。",
        ],
    ),
    (
        "oral",
        "儿童口腔保健",
        [
            "孩子长出第一颗牙就应开始刷牙，3岁以上使用含氟牙膏，用量豌豆大小。",
            "每半年检查一次口腔，适龄儿童可免费进行窝沟封闭。",
            "少吃甜食、少喝含糖饮料。",
        ],
    ),
    (
        "myopia",
        "预防近视 从小做起",
        [
            "每天户外活动2小时以上；读写做到“一尺一拳一寸”。",
            "控制电子产品使用时间，小学生每次不超过15分钟。",
            "每年至少进行两次视力检查。",
        ],
    ),
    (
        "drowning",
        "暑期防溺水“六不准”",
        [
            "不准私自下水游泳；不准擅自与他人结伴游泳；不准在无家长带领的情况下游泳；",
            "不准到无安全设施、无救援人员的水域游泳；不准到不熟悉的水域游泳；不准盲目下水施救。",
            "发现有人溺水，立即呼救并拨打[[hotline:110]]、[[hotline:120]]。",
        ],
    ),
    (
        "rational_drug",
        "合理用药五大核心信息",
        [
            "能不用药就不用，能口服不肌注，能肌注不输液。",
            "抗生素是处方药，不能自行购买使用；感冒多为病毒感染，抗生素无效。",
            "用药前仔细阅读说明书，按医嘱服用，不要随意加减剂量。",
            "家庭小药箱定期清理过期药品。",
        ],
    ),
    (
        "mental",
        "关注心理健康",
        [
            "持续两周以上情绪低落、兴趣减退、睡眠差，可能是抑郁的信号。",
            "心理问题可以治疗，主动求助不丢人。",
            "全国心理援助热线：[[hotline:12356]]。",
        ],
    ),
]
_LEAFLET_FORMATS = ["md", "txt", "pdf", "docx"]
for _i, (_name, _title, _paras) in enumerate(LEAFLETS):
    _fmt = _LEAFLET_FORMATS[_i % 4]
    _foot = "芦溪镇卫生院健康教育宣传栏" if _i % 3 else "白兔潭镇卫生院 宣"
    if _fmt == "md":
        add(
            f"leaflet_{_name}",
            "health_education_leaflet",
            "md",
            public=True,
            text=f"# {_title}\n\n" + "\n\n".join(_paras) + f"\n\n—— {_foot}\n",
        )
    elif _fmt == "txt":
        add(
            f"leaflet_{_name}",
            "health_education_leaflet",
            "txt",
            public=True,
            enc="gbk" if _i % 2 else "utf-8",
            text=f"【{_title}】\n" + "\n".join(_paras) + f"\n{_foot}\n",
        )
    elif _fmt == "pdf":
        add(
            f"leaflet_{_name}",
            "health_education_leaflet",
            "pdf",
            public=True,
            footer=_foot,
            blocks=[f"# {_title}"] + _paras,
        )
    else:
        add(
            f"leaflet_{_name}",
            "health_education_leaflet",
            "docx",
            public=True,
            footer=_foot,
            blocks=[f"^{_title}"] + _paras,
        )
# ---------------------------------------------------------------- public notices -----------
add(
    "notice_outpatient_hours",
    "public_notice",
    "txt",
    public=True,
    text="""\
关于调整冬季门诊时间的公告

各位患者及家属：
自[[date:2026年11月1日]]起，我院门诊执行冬季作息时间：上午8:00-12:00，下午14:00-17:30。急诊、住院部24小时服务不变。
预约及咨询电话：[[public_phone:0731-23456120]]
地址：[[public_address:芦溪镇芦溪街1号]]
特此公告。

芦溪镇卫生院
[[date:2026年10月25日]]
""",
)

add(
    "notice_water_outage",
    "public_notice",
    "md",
    public=True,
    text="""\
# 停电通知

因供电线路检修，[[date:12月9日]]（周三）8:30—15:00 门诊楼停电。期间B超、放射、检验暂停，急诊、住院部由备用电源供电。
给您带来不便，敬请谅解。咨询：[[public_phone:0731-23456120]]

白兔潭镇卫生院 后勤科
""",
)

add(
    "notice_free_clinic",
    "public_notice",
    "docx",
    public=True,
    footer="欢迎广大群众参加",
    blocks=[
        "^义诊活动通知",
        "为庆祝第9个“中国医师节”，我院将联合县人民医院专家在芦溪镇集市开展大型义诊活动。",
        "时间：[[date:2026年8月19日]]上午8:30—11:30",
        "地点：芦溪镇农贸市场门口",
        "内容：免费测血压、血糖，心内科、骨科、妇科、儿科主治医师现场咨询，发放健康教育资料。",
        "请有需要的群众携带既往病历、检查报告前来。",
        ">芦溪镇卫生院　[[date:2026年8月12日]]",
    ],
)

add(
    "notice_flu_vaccine",
    "public_notice",
    "pdf",
    public=True,
    blocks=[
        "# 2026-2027年度流感疫苗接种开始啦",
        "我院预防接种门诊已到货流感疫苗（三价、四价），接种对象为6月龄以上无禁忌人群。",
        "60岁以上老年人可免费接种三价流感疫苗（县财政补助），请携带身份证。",
        "接种时间：周一至周五 8:00-11:30",
        "咨询电话：[[public_phone:0734-6625120]]",
    ],
)

add(
    "notice_spring_festival",
    "public_notice",
    "txt",
    public=True,
    enc="gbk",
    text="""\
春节期间门诊安排

[[date:2月15日]]（除夕）至2月21日：门诊上午开诊，下午停诊；急诊、住院部正常。
2月22日起恢复正常门诊。
值班电话：[[public_phone:0731-23456120]]（24小时）
祝全镇人民新春愉快，身体健康！
""",
)

add(
    "notice_blood_donation",
    "public_notice",
    "md",
    public=True,
    text="""\
## 无偿献血倡议

热血相融，生命相依。县中心血站采血车将于[[date:11月28日]]上午到镇政府广场。
18～55周岁健康公民均可献血，献血前一晚清淡饮食，当天吃早餐。
献血者及其家属用血可按规定报销。
""",
)

add(
    "notice_family_doctor",
    "public_notice",
    "docx",
    public=True,
    blocks=[
        "^家庭医生签约服务告居民书",
        "尊敬的居民朋友：",
        "签约家庭医生后，您可享受：健康档案管理、慢病随访、预约转诊、上门服务（失能老人）、用药指导等服务。",
        "基础服务包免费，个性化服务包按县医保局核定标准收费。",
        "签约方式：到村卫生室或卫生院公卫科办理，带身份证、户口本。",
        "监督电话：[[hotline:12345]]",
    ],
)

add(
    "notice_service_prices",
    "public_notice",
    "xlsx",
    public=True,
    sheets=[
        (
            "收费公示",
            [
                ["医疗服务项目价格公示"],
                ["根据县医疗保障局核定，现将我院常用医疗服务项目收费标准公示如下："],
                ["项目名称", "单位", "单价(元)", "说明"],
                ["普通门诊诊查费", "次", 10, "含一般检查"],
                ["主治医师诊查费", "次", 15, None],
                ["静脉输液", "组", 6, "第二组起每组2元"],
                ["肌肉注射", "次", 2.5, None],
                ["血常规", "次", 20, None],
                ["心电图", "次", 25, "十二导联"],
                ["B超（腹部）", "次", 80, None],
                ["普通病房床位费", "床日", 30, None],
                ["价格投诉电话：[[hotline:12345]]", None, None, None],
            ],
            {"merge": ["A1:D1", "A2:D2"]},
        ),
    ],
)

add(
    "notice_drug_price",
    "public_notice",
    "csv",
    public=True,
    enc="utf-8-sig",
    rows=[
        ["常用药品价格公示（零差率销售）"],
        ["药品名称", "规格", "单位", "零售价(元)", "生产企业"],
        ["硝苯地平缓释片", "20mg×30片", "盒", "7.80", "某制药有限公司"],
        ["二甲双胍片", "0.25g×48片", "盒", "3.12", "某药业股份有限公司"],
        ["阿莫西林胶囊", "0.25g×24粒", "盒", "4.35", "某制药厂"],
        ["布洛芬缓释胶囊", "0.3g×20粒", "盒", "6.90", "某药业有限公司"],
    ],
)

add(
    "notice_recruitment",
    "recruitment_announcement",
    "docx",
    public=True,
    blocks=[
        "^南岭镇卫生院2026年公开招聘编外工作人员公告",
        "根据工作需要，经县卫健局同意，我院面向社会公开招聘编外工作人员5名。",
        [
            ["岗位", "人数", "学历", "专业", "其他条件"],
            ["护士", "3", "大专及以上", "护理学", "取得护士执业资格"],
            ["检验技士", "1", "大专及以上", "医学检验技术", "35周岁以下"],
            ["会计", "1", "本科及以上", "会计学", "初级会计职称"],
        ],
        "薪酬待遇：试用期月薪3500元，转正后按院内绩效方案执行，缴纳五险。",
        "报名时间：[[date:2026年7月1日]]至7月7日；报名地点：卫生院三楼办公室。",
        "咨询电话：[[public_phone:0739-5321109]]",
        "监督电话：县卫健局人事股 [[public_phone:0739-5220317]]",
    ],
)

add(
    "notice_recruitment_result",
    "recruitment_announcement",
    "txt",
    public=True,
    text="""\
关于2026年公开招聘编外工作人员面试安排的公告

通过资格审查的考生请于[[date:7月20日]]上午8:00到卫生院三楼会议室参加面试，凭准考证和身份证入场。
面试采取结构化面试方式，满分100分，总成绩=笔试×40%+面试×60%。
面试成绩和拟聘用人员名单将在县卫健局网站公示。
""",
)

add(
    "notice_complaint",
    "public_notice",
    "md",
    public=True,
    text="""\
# 投诉渠道公示

您对我院的医疗服务有任何意见和建议，可以通过以下方式反映：

| 渠道 | 方式 |
|---|---|
| 院内投诉 | 门诊大厅意见箱；院办 [[public_phone:0731-23456102]] |
| 县卫生健康局 | [[public_phone:0731-23221234]] |
| 政务服务便民热线 | [[hotline:12345]] |
| 卫生健康热线 | [[hotline:12320]] |

我院承诺：接到投诉后1个工作日内回复，5个工作日内办结。
""",
)

add(
    "notice_institution_info",
    "hospital_public_info",
    "pdf",
    public=True,
    blocks=[
        "# 医院简介",
        "芦溪镇卫生院始建于1952年，是一所集医疗、预防、保健、康复、健康教育为一体的一级甲等综合医院，服务人口3.1万人。",
        "现有编制床位60张，在职职工89人，其中副主任医师3人、主治医师14人。设有内科、外科、妇产科、儿科、中医科、公共卫生科、检验科、放射科、B超室等科室。",
        "2025年门急诊5.2万人次，出院1800余人次。",
        "地址：[[public_address:芦溪镇芦溪街1号]]　总机：[[public_phone:0731-23456120]]",
    ],
)

add(
    "notice_dept_intro",
    "hospital_public_info",
    "docx",
    public=True,
    blocks=[
        "^科室介绍：中医科",
        "中医科开展针灸、推拿、拔罐、艾灸、穴位贴敷、中药熏蒸等中医适宜技术，擅长颈肩腰腿痛、面瘫、中风后遗症康复等。",
        "每年三伏天开展“冬病夏治”三伏贴，适用于慢性支气管炎、哮喘、过敏性鼻炎患者。",
        "门诊时间：周一至周六上午。",
    ],
)

add(
    "notice_patient_rights",
    "published_policy",
    "txt",
    public=True,
    text="""\
患者的权利与义务

患者权利：
1. 享有获得及时、规范医疗服务的权利；
2. 享有知情同意权，有权了解自己的病情、诊断、治疗方案和费用；
3. 享有隐私权，医院对患者的病历资料和个人信息保密；
4. 享有投诉和获得赔偿的权利。
患者义务：
1. 如实提供病史；2. 遵守医院规章制度；3. 尊重医务人员；4. 按规定缴纳医疗费用。
""",
)

add(
    "notice_medical_insurance_qa",
    "public_notice",
    "md",
    public=True,
    text="""\
# 城乡居民医保常见问题解答

**问：在卫生院住院报销比例是多少？**
答：乡镇卫生院住院起付线200元，政策范围内报销90%。

**问：异地就医怎么办？**
答：先在“国家医保服务平台”APP备案，再到定点医院直接结算。

**问：门诊慢特病怎么申请？**
答：携带二级以上医院诊断证明和近期检查资料，到镇医保经办窗口申请，经专家鉴定通过后享受待遇。

**问：2027年个人缴费标准？**
答：以县医保局正式公告为准，咨询[[hotline:12393]]。
""",
)
# ---------------------------------------------------------------- published policies -------
add(
    "policy_confidentiality",
    "published_policy",
    "docx",
    public=True,
    header="芦溪镇卫生院规章制度汇编",
    blocks=[
        "^工作秘密管理制度",
        "第一条　为加强本院工作秘密管理，根据有关法律法规，制定本制度。",
        "第二条　本制度所称工作秘密，是指本院在履行职责过程中产生或获取的、不属于国家秘密但尚未公开、一旦泄露会给本院工作带来不利影响的信息。",
        "第三条　工作秘密范围包括：（一）患者姓名、身份证号、联系方式、家庭住址、病史、诊断及检查检验结果等隐私信息；（二）预算、决算、成本核算数据和收费标准调整方案；（三）人事档案、考核评价结果、薪酬待遇、奖惩、任免和调动信息；（四）未公开的业务统计、采购计划、供应商信息和采购价格、应急预案；（五）未公开的合作协议及上级要求保密的事项。",
        "第四条　含工作秘密的文件应标注“秘密”字样和保密期限，不得对外公开，不得在互联网和微信群中传输。",
        "第五条　借阅含工作秘密的资料，须填写借阅申请表，经科室负责人和分管领导审批。",
        "第六条　工作秘密销毁须采取粉碎、焚烧或电子擦除方式，销毁记录保存不少于三年。",
        "第七条　违反本制度造成泄密的，按情节轻重追究责任。",
        "第八条　本制度自印发之日起施行。",
    ],
)

add(
    "policy_first_diagnosis",
    "published_policy",
    "txt",
    public=True,
    text="""\
首诊负责制度

一、首诊医师对所接诊的患者负责到底，不得推诿。
二、首诊医师应详细询问病史、认真体格检查，及时书写门诊病历，作出初步诊断。
三、对不属于本科室诊治范围的患者，首诊医师应在病历上写明诊断意见，并负责联系相关科室会诊或转诊。
四、危重患者须先抢救、后转科；需转上级医院的，首诊医师须评估转运风险，并护送或电话交接。
五、主治医师对下级医师的首诊工作负有指导和检查责任。
""",
)

add(
    "policy_infection_control",
    "published_policy",
    "pdf",
    public=True,
    blocks=[
        "# 消毒隔离制度",
        "1. 医务人员应严格执行手卫生规范，诊疗每位患者前后均应洗手或使用速干手消毒剂。",
        "2. 无菌物品一人一用一灭菌，一次性医疗用品不得重复使用。",
        "3. 注射室、换药室、治疗室每日紫外线消毒一次，每次不少于30分钟，并做好记录。",
        "4. 传染病患者的诊疗用品专用，用后按规定消毒；发热患者在发热门诊诊治。",
        "5. 医疗废物分类收集，由专人每日运送至暂存点，交有资质的单位集中处置。",
    ],
)

add(
    "policy_medical_waste",
    "published_policy",
    "md",
    public=True,
    text="""\
# 医疗废物管理制度

1. 医疗废物分为感染性、损伤性、病理性、药物性、化学性五类，分类收集于黄色包装袋或利器盒。
2. 包装物达到3/4满时封口，贴标签，注明产生科室、日期、类别。
3. 暂存时间不得超过48小时。
4. 转运交接填写《危险废物转移联单》，资料保存3年。
5. 发生医疗废物流失、泄漏时，立即报告院感科并采取措施。
""",
)

add(
    "policy_prescription",
    "published_policy",
    "docx",
    public=True,
    blocks=[
        "^处方管理制度",
        "一、处方由注册的执业医师开具，经药师审核、调配、核对后方可发出。",
        "二、处方一般不得超过7日用量；急诊处方一般不得超过3日用量；慢性病、老年病可适当延长，最长不超过12周。",
        "三、麻醉药品和第一类精神药品使用专用处方（淡红色），由取得麻醉药品处方权的医师开具。",
        "四、药师调剂处方时必须做到“四查十对”。",
        "五、处方保存期限：普通处方1年，急诊处方1年，麻醉药品处方3年。",
    ],
)

add(
    "policy_budget_management",
    "published_policy",
    "docx",
    public=True,
    blocks=[
        "^预算管理办法",
        "第一条　为规范预算管理，根据《中华人民共和国预算法》和县财政局有关规定，制定本办法。",
        "第二条　本院实行全面预算管理，收支全部纳入预算。",
        "第三条　预算编制遵循“以收定支、收支平衡、统筹兼顾、保证重点”的原则。",
        "第四条　单项支出在5万元以上的项目须经院务会集体决策；50万元以上的须报县卫健局审批。",
        "第五条　预算执行中确需调整的，由财务科提出调整方案，经院务会审议后报批。",
        "第六条　年度终了，财务科编制决算报告，经审计后在院务公开栏公开。",
    ],
)

add(
    "policy_procurement",
    "published_policy",
    "txt",
    public=True,
    enc="gbk",
    text="""\
物资采购管理制度

一、采购实行计划管理。各科室于每月25日前提交下月采购申请。
二、单价1000元以上或批量5000元以上的物资，须三家以上询价比价。
三、药品、耗材一律通过省药品集中采购平台采购，严禁线下采购。
四、政府采购限额标准以上的项目，委托采购代理机构公开招标。
五、采购人员与供应商有利害关系的应当回避；任何人不得收受回扣。
六、验收由使用科室、仓库保管员和采购员三方共同进行。
""",
)

add(
    "policy_reimbursement",
    "published_policy",
    "md",
    public=True,
    text="""\
# 差旅费报销规定

- 市内公务出行原则上使用单位车辆，不报销出租车费（夜间急诊除外）。
- 出差住宿标准：省内地级市每人每天不超过350元，县城不超过280元。
- 伙食补助每人每天100元，市内交通补助每人每天80元。
- 报销须附发票、出差审批单，公务卡消费的须使用公务卡结算。
- 报销单经科室负责人、财务审核、院长审批后支付。
""",
)

add(
    "policy_attendance",
    "published_policy",
    "pdf",
    public=True,
    blocks=[
        "# 考勤及请休假管理规定",
        "一、工作人员实行指纹考勤，每日上下班各打卡一次。",
        "二、迟到、早退每次扣绩效20元；旷工一天扣绩效300元，连续旷工15天以上按规定解除聘用合同。",
        "三、事假一次不超过3天由科室负责人审批，超过3天由院长审批；病假须附医院诊断证明。",
        "四、婚假、产假、陪产假按《湖南省人口与计划生育条例》执行。",
        "五、年度考核优秀比例不超过工作人员总数的20%。",
    ],
)

add(
    "policy_disputes",
    "published_policy",
    "docx",
    public=True,
    blocks=[
        "^医疗纠纷预防与处理办法",
        "一、患者对诊疗有异议的，可向医务科投诉，医务科应在5个工作日内答复。",
        "二、发生医疗纠纷，病历资料应在医患双方在场的情况下封存。",
        "三、患者死亡，双方对死因有异议的，应在48小时内进行尸检。",
        "四、可通过双方协商、人民调解、行政调解、诉讼等途径解决。县医疗纠纷人民调解委员会免费调解。",
    ],
)

add(
    "policy_basic_ph_services",
    "published_policy",
    "md",
    public=True,
    text="""\
# 国家基本公共卫生服务项目简介

国家基本公共卫生服务项目由政府出资，向城乡居民免费提供，主要包括：

1. 居民健康档案管理
2. 健康教育
3. 预防接种
4. 0～6岁儿童健康管理
5. 孕产妇健康管理
6. 老年人健康管理
7. 慢性病患者健康管理（高血压、2型糖尿病）
8. 严重精神障碍患者管理
9. 肺结核患者健康管理
10. 中医药健康管理
11. 传染病及突发公共卫生事件报告和处理
12. 卫生监督协管

2026年人均补助标准为94元。
""",
)

add(
    "policy_info_disclosure",
    "published_policy",
    "txt",
    public=True,
    text="""\
院务公开制度

一、公开内容：医院基本情况、服务项目、收费标准、药品价格、就医流程、投诉渠道；年度预算和决算（经主管部门批复后）；招聘、采购结果。
二、公开形式：院务公开栏、电子显示屏、县卫健局网站。
三、涉及国家秘密、工作秘密和患者个人隐私的信息不予公开。
四、院务公开领导小组每季度检查一次公开情况。
""",
)

add(
    "policy_critical_values",
    "published_policy",
    "pdf",
    public=True,
    blocks=[
        "# 危急值报告制度",
        "检验科、放射科、B超室等医技科室发现危急值时，应立即复核，确认后10分钟内电话通知临床科室，并做好登记。",
        [
            ["项目", "危急值范围"],
            ["血钾", "<2.8 或 >6.2 mmol/L"],
            ["血糖", "<2.2 或 >22.2 mmol/L"],
            ["血红蛋白", "<50 g/L"],
            ["血小板", "<30×10^9/L"],
            ["心电图", "急性心肌梗死、室颤、三度房室传导阻滞"],
        ],
        "临床科室接到危急值后，主管医师应在30分钟内处理，并在病程记录中记载。",
    ],
)
# ---------------------------------------------------------------- blank forms / templates ---
add(
    "form_health_check_form",
    "blank_form_template",
    "docx",
    public=True,
    blocks=[
        "^健康体检表",
        [
            ["姓名", "", "性别", "", "年龄", ""],
            ["身份证号", "", "联系电话", "", "民族", ""],
            ["现住址", "", "", "", "", ""],
            ["血压", "    /    mmHg", "心率", "   次/分", "BMI", ""],
            ["心电图", "", "空腹血糖", "", "总胆固醇", ""],
            ["B超", "", "", "", "", ""],
            ["体检结论", "", "", "", "", ""],
        ],
        "主检医师签名：__________　　日期：____年__月__日",
    ],
)

add(
    "form_referral_form",
    "blank_form_template",
    "pdf",
    public=True,
    blocks=[
        "# 双向转诊单（转出）",
        "________________医院：",
        "现有患者________，性别____，年龄____，因病情需要，需转入贵单位，请予接诊。",
        "初步印象：______________________________",
        "主要现病史（转出原因）：______________________________",
        "主要既往史：______________________________",
        "治疗经过：______________________________",
        "转诊医生（签字）：________　联系电话：________________",
        "________（机构名称）　____年__月__日",
    ],
)

add(
    "form_leave_form",
    "blank_form_template",
    "xlsx",
    public=True,
    sheets=[
        (
            "请假单",
            [
                ["工作人员请（休）假审批表"],
                [None],
                ["姓名", None, "科室", None],
                ["请假类别", "□事假 □病假 □婚假 □产假 □年休假 □其他", None, None],
                ["请假时间", "自   年  月  日至   年  月  日，共   天", None, None],
                ["事由", None, None, None],
                ["科室负责人意见", None, "分管领导意见", None],
                ["院长意见", None, None, None],
            ],
            {"merge": ["A1:D1"]},
        ),
    ],
)

add(
    "form_reimbursement_form",
    "blank_form_template",
    "docx",
    public=True,
    blocks=[
        "^费用报销单",
        [
            ["报销部门", "", "报销日期", ""],
            ["费用项目", "摘要", "金额（元）", "附件张数"],
            ["", "", "", ""],
            ["", "", "", ""],
            ["合计（大写）", "", "¥", ""],
            ["收款人", "", "公务卡/银行卡号", ""],
            ["经办人", "审核", "院长", ""],
        ],
    ],
)

add(
    "form_followup_form",
    "blank_form_template",
    "pdf",
    public=True,
    blocks=[
        "# 2型糖尿病患者随访服务记录表",
        "姓名：__________　　编号□□□-□□□□□",
        [
            ["随访日期", "", "", "", ""],
            ["随访方式", "1门诊 2家庭 3电话", "", "", ""],
            ["症状", "1无症状 2多饮 3多食 4多尿 5视力模糊 6感染 7手脚麻木", "", "", ""],
            ["空腹血糖值", "mmol/L", "", "", ""],
            ["服药依从性", "1规律 2间断 3不服药", "", "", ""],
            ["此次随访分类", "1控制满意 2控制不满意 3不良反应 4并发症", "", "", ""],
            ["下次随访日期", "", "", "", ""],
            ["随访医生签名", "", "", "", ""],
        ],
    ],
)

add(
    "form_prescription",
    "blank_form_template",
    "txt",
    public=True,
    text="""\
                         ××镇卫生院处方笺
普通
费别：□公费 □自费 □医保 □其他          NO.
门诊/住院病历号：____________            科别：________
姓名：__________  性别：____  年龄：____  开具日期：____年__月__日
临床诊断：________________________________
Rp.



医师：__________  药品金额：________
审核药师：______  调配药师：______  核对、发药药师：______
""",
)

add(
    "form_family_doctor_agreement",
    "blank_form_template",
    "docx",
    public=True,
    blocks=[
        "^家庭医生签约服务协议书",
        "甲方（家庭医生团队）：____________________",
        "乙方（签约居民）：姓名________　身份证号____________________　联系电话____________",
        "家庭住址：________________________________",
        "一、甲方为乙方提供基本医疗、基本公共卫生和约定的健康管理服务。",
        "二、乙方应如实提供健康信息，配合甲方开展随访。",
        "三、本协议有效期一年，期满后双方无异议自动续约。",
        "甲方签字：________　　乙方签字：________　　____年__月__日",
    ],
)

add(
    "form_death_certificate",
    "blank_form_template",
    "pdf",
    public=True,
    blocks=[
        "# 居民死亡医学证明（推断）书（样表）",
        [
            ["死者姓名", "", "性别", "", "民族", ""],
            ["有效身份证件类别", "", "证件号码", "", "", ""],
            ["常住地址", "", "", "", "", ""],
            ["死亡日期", "年 月 日 时", "死亡地点", "", "", ""],
            ["(a)直接死因", "", "", "", "", ""],
            ["(b)引起(a)的疾病", "", "", "", "", ""],
            ["根本死因", "", "", "", "", ""],
            ["医师签名", "", "填表日期", "", "", ""],
        ],
        "注：此证明书由医疗卫生机构填写，共四联，第一联为存根。",
    ],
)

add(
    "form_procurement_request",
    "blank_form_template",
    "xlsx",
    public=True,
    sheets=[
        (
            "采购申请",
            [
                ["物资采购申请表"],
                ["申请科室：", None, "申请日期：", None, None, None],
                ["序号", "物资名称", "规格型号", "数量", "预算单价", "预算金额"],
                [1, None, None, None, None, None],
                [2, None, None, None, None, None],
                [3, None, None, None, None, None],
                ["合计", None, None, None, None, None],
                ["申请人：", None, "科室负责人：", None, "分管院长：", None],
            ],
            {"merge": ["A1:F1"]},
        ),
    ],
)

add(
    "form_supplier_registration",
    "blank_form_template",
    "docx",
    public=True,
    blocks=[
        "^供应商登记表",
        [
            ["供应商名称", ""],
            ["统一社会信用代码", ""],
            ["注册地址", ""],
            ["法定代表人", ""],
            ["业务联系人", ""],
            ["联系电话", ""],
            ["电子邮箱", ""],
            ["开户行及账号", ""],
            ["经营范围", ""],
            ["资质证书", "□营业执照 □药品经营许可证 □医疗器械经营许可证 □授权委托书"],
        ],
        "填表说明：所填信息须真实有效，并加盖单位公章。",
    ],
)

add(
    "form_duty_roster",
    "blank_form_template",
    "csv",
    public=True,
    enc="gbk",
    rows=[
        ["____年__月 值班安排表", "", "", "", ""],
        ["日期", "星期", "总值班", "医生", "护士"],
        ["", "", "", "", ""],
        ["", "", "", "", ""],
        ["", "", "", "", ""],
        ["备注：值班人员须24小时保持通讯畅通，不得擅自调班", "", "", "", ""],
    ],
)

add(
    "form_payslip_template",
    "blank_form_template",
    "xlsx",
    public=True,
    sheets=[
        (
            "工资条模板",
            [
                [
                    "姓名",
                    "基本工资",
                    "绩效工资",
                    "津补贴",
                    "应发合计",
                    "代扣社保",
                    "代扣公积金",
                    "个税",
                    "实发",
                ],
                [None, None, None, None, "=B2+C2+D2", None, None, None, "=E2-F2-G2-H2"],
            ],
        ),
        ("填写说明", [["1. 每月5日前由财务室填写；"], ["2. 工资条发放到本人，不得张贴。"]]),
    ],
)

add(
    "form_evaluation_form",
    "blank_form_template",
    "docx",
    public=True,
    blocks=[
        "^事业单位工作人员年度考核登记表",
        [
            ["姓名", "", "性别", "", "出生年月", ""],
            ["单位及职务", "", "", "", "", ""],
            ["本年度工作总结", "", "", "", "", ""],
            ["主管领导评语和考核等次建议", "□优秀 □合格 □基本合格 □不合格", "", "", "", ""],
            ["考核委员会意见", "", "", "", "", ""],
            ["本人意见", "", "", "", "", ""],
        ],
    ],
)

add(
    "form_vaccination_register",
    "blank_form_template",
    "csv",
    public=True,
    enc="utf-8-sig",
    rows=[
        [
            "接种日期",
            "儿童姓名",
            "性别",
            "出生日期",
            "监护人",
            "联系电话",
            "疫苗名称",
            "剂次",
            "批号",
            "接种部位",
            "接种者",
        ],
        ["", "", "", "", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", "", "", "", ""],
    ],
)

add(
    "form_handover_record",
    "blank_form_template",
    "txt",
    public=True,
    enc="gbk",
    text="""\
护理交接班记录本（空白页）

日期：____年__月__日    班次：□白班 □小夜 □大夜
原有____人  入院____人  出院____人  转出____人  死亡____人  现有____人
病危____人  病重____人  手术____人

床号 | 姓名 | 诊断 | 病情及交班内容
-----|------|------|------------------------------
     |      |      |
     |      |      |

交班人：________    接班人：________
""",
)

add(
    "form_ambulance_record",
    "blank_form_template",
    "md",
    public=True,
    text="""\
# 院前急救出车记录单（模板）

- 接警时间：____时____分　　出车时间：____时____分　　到达时间：____时____分
- 呼救人：________　　回拨电话：________________
- 患者姓名：________　性别：__　年龄：__
- 地址：________________________________
- 主诉：________________________________
- 现场处置：□心肺复苏 □吸氧 □止血包扎 □固定 □静脉通道 □其他
- 去向：□本院 □县级医院 □拒绝转运（须签字）
- 出车医生：______　护士：______　司机：______
""",
)

add(
    "form_asset_card",
    "blank_form_template",
    "pdf",
    public=True,
    blocks=[
        "# 固定资产卡片",
        [
            ["资产编号", "", "资产名称", ""],
            ["规格型号", "", "生产厂家", ""],
            ["购置日期", "", "原值（元）", ""],
            ["使用科室", "", "使用人", ""],
            ["折旧年限", "", "存放地点", ""],
            ["变动记录", "", "", ""],
        ],
    ],
)

add(
    "form_access_request",
    "blank_form_template",
    "docx",
    public=True,
    blocks=[
        "^涉密资料借阅申请表",
        [
            ["申请人", "", "所在科室", ""],
            ["借阅资料名称", "", "", ""],
            ["借阅用途", "", "", ""],
            ["借阅日期", "", "拟归还日期", ""],
            ["科室负责人意见", "", "分管领导意见", ""],
            ["保密领导小组组长意见", "", "", ""],
            ["实际归还日期", "", "经办人", ""],
        ],
        "注：借阅资料不得复制、转借，须按期归还。",
    ],
)
# ---------------------------------------------------------------- training slides (internal) -
add(
    "training_cpr",
    "training_slides",
    "md",
    text="""\
# 心肺复苏（CPR）培训

---
## 第1页 识别心脏骤停
- 拍打双肩、大声呼叫，无反应
- 观察胸廓起伏5～10秒，无呼吸或仅有濒死叹息样呼吸

---
## 第2页 胸外按压
- 部位：两乳头连线中点
- 频率：100～120次/分；深度：5～6厘米
- 按压与通气比 30:2

---
## 第3页 除颤
- AED到达后立即使用，尽量缩短按压中断时间

---
## 考核
每位医护人员每年须通过一次CPR技能考核。
""",
)

add(
    "training_infection",
    "training_slides",
    "pdf",
    blocks=[
        "# 院感防控培训：手卫生",
        "## 幻灯片1 为什么要洗手",
        "医护人员的手是医院感染传播的最主要途径。正确执行手卫生可使医院感染率降低30%以上。",
        "## 幻灯片2 两前三后",
        "接触患者前、清洁/无菌操作前；接触体液后、接触患者后、接触患者周围环境后。",
        "## 幻灯片3 七步洗手法",
        "内、外、夹、弓、大、立、腕，每步不少于15秒。",
        "## 幻灯片4 本院手卫生依从性",
        "2025年全院抽查依从率 72%，目标 ≥ 85%。",
    ],
)

add(
    "training_rational_drug",
    "training_slides",
    "docx",
    blocks=[
        "# 抗菌药物合理使用培训",
        "1. 抗菌药物分级管理：非限制使用级、限制使用级、特殊使用级。乡镇卫生院医师原则上只能使用非限制级和限制级。",
        "2. 门诊患者抗菌药物使用率不超过20%，住院患者不超过60%。",
        "3. 病例讨论：一名患者诊断“上呼吸道感染”，处方头孢曲松静滴3天——是否合理？（答：病毒感染不宜使用抗菌药物。）",
        "4. 处方点评结果将与绩效挂钩。",
    ],
)

add(
    "training_records_writing",
    "training_slides",
    "txt",
    text="""\
《病历书写基本规范》要点培训（幻灯片文字稿）

P1  病历是医疗纠纷中的重要证据
P2  入院记录应于患者入院后24小时内完成；首次病程记录8小时内完成
P3  主治医师首次查房记录应于患者入院48小时内完成
P4  抢救记录应在抢救结束后6小时内据实补记
P5  常见问题：复制粘贴、诊断前后矛盾、知情同意书缺患者签字
P6  示例（已脱敏）：患者×××，男，65岁，因“胸痛2小时”入院……
P7  小测验：病历中的修改应如何进行？
""",
)

add(
    "training_confidentiality",
    "training_slides",
    "md",
    text="""\
# 保密知识培训（新职工入职）

## 一、什么是工作秘密
不属于国家秘密、尚未公开、泄露后会造成不利影响的信息。

## 二、常见泄密场景
- 在微信群里发患者化验单照片
- 用私人U盘拷贝工资表
- 把体检名单打印后遗忘在复印机上

## 三、怎么做
- 含患者信息的文件标“秘密”，期限按制度执行
- 身份证号要脱敏，例如 [[masked_id:4302**********1234]]
- 示例校验练习：下面这个号码校验位是否正确？ [[bad_id:430281-19900101-M]]（答：不正确）

## 四、考试
培训后进行闭卷考试，60分合格。
""",
)

add(
    "training_fire_safety",
    "training_slides",
    "pdf",
    blocks=[
        "# 消防安全培训",
        "一、“四懂四会”：懂火灾危险性、懂预防措施、懂扑救方法、懂逃生方法；会报警、会使用灭火器、会扑救初起火灾、会组织疏散。",
        "二、灭火器使用：提、拔、握、压。",
        "三、住院部疏散：先疏散危重患者和行动不便者，护士负责清点人数。",
        "四、火警电话[[hotline:119]]。",
    ],
)

add(
    "training_infectious_report",
    "training_slides",
    "docx",
    blocks=[
        "# 传染病信息报告管理培训",
        "甲类传染病和按甲类管理的乙类传染病：诊断后2小时内网络直报。",
        "其他乙、丙类传染病：诊断后24小时内网络直报。",
        "报告卡填写常见错误：身份证号位数不对、现住址填写不详、发病日期晚于诊断日期。",
        "举例：身份证号 [[bad_id:430281-19851230-F]] 校验位错误，系统将提示“证件号码有误”。",
    ],
)

add(
    "training_tcm",
    "training_slides",
    "txt",
    enc="gbk",
    text="""\
中医适宜技术推广培训（第3讲：艾灸）

一、适应证：虚寒性胃痛、腹泻、痛经、关节冷痛。
二、禁忌证：实热证、阴虚发热、孕妇腹部和腰骶部。
三、操作：温和灸距皮肤2～3厘米，每穴10～15分钟，以局部温热红晕为度。
四、注意：防止烫伤，糖尿病患者感觉迟钝更要注意。
五、典故：李时珍《本草纲目》记载艾叶“灸之则透诸经而治百种病邪”。
""",
)

add(
    "training_communication",
    "training_slides",
    "md",
    text="""\
# 医患沟通技巧

1. 先听后说：让患者把话说完，平均不要打断超过18秒以内。
2. 用通俗语言解释诊断：少用专业术语。
3. 告知风险要有书面记录。
4. 面对情绪激动的家属：先处理情绪，再处理事情。
5. 案例：一名患者因候诊时间长与护士争吵，护士长如何化解？（分组讨论）
""",
)

add(
    "training_emergency_drill",
    "training_slides",
    "xlsx",
    sheets=[
        (
            "演练脚本",
            [
                ["群体性食物中毒应急演练脚本"],
                ["时间节点", "情景", "响应动作", "责任科室"],
                ["T+0", "接到学校电话：20名学生呕吐腹痛", "启动预案，报告院长", "急诊"],
                ["T+10min", "首批患者到达", "检伤分类，开通绿色通道", "急诊、内科"],
                ["T+30min", "患者增至35人", "请求县医院支援，上报县卫健局", "院办"],
                ["T+60min", "采集呕吐物样本", "送县疾控检测", "公卫科"],
            ],
            {"merge": ["A1:D1"]},
        ),
    ],
)

# ---------------------------------------------------------------- meeting notices (internal) -
add(
    "meeting_notice_weekly",
    "meeting_notice",
    "txt",
    text="""\
通知
定于本周五（[[date:12月11日]]）下午4:00在三楼会议室召开全院职工大会，传达县卫健局年终考核工作会议精神，部署冬季安全生产工作。
请各科室负责人组织本科室人员准时参加，值班人员除外。
院办
""",
)

add(
    "meeting_notice_training",
    "meeting_notice",
    "docx",
    blocks=[
        "^关于参加县级医共体业务培训的通知",
        "各科室：",
        "县人民医院定于[[date:2026年12月15日]]至16日举办基层医务人员慢病管理能力提升培训班。请各科室推荐1名业务骨干参加，于12月10日前将名单报院办。",
        "培训地点：县人民医院门诊楼八楼学术厅。",
        "培训费用由县卫健局统筹，差旅费按规定回单位报销。",
    ],
)

add(
    "meeting_notice_party",
    "meeting_notice",
    "md",
    text="""\
# 关于召开党支部组织生活会的通知

各党员同志：
经支部委员会研究，定于[[date:12月18日]]（周五）上午9:00召开年度组织生活会。请各位党员提前准备个人对照检查材料，开展谈心谈话。
会议地点：二楼党员活动室。
""",
)

add(
    "meeting_notice_quality",
    "meeting_notice",
    "pdf",
    blocks=[
        "# 医疗质量与安全管理委员会会议通知",
        "会议时间：[[date:2026年12月8日]] 15:00",
        "会议地点：三楼会议室",
        "会议议题：1. 三季度处方点评结果通报；2. 病历质量检查情况；3. 院感监测数据分析；4. 下季度质控重点。",
        "参会人员：委员会全体成员、各科室质控员。",
    ],
)

add(
    "meeting_notice_safety",
    "meeting_notice",
    "txt",
    enc="gbk",
    text="""\
关于开展冬季安全大检查的通知

各科室：
为确保冬季安全，院安全生产领导小组定于[[date:12月14日]]至18日开展安全大检查。重点检查：消防器材、用电安全、氧气瓶存放、危化品管理、医疗废物暂存点。
请各科室先行自查，12月13日前将自查表交后勤科。
""",
)

add(
    "meeting_notice_budget",
    "meeting_notice",
    "docx",
    blocks=[
        "^关于编报2027年部门预算的通知",
        "各科室：",
        "根据县财政局部署，现启动2027年预算编制工作。请各科室于[[date:11月20日]]前提交下年度设备购置、维修、培训需求，单项5万元以上的需附可行性说明。",
        "预算编制表格请到财务室领取。",
    ],
)

add(
    "meeting_notice_village_doctors",
    "meeting_notice",
    "md",
    text="""\
## 村医例会通知

各村卫生室：
[[date:12月5日]]上午9点在卫生院二楼会议室召开村医例会，内容：
1. 四季度基本公共卫生任务进度；
2. 65岁以上老年人体检扫尾；
3. 医保村级结算操作培训。
请带好工作手册。
""",
)

add(
    "meeting_notice_video",
    "meeting_notice",
    "txt",
    text="""\
【会议通知】明天（周二）上午10点全县卫生健康系统视频会议，地点：卫生院远程会诊室。请院领导班子成员和各科主任参会，院办提前半小时调试设备。
""",
)

# ---------------------------------------------------------------- news items (famous people) -
add(
    "news_zhong_nanshan",
    "news_item",
    "docx",
    public=True,
    blocks=[
        "^我院组织学习钟南山院士先进事迹",
        "[[date:11月20日]]，我院组织全体医务人员观看《钟南山》纪录片。[[famous:钟南山]]院士在抗击非典和新冠疫情中敢医敢言、勇于担当，被授予“共和国勋章”。",
        "观看后，大家纷纷表示，要以[[famous:钟南山]]院士为榜样，立足基层，守护群众健康。",
    ],
)

add(
    "news_li_shizhen",
    "news_item",
    "md",
    public=True,
    text="""\
# 中医药文化进校园

[[date:10月15日]]，我院中医科走进芦溪镇中心小学，为同学们讲述[[famous:李时珍]]尝百草、著《本草纲目》的故事，并带领同学们辨识艾叶、薄荷、金银花等常见中药。
同学们还了解了“医圣”[[famous:张仲景]]和“药王”[[famous:孙思邈]]的故事，对传统医学产生了浓厚兴趣。
""",
)

add(
    "news_hua_tuo",
    "news_item",
    "txt",
    public=True,
    text="""\
“五禽戏”健身操走进乡村

五禽戏相传为东汉名医[[famous:华佗]]所创，模仿虎、鹿、熊、猿、鸟五种动物的动作。近日，我院康复科在各村推广五禽戏，每周三傍晚在村文化广场教学，已有200多名中老年人参加。
""",
)

add(
    "news_tu_youyou",
    "news_item",
    "pdf",
    public=True,
    blocks=[
        "# 青蒿素与疟疾防控",
        "每年4月25日是“全国疟疾日”。[[famous:屠呦呦]]研究员因发现青蒿素获得2015年诺贝尔生理学或医学奖，青蒿素挽救了全球数百万人的生命。",
        "我国已于2021年通过世界卫生组织消除疟疾认证。从境外疟疾流行区回国人员出现发热，应主动告知旅行史。",
    ],
)

add(
    "news_lin_qiaozhi",
    "news_item",
    "docx",
    public=True,
    blocks=[
        "^致敬妇产科先驱林巧稚",
        "[[famous:林巧稚]]大夫一生亲自接生五万多名婴儿，被称为“万婴之母”。在三八妇女节座谈会上，我院妇产科医生分享了学习体会，表示要做好孕产妇健康管理，守护母婴安全。",
    ],
)

add(
    "news_wu_mengchao",
    "news_item",
    "md",
    public=True,
    text="""\
## 医师节座谈会：学习吴孟超、裘法祖等老一辈医学家精神

在第九个中国医师节座谈会上，院长带领大家回顾了“中国肝胆外科之父”[[famous:吴孟超]]和外科学家[[famous:裘法祖]]的事迹。
年轻医生表示，将学习前辈们精益求精的医术和仁心仁术的医德。
""",
)

add(
    "news_county_training",
    "news_item",
    "txt",
    public=True,
    enc="gbk",
    text="""\
县人民医院专家下乡帮扶

本月起，县人民医院选派心内科、儿科、妇产科主治医师每周到我院坐诊两天，开展查房、教学和疑难病例会诊。
帮扶期间，我院门诊量同比增长15%，患者在家门口就能看上县级专家。
""",
)

add(
    "news_bethune",
    "news_item",
    "docx",
    public=True,
    blocks=[
        "^重温白求恩精神",
        "在纪念[[famous:白求恩]]同志逝世纪念日之际，我院党支部开展主题党日活动，重温《纪念白求恩》，学习他“毫不利己、专门利人”的精神。",
        "活动还邀请了退休老院长讲述卫生院七十年发展历程。",
    ],
)

add(
    "news_tcm_history",
    "news_item",
    "pdf",
    public=True,
    blocks=[
        "# 针灸铜人与中医针灸",
        "北宋医官[[famous:王惟一]]主持铸造针灸铜人，用于针灸教学和考试，被誉为世界上最早的医学教学模型。",
        "2010年，“中医针灸”被列入联合国教科文组织人类非物质文化遗产代表作名录。",
        "我院中医科每周开展针灸义诊，欢迎群众前来体验。",
    ],
)
# ---------------------------------------------------------------- drug information sheets ----
DRUGS = [
    (
        "amoxicillin",
        "阿莫西林胶囊",
        "0.25g",
        "青霉素类抗生素，用于敏感菌所致的呼吸道、泌尿道、皮肤软组织感染。",
        "成人一次0.5g，每6～8小时一次。",
        "青霉素过敏者禁用。用药前须询问过敏史。",
        "[[batch_no:A2605112]]",
    ),
    (
        "metformin",
        "盐酸二甲双胍缓释片",
        "0.5g",
        "用于单纯饮食控制及体育锻炼治疗无效的2型糖尿病。",
        "起始剂量0.5g每日一次，随晚餐服用，最大剂量每日2g。",
        "肾功能不全（eGFR<45）者慎用；进行碘造影检查前后48小时停药。",
        "[[batch_no:MF20260408]]",
    ),
    (
        "nifedipine",
        "硝苯地平缓释片",
        "20mg",
        "用于高血压、心绞痛。",
        "一次20mg，每日2次，整片吞服，不可掰开。",
        "可出现面部潮红、踝部水肿、头痛。心源性休克禁用。",
        "[[batch_no:N260319]]",
    ),
    (
        "ibuprofen",
        "布洛芬混悬液",
        "100ml:2g",
        "用于儿童普通感冒或流感引起的发热，也用于缓解轻中度疼痛。",
        "按体重一次5～10mg/kg，需要时每6～8小时可重复，24小时不超过4次。",
        "对阿司匹林过敏的哮喘患者禁用；胃溃疡患者慎用。",
        "[[batch_no:IB26-0712]]",
    ),
    (
        "omeprazole",
        "奥美拉唑肠溶胶囊",
        "20mg",
        "用于胃溃疡、十二指肠溃疡、反流性食管炎。",
        "一次20mg，每日1～2次，晨起空腹吞服。",
        "长期使用可能增加骨折风险，应遵医嘱。",
        "[[batch_no:OM2604021]]",
    ),
    (
        "aspirin",
        "阿司匹林肠溶片",
        "100mg",
        "用于降低心肌梗死、脑卒中的复发风险。",
        "一次100mg，每日一次，饭前服用。",
        "有出血倾向者禁用；手术前一周需咨询医生是否停药。",
        "[[batch_no:BJ26A0305]]",
    ),
    (
        "ceftriaxone",
        "注射用头孢曲松钠",
        "1.0g",
        "第三代头孢菌素，用于敏感菌引起的下呼吸道感染、泌尿系感染等。",
        "成人每日1～2g，一次给药。",
        "禁止与含钙注射液同时静脉输注；对头孢菌素过敏者禁用。",
        "[[batch_no:C20260127]]",
    ),
    (
        "insulin",
        "门冬胰岛素30注射液",
        "3ml:300单位",
        "用于需胰岛素治疗的糖尿病。",
        "餐前即刻皮下注射，剂量个体化，由主治医师根据血糖调整。",
        "注意低血糖反应；未开封的笔芯冷藏2～8℃保存，使用中的室温保存不超过4周。",
        "[[batch_no:NN3F21087]]",
    ),
    (
        "amlodipine",
        "苯磺酸氨氯地平片",
        "5mg",
        "用于高血压、冠心病。",
        "初始剂量5mg每日一次，最大剂量10mg。",
        "可能引起踝部水肿；与辛伐他汀合用时辛伐他汀不超过20mg。",
        "[[batch_no:AM2609301]]",
    ),
    (
        "licorice",
        "复方甘草口服溶液",
        "100ml",
        "用于上呼吸道感染、支气管炎的镇咳祛痰。",
        "一次5～10ml，每日3次，服时振摇。",
        "含阿片粉，不宜长期服用；孕妇及哺乳期妇女慎用。",
        "[[batch_no:GC260815]]",
    ),
]
for _i, (_n, _name, _spec, _ind, _dose, _warn, _batch) in enumerate(DRUGS):
    _paras = [
        f"【药品名称】{_name}",
        f"【规格】{_spec}",
        f"【适应症】{_ind}",
        f"【用法用量】{_dose}",
        f"【注意事项】{_warn}",
        f"【本院在用批号】{_batch}",
        "本资料仅供参考，具体用药请遵医嘱。",
    ]
    _fmt = ["pdf", "docx", "txt", "md", "pdf"][_i % 5]
    if _fmt == "pdf":
        add(
            f"drug_info_{_n}",
            "drug_information_sheet",
            "pdf",
            public=True,
            footer="药剂科 用药指导单",
            blocks=[f"# 用药指导：{_name}"] + _paras,
        )
    elif _fmt == "docx":
        add(
            f"drug_info_{_n}",
            "drug_information_sheet",
            "docx",
            public=True,
            header="药剂科 用药指导单",
            blocks=[f"^{_name} 患者用药须知"] + _paras,
        )
    elif _fmt == "txt":
        add(
            f"drug_info_{_n}",
            "drug_information_sheet",
            "txt",
            public=True,
            text="\n".join(_paras) + "\n",
        )
    else:
        add(
            f"drug_info_{_n}",
            "drug_information_sheet",
            "md",
            public=True,
            text=f"# {_name}\n\n" + "\n".join(f"- {p}" for p in _paras) + "\n",
        )

# ---------------------------------------------------------------- schedules without private data
add(
    "schedule_outpatient_week",
    "schedule",
    "xlsx",
    public=True,
    sheets=[
        (
            "门诊安排",
            [
                ["门诊科室开诊时间表（[[date:2026年12月]]）"],
                [None],
                ["科室", "周一", "周二", "周三", "周四", "周五", "周六", "周日"],
                ["内科", "全天", "全天", "全天", "全天", "全天", "上午", "急诊"],
                ["儿科", "全天", "全天", "上午", "全天", "全天", "上午", "急诊"],
                ["妇产科", "全天", "上午", "全天", "上午", "全天", "停诊", "急诊"],
                ["中医科", "上午", "上午", "上午", "上午", "上午", "上午", "停诊"],
                ["口腔科", "全天", "停诊", "全天", "停诊", "全天", "上午", "停诊"],
                ["预防接种", "停诊", "上午", "停诊", "上午", "停诊", "停诊", "停诊"],
            ],
            {"merge": ["A1:H1"]},
        ),
    ],
)

add(
    "schedule_expert_visits",
    "schedule",
    "docx",
    public=True,
    blocks=[
        "^县人民医院专家下乡坐诊安排",
        [
            ["科室", "坐诊时间", "职称"],
            ["心内科", "每周二上午", "副主任医师"],
            ["儿科", "每周三全天", "主治医师"],
            ["妇产科", "每周四上午", "主治医师"],
            ["骨科", "每月第一、三周周五", "副主任医师"],
        ],
        "如遇专家临时调整，以门诊大厅电子屏通知为准。",
    ],
)

add(
    "schedule_vaccination",
    "schedule",
    "txt",
    public=True,
    text="""\
预防接种门诊开放时间
  周二 上午 8:00-11:30   儿童免疫规划疫苗
  周四 上午 8:00-11:30   儿童免疫规划疫苗、非免疫规划疫苗
  每月15日 全天           成人疫苗（流感、肺炎、带状疱疹、HPV）
  犬伤门诊               24小时
节假日另行通知。
""",
)

add(
    "schedule_bus_health_check",
    "schedule",
    "csv",
    public=True,
    enc="gbk",
    rows=[
        ["2027年老年人体检进村日程"],
        ["村", "日期", "集合地点", "备注"],
        ["东风村", "[[date:3月2日]]", "村部", "空腹"],
        ["石桥村", "[[date:3月4日]]", "村卫生室", "空腹"],
        ["清水村", "[[date:3月9日]]", "村部", "空腹"],
        ["新塘村", "[[date:3月11日]]", "老年活动中心", "空腹"],
        ["枫树村", "[[date:3月16日]]", "村部", "空腹"],
    ],
)

add(
    "schedule_health_lectures",
    "schedule",
    "md",
    public=True,
    text="""\
# 2027年上半年健康大讲堂安排

| 月份 | 主题 | 地点 |
|---|---|---|
| 1月 | 冬季心脑血管病预防 | 卫生院二楼会议室 |
| 2月 | 春季传染病防控 | 镇中心小学 |
| 3月 | 结核病防治 | 镇政府礼堂 |
| 4月 | 高血压用药误区 | 卫生院二楼会议室 |
| 5月 | 孕期营养 | 卫生院妇产科 |
| 6月 | 防溺水与急救 | 镇中学 |
""",
)

add(
    "schedule_shift_pattern",
    "schedule",
    "docx",
    blocks=[
        "^住院部护理排班规则（2027年试行）",
        "一、采用APN三班制：A班8:00-16:00，P班16:00-24:00，N班0:00-8:00。",
        "二、每班至少2名护士，其中1名为护师以上职称。",
        "三、连续夜班不超过3个，夜班后休息24小时。",
        "四、节假日排班由护士长提前两周公布。",
    ],
)

add(
    "schedule_cleaning",
    "schedule",
    "csv",
    enc="utf-8-sig",
    rows=[
        ["区域", "清洁频次", "消毒方式", "责任科室"],
        ["门诊大厅", "每日2次", "含氯消毒剂500mg/L拖地", "后勤科"],
        ["病房", "每日1次", "湿式清扫", "后勤科"],
        ["治疗室", "每日1次", "紫外线照射30分钟", "护理部"],
        ["发热门诊", "每班次", "含氯消毒剂1000mg/L", "护理部"],
    ],
)

add(
    "schedule_holiday_2027",
    "schedule",
    "pdf",
    public=True,
    blocks=[
        "# 2027年法定节假日门诊安排",
        [
            ["节日", "放假时间", "门诊安排"],
            ["元旦", "1月1日-3日", "门诊上午开诊"],
            ["春节", "2月5日-12日", "除夕至初三下午停诊"],
            ["清明节", "4月5日-7日", "正常开诊"],
            ["劳动节", "5月1日-5日", "门诊上午开诊"],
            ["端午节", "6月9日-11日", "正常开诊"],
            ["国庆节", "10月1日-7日", "门诊上午开诊"],
        ],
        "急诊、住院部、犬伤门诊全年24小时服务。总机：[[public_phone:0731-23456120]]",
    ],
)
# ---------------------------------------------------------------- published procurement -------
add(
    "procurement_award_dr",
    "procurement_announcement",
    "docx",
    public=True,
    blocks=[
        "^芦溪镇卫生院数字化X线摄影系统采购项目中标结果公告",
        "一、项目编号：[[order_no:LLZC2027-G015]]",
        "二、项目名称：芦溪镇卫生院数字化X线摄影系统（DR）采购",
        "三、中标信息：中标供应商：长沙迈瑞康医疗设备有限公司；中标金额：[[amount:人民币79.8万元]]。",
        "四、主要标的信息：DR一套，品牌：国产，质保期：五年。",
        "五、评审专家名单：依法从专家库随机抽取（略）。",
        "六、公告期限：自本公告发布之日起1个工作日。",
        "采购人：芦溪镇卫生院　地址：[[public_address:芦溪镇芦溪街1号]]　联系方式：[[public_phone:0731-23456120]]",
        "采购代理机构：醴陵市公共资源交易中心",
    ],
)

add(
    "procurement_tender_consumables",
    "procurement_announcement",
    "pdf",
    public=True,
    blocks=[
        "# 医用耗材配送服务遴选公告",
        "项目编号：[[order_no:BTTWSY-2026-H08]]",
        "预算金额：每年约[[amount:45万元]]（以实际采购量结算）",
        [
            ["包号", "内容", "预算(万元)", "最高限价"],
            ["1", "一次性输液器、注射器", "18", "按省平台挂网价"],
            ["2", "检验试剂", "20", "按省平台挂网价"],
            ["3", "消毒用品", "7", "单价不高于市场均价"],
        ],
        "投标人资格：具有《医疗器械经营许可证》；近三年无重大违法记录。",
        "报名时间：[[date:2026年12月10日]]至12月16日。",
    ],
)

add(
    "procurement_award_ambulance",
    "procurement_announcement",
    "txt",
    public=True,
    text="""\
南岭镇卫生院负压救护车采购项目成交公告

项目编号：[[order_no:LDZFCG-2026-0387]]
成交供应商：湖南湘运特种车辆销售有限公司
成交金额：[[amount:人民币叁拾伍万捌仟元整]]
标的：负压救护车1辆（含车载担架、监护仪、呼吸机）
公告期限：1个工作日
对本公告有异议的，可在公告期满之日起7个工作日内以书面形式提出质疑。
""",
)

add(
    "procurement_intent_2027",
    "procurement_announcement",
    "xlsx",
    public=True,
    sheets=[
        (
            "采购意向",
            [
                ["2027年1-6月政府采购意向公开"],
                ["采购单位：白兔潭镇卫生院"],
                ["序号", "采购项目名称", "采购需求概况", "预算金额(万元)", "预计采购时间"],
                [1, "全自动生化分析仪", "检验科设备更新，1台", 30, "2027年3月"],
                [2, "住院楼屋面防水工程", "约1200平方米", 40, "2027年4月"],
                [3, "信息化系统升级", "HIS与县医共体平台对接", 25, "2027年5月"],
                [
                    "本次公开的采购意向是初步安排，具体以实际发布的采购公告为准。",
                    None,
                    None,
                    None,
                    None,
                ],
            ],
            {"merge": ["A1:E1", "A2:E2"]},
        ),
    ],
)

add(
    "procurement_failed_notice",
    "procurement_announcement",
    "md",
    public=True,
    text="""\
# 废标公告

项目名称：芦溪镇卫生院食堂食材配送服务
项目编号：[[order_no:LXWSY-FW-2026-02]]
废标原因：有效投标人不足三家。
后续安排：重新组织采购，另行公告。
""",
)

add(
    "procurement_award_drugs",
    "procurement_announcement",
    "csv",
    public=True,
    enc="utf-8-sig",
    rows=[
        ["中药饮片供应商遴选结果公示"],
        ["包号", "中选供应商", "下浮率", "服务期"],
        ["1", "湖南某中药饮片有限公司", "12%", "两年"],
        ["2", "株洲某医药有限公司", "10.5%", "两年"],
        ["公示期：[[date:2026年11月28日]]至12月2日", "", "", ""],
    ],
)

add(
    "procurement_award_renovation",
    "procurement_announcement",
    "pdf",
    public=True,
    blocks=[
        "# 门诊楼改造工程中标候选人公示",
        "项目编号：[[order_no:LLJS-2026-0921]]",
        [
            ["排名", "中标候选人", "投标报价(元)", "工期"],
            ["第一", "醴陵市某建筑工程有限公司", "[[amount:1,286,430.00]]", "90日历天"],
            ["第二", "株洲某建设集团有限公司", "[[amount:1,312,008.50]]", "85日历天"],
            ["第三", "湖南某工程有限公司", "[[amount:1,339,700.00]]", "90日历天"],
        ],
        "公示期3日。监督电话：[[public_phone:0731-23221234]]",
    ],
)

add(
    "procurement_small_purchase",
    "procurement_announcement",
    "docx",
    public=True,
    blocks=[
        "^办公用品网上竞价结果",
        "竞价编号：[[order_no:WSJJ20261103017]]",
        "成交供应商：醴陵市宏远办公设备经营部；成交金额：[[amount:8,960元]]。",
        "内容：A4复印纸200包、硒鼓20个、文件柜4组。",
    ],
)

# ---------------------------------------------------------------- published statistics / accounts
add(
    "published_final_accounts",
    "published_final_accounts",
    "pdf",
    public=True,
    blocks=[
        "# 芦溪镇卫生院2025年度部门决算公开",
        "根据县财政局要求，现将我院2025年度决算公开如下：",
        [
            ["项目", "决算数（万元）"],
            ["收入合计", "1413.39"],
            ["  财政拨款收入", "423.51"],
            ["  事业收入", "968.42"],
            ["支出合计", "1390.83"],
            ["  基本支出", "1189.64"],
            ["  项目支出", "201.19"],
            ["“三公”经费", "3.12"],
        ],
        "说明：“三公”经费较上年减少0.46万元，主要是公务用车运行维护费减少。",
    ],
)

add(
    "published_budget",
    "published_budget",
    "docx",
    public=True,
    blocks=[
        "^2026年部门预算公开说明",
        "一、部门职责：承担辖区基本医疗和基本公共卫生服务。",
        "二、收支预算总体情况：2026年收入预算1402.1万元，支出预算1402.1万元。",
        "三、“三公”经费预算：公务接待费0.5万元，公务用车运行维护费2.6万元，因公出国（境）费0万元。",
        "四、政府采购预算：86万元，主要用于医疗设备购置。",
        "五、名词解释：基本支出指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。",
    ],
)

add(
    "published_satisfaction",
    "published_statistics",
    "md",
    public=True,
    text="""\
# 2026年三季度患者满意度调查结果公示

本季度共发放问卷600份，回收582份。

| 项目 | 满意度 |
|---|---|
| 门诊服务 | 94.2% |
| 住院服务 | 96.8% |
| 医疗费用 | 88.5% |
| 就诊环境 | 91.0% |

主要意见：候诊时间长、停车难。整改措施：推行分时段预约，开放北门停车场。
""",
)

add(
    "published_ph_results",
    "published_statistics",
    "xlsx",
    public=True,
    sheets=[
        (
            "公示",
            [
                ["2025年度基本公共卫生服务项目绩效评价结果公示"],
                ["指标", "目标值", "完成值"],
                ["居民电子健康档案建档率", "≥90%", "93.6%"],
                ["65岁以上老年人健康管理率", "≥65%", "68.2%"],
                ["高血压患者规范管理率", "≥60%", "61.5%"],
                ["糖尿病患者规范管理率", "≥60%", "62.3%"],
                ["适龄儿童免疫规划疫苗接种率", "≥90%", "98.1%"],
            ],
            {"merge": ["A1:C1"]},
        ),
    ],
)

add(
    "published_annual_report",
    "published_statistics",
    "txt",
    public=True,
    enc="gbk",
    text="""\
芦溪镇卫生院2025年工作总结（摘要，院务公开）

2025年，全院完成门急诊5.2万人次，出院1826人次，病床使用率72%；开展老年人免费体检3380人，管理高血压患者2106人、糖尿病患者684人。
全年无重大医疗事故。新开展无痛胃镜、中医穴位埋线等新技术3项。
2026年将重点推进医养结合和家庭医生签约服务提质扩面。
""",
)

# ---------------------------------------------------------------- tricky public documents ------
add(
    "leaflet_case_hypertension",
    "health_education_leaflet",
    "docx",
    public=True,
    blocks=[
        "^真实案例：血压控制不好的后果",
        "某患者，男，62岁，高血压病史10年，自觉没有症状就经常停药。某日晨起突发右侧肢体无力，被诊断为脑出血，经抢救保住了生命，但留下偏瘫后遗症。",
        "主治医师提醒：高血压需要长期规律服药，定期复诊，切勿自行停药。",
        "（本案例已隐去患者个人信息，仅供健康教育使用）",
    ],
)

add(
    "info_outpatient_process",
    "hospital_public_info",
    "pdf",
    public=True,
    blocks=[
        "# 门诊就诊流程",
        "挂号（携带身份证或医保电子凭证）→ 候诊 → 医生诊断 → 缴费 → 检查/取药 → 复诊",
        "温馨提示：",
        "1. 初诊患者请带好既往病历和检查报告；",
        "2. 65岁以上老人、孕妇、残疾人优先就诊；",
        "3. 医保患者可在诊间直接结算。",
        [
            ["服务窗口", "位置"],
            ["挂号收费", "门诊一楼大厅"],
            ["药房", "门诊一楼东侧"],
            ["检验科", "门诊二楼"],
            ["放射科、B超室", "医技楼一楼"],
        ],
    ],
)

add(
    "info_patient_card",
    "hospital_public_info",
    "txt",
    public=True,
    text="""\
就诊卡办理须知

1. 首次就诊请出示本人居民身份证，系统将自动读取信息。
2. 儿童可使用户口簿或出生医学证明办理。
3. 身份证号码录入示例（虚构号码，仅作格式说明）：[[bad_id:430281-20000101-M]]
   若系统提示“校验位错误”，请核对最后一位，最后一位为X时请输入大写X。
4. 银行卡支付请刷卡或使用扫码支付，请勿向任何人透露银行卡密码。
   示意卡号 [[bad_card:622848]] 仅为格式样例。
""",
)

add(
    "policy_family_doctor_fees",
    "published_policy",
    "pdf",
    public=True,
    blocks=[
        "# 家庭医生签约服务收费标准（县医保局核定，已公布执行）",
        [
            ["服务包", "收费标准(元/人/年)", "医保基金支付", "个人支付"],
            ["基础服务包", "0", "0", "0"],
            ["高血压服务包", "120", "84", "36"],
            ["糖尿病服务包", "150", "105", "45"],
            ["失能老人上门服务包", "300", "180", "120"],
        ],
        "以上标准自[[date:2026年1月1日]]起执行，依据县医保发〔2025〕12号文件。",
    ],
)

add(
    "notice_project_application",
    "public_notice",
    "md",
    public=True,
    text="""\
# 关于申报2027年基层卫生项目的公告

按照县卫健局通知，2027年中央转移支付项目预算资金120万元，重点支持乡镇卫生院能力建设。
拟申报项目：DR购置（预算86万元，单价以招标结果为准）、急救能力提升（预算20万元）、中医馆建设（预算14万元）。
申报结果将在县卫健局网站公布。
""",
)

add(
    "notice_mental_free_drugs",
    "public_notice",
    "docx",
    public=True,
    blocks=[
        "^严重精神障碍患者免费服药政策告知书",
        "根据省、县有关规定，在册管理的严重精神障碍患者（精神分裂症、分裂情感性障碍、偏执性精神病、双相情感障碍、癫痫所致精神障碍、精神发育迟滞伴发精神障碍）可享受基本药物免费服用政策。",
        "申请方式：患者监护人携带诊断证明到卫生院公卫科登记，由家庭医生每月送药到户。",
        "咨询电话：[[public_phone:0731-23456135]]",
    ],
)

add(
    "notice_hotlines",
    "public_notice",
    "txt",
    public=True,
    text="""\
便民服务电话一览
急救电话            [[hotline:120]]
火警                [[hotline:119]]
报警                [[hotline:110]]
卫生健康服务热线    [[hotline:12320]]
政务服务便民热线    [[hotline:12345]]
医保服务热线        [[hotline:12393]]
卫生院总值班        [[public_phone:0731-23456120]]
""",
)

add(
    "news_sanfutie",
    "news_item",
    "md",
    public=True,
    text="""\
# “冬病夏治”三伏贴开贴啦

今年入伏时间为[[date:7月20日]]。我院中医科将于头伏、中伏、末伏第一天开展三伏贴敷治疗，适合慢性咳嗽、哮喘、过敏性鼻炎、体虚易感冒人群。
贴敷时间：成人4～6小时，儿童1～2小时。皮肤过敏者、孕妇、发热者不宜贴敷。
收费标准：每次30元（以公示价格为准）。
""",
)

add(
    "training_emr_guide",
    "training_slides",
    "docx",
    blocks=[
        "^电子病历系统操作指南（内部培训）",
        "一、登录：输入工号和密码，首次登录后必须修改初始密码。",
        "二、新建病历：选择患者 → 入院记录模板 → 填写主诉、现病史、既往史。",
        "三、医嘱：长期医嘱、临时医嘱分开录入，护士执行后签名。",
        "四、打印：出院病历须经主治医师审签后方可打印归档。",
        "五、注意：不得将账号借给他人使用；离开电脑须锁屏。",
    ],
)

add(
    "form_monthly_report",
    "blank_form_template",
    "xlsx",
    public=True,
    sheets=[
        (
            "月报模板",
            [
                [None, None],
                ["业务月报表（模板）", None, None, None],
                ["指标", "本月", "累计", "同比"],
                ["门急诊人次", None, None, None],
                ["出院人次", None, None, None],
                ["手术例数", None, None, None],
                ["病床使用率", None, None, None],
            ],
            {"merge": ["A2:D2"]},
        ),
    ],
)

add(
    "notice_rabies_clinic",
    "public_notice",
    "pdf",
    public=True,
    blocks=[
        "# 犬伤处置门诊开诊公告",
        "经县卫生健康局验收合格，我院犬伤处置门诊于[[date:2026年6月1日]]起正式开诊，提供伤口冲洗、清创、狂犬病疫苗及被动免疫制剂接种服务，24小时接诊。",
        "地点：门诊楼一楼东侧。",
        "电话：[[public_phone:0731-23456120]]",
    ],
)
# ---------------------------------------------------------------- more public / internal csv & xlsx
add(
    "notice_vbp_prices",
    "public_notice",
    "csv",
    public=True,
    enc="gbk",
    rows=[
        ["国家组织药品集中带量采购中选药品价格公示"],
        ["通用名", "规格", "中选价(元/盒)", "原价(元/盒)", "降幅"],
        ["苯磺酸氨氯地平片", "5mg×28片", "1.96", "28.50", "93%"],
        ["阿托伐他汀钙片", "20mg×28片", "3.30", "45.20", "93%"],
        ["恩替卡韦分散片", "0.5mg×28片", "5.60", "180.00", "97%"],
        ["二甲双胍片", "0.5g×60片", "3.90", "12.80", "70%"],
    ],
)

add(
    "directory_extensions",
    "internal_directory",
    "xlsx",
    sheets=[
        (
            "科室分机",
            [
                ["院内科室分机号码表"],
                ["科室", "分机", "科室", "分机"],
                ["院办", 8001, "药房", 8021],
                ["财务室", 8003, "检验科", 8031],
                ["医务科", 8005, "B超室", 8033],
                ["急诊", 8010, "放射科", 8035],
                ["内科护士站", 8012, "公卫科", 8041],
                ["总机（对外）", "[[public_phone:0731-23456120]]", None, None],
            ],
            {"merge": ["A1:D1"]},
        ),
    ],
)

add(
    "notice_tcm_prices",
    "public_notice",
    "xlsx",
    public=True,
    sheets=[
        (
            "中医项目价格",
            [
                [None],
                [None, "中医医疗服务项目价格公示"],
                [None, "项目", "计价单位", "价格(元)", "医保"],
                [None, "普通针刺", "次", 12, "甲类"],
                [None, "艾灸", "每个部位", 6, "甲类"],
                [None, "拔罐", "每罐", 1.5, "甲类"],
                [None, "推拿（颈椎病）", "次", 30, "乙类"],
                [None, "中药熏蒸", "次", 25, "乙类"],
            ],
            {"merge": ["B2:E2"]},
        ),
    ],
)

add(
    "meeting_schedule_dec",
    "meeting_notice",
    "csv",
    enc="utf-8-sig",
    rows=[
        ["12月院内会议安排"],
        ["日期", "时间", "会议", "地点", "参会范围"],
        ["[[date:12月4日]]", "16:00", "院周会", "三楼会议室", "科室负责人"],
        ["[[date:12月11日]]", "16:00", "全院职工大会", "三楼会议室", "全体职工"],
        ["[[date:12月18日]]", "09:00", "组织生活会", "党员活动室", "全体党员"],
        ["[[date:12月25日]]", "15:00", "质控会", "医生办公室", "质控员"],
    ],
)

add(
    "leaflet_hpv_qa",
    "health_education_leaflet",
    "csv",
    public=True,
    enc="utf-8-sig",
    rows=[
        ["问题", "回答"],
        ["HPV疫苗预防什么？", "预防由高危型人乳头瘤病毒引起的宫颈癌及癌前病变"],
        ["谁适合接种？", "9～45岁女性，13～14岁女孩接种效果最好"],
        ["需要打几针？", "根据疫苗种类和年龄，2针或3针"],
        ["接种后还要筛查吗？", "需要，疫苗不能覆盖所有高危型别，适龄女性仍应定期宫颈癌筛查"],
    ],
)

# ============================================================================================
# END OF CONTENT
# ============================================================================================


def extract(path: Path, fmt: str, enc: str | None) -> str:
    """Read a generated file back the way a scanner would, independently of the writers."""
    if fmt in ("txt", "md", "csv"):
        return path.read_bytes().decode(enc or "utf-8")
    if fmt == "docx":
        import docx

        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        for s in d.sections:
            for hf in (s.header, s.footer):
                parts.extend(p.text for p in hf.paragraphs)
                for t in hf.tables:
                    for row in t.rows:
                        parts.extend(cell.text for cell in row.cells)
        return "\n".join(parts)
    if fmt == "xlsx":
        from openpyxl import load_workbook

        wb = load_workbook(str(path))
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.oddHeader.center.text or "")
            for row in ws.iter_rows(values_only=True):
                parts.append("\t".join("" if v is None else str(v) for v in row))
        return "\n".join(parts)
    if fmt == "pdf":
        from pypdf import PdfReader

        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    raise ValueError(fmt)


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s)


def check(records) -> list[str]:
    problems = []
    for rec, doc in records:
        path = HERE / rec["path"]
        text = extract(path, rec["format"], doc["content"].get("enc"))
        if rec["format"] == "pdf":
            text = nows(text)
        counts = collections.Counter(e["value"] for e in rec["entities"])
        for value, n in counts.items():
            v = nows(value) if rec["format"] == "pdf" else value
            got = text.count(v)
            if got != n:
                problems.append(f"{rec['path']}: {value!r} listed {n}x, found {got}x")
        for d in rec["decoys"]:
            v = nows(d["value"]) if rec["format"] == "pdf" else d["value"]
            if v not in text:
                problems.append(f"{rec['path']}: decoy {d['value']!r} not found")
        if rec["existing_mark"] and nows(rec["existing_mark"]["text"]) not in nows(text):
            problems.append(f"{rec['path']}: mark {rec['existing_mark']['text']!r} not found")
        for e in rec["entities"]:
            t, v = e["entity_type"], e["value"]
            if t == "CN_RESIDENT_ID" and not id_valid(v):
                problems.append(f"{rec['path']}: invalid ID {v}")
            if t == "CN_BANK_CARD" and not luhn_valid(v):
                problems.append(f"{rec['path']}: card fails Luhn {v}")
            if t == "CN_USCC" and not uscc_valid(v):
                problems.append(f"{rec['path']}: bad USCC {v}")
            if t == "CN_PHONE" and not re.fullmatch(r"1[3-9]\d{9}|0\d{2,3}-?[2-8]\d{6,7}", v):
                problems.append(f"{rec['path']}: odd phone {v}")
        for d in rec["decoys"]:
            if d["kind"] == "bad_id" and id_valid(d["value"]):
                problems.append(f"{rec['path']}: bad_id is valid {d['value']}")
            if d["kind"] == "bad_card" and luhn_valid(d["value"]):
                problems.append(f"{rec['path']}: bad_card passes Luhn {d['value']}")
        if not rec["secret"] and rec["entities"]:
            problems.append(f"{rec['path']}: entities in a document that is not secret")
        if rec["secret"] != bool(rec["categories"]):
            problems.append(f"{rec['path']}: secret/categories mismatch")
    return problems


README_HEAD = """# baomi held-out evaluation corpus

**Who.** Written by a separate engineer who did *not* open baomi's rules, scanner, labelers,
tests, examples, the other benchmark corpus or baomi's README, and did not run baomi. The only
project documents read were the policy (the five secret categories; now `docs/policy.md`) and
the design's entity type names (now `docs/design.md`), plus `tests/docmaker.py` for how test files are made.

**When.** {frozen}.

**How.** Every document text and table was written by hand inside `make_heldout.py`, the way a
township health centre's clerks, doctors, nurses and accountants write them: free prose, forms,
space- or pipe-aligned text tables, spreadsheets with merged titles and headers below row 1,
Word files with tables and headers/footers, PDFs with a text layer (some with drawn table cells
so the header row is away from the values). All people, numbers and addresses are synthetic.
Names were chosen by hand (many rare surnames: 怀, 蒯, 厍, 亓, 诸葛, 欧阳 …), not taken from a
name generator. The script computes only check digits (GB 11643 resident IDs, Luhn bank cards,
GB 32100 credit codes) and the random digits of mobile numbers, from a fixed seed
({seed}), so a rerun gives the same documents. At the end it re-reads every file (txt/md/csv
by decoding, docx paragraphs+tables+headers/footers with python-docx, xlsx cell values with
openpyxl, pdf text with pypdf, compared without whitespace) and asserts that each entity
listed in `truth.jsonl` occurs exactly as many times as listed.

`truth.jsonl` has one object per document: `path`, `kind`, `format`, `public`, `secret`,
`categories` (the ids of docs/policy.md §2), `entities` (every occurrence, value exactly as written),
`decoys` (look-alikes that must NOT be reported: famous people, public hotlines, the centre's
published switchboard, order/invoice/asset/batch numbers, dates, amounts, IDs with a wrong
check digit, card-like numbers failing Luhn …; not every date or amount is listed) and
`existing_mark`.

Frozen on {frozen}: never edited to fit the scanner; a new version is a new folder.

## Judgement calls
- A document is `public` when it is meant for the public (leaflets, published notices,
  policies, blank templates, published announcements, news). Internal documents without secret
  content (training slides, meeting notices, schedules without private data) are neither
  public nor secret.
- Staff names are PERSON wherever they occur in a secret document; public documents carry no
  private names (only famous or historical people, listed as decoys).
- The centre's own address and switchboard in public documents are decoys, not entities.
- `existing_mark.state_secret` is true only for 机密/绝密 marks; `retention_years` is null when
  the mark gives no period.
"""


def table(rows, head):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(str(x) for x in r) + " |" for r in rows]
    return "\n".join(out)


def write_readme(records):
    kinds = collections.Counter(r["kind"] for r in records)
    kind_secret = collections.Counter(r["kind"] for r in records if r["secret"])
    fmts = collections.Counter(r["format"] for r in records)
    cats = collections.Counter(c for r in records for c in r["categories"])
    ents = collections.Counter(e["entity_type"] for r in records for e in r["entities"])
    decs = collections.Counter(d["kind"] for r in records for d in r["decoys"])
    n_pub = sum(r["public"] for r in records)
    n_sec = sum(r["secret"] for r in records)
    n_int = len(records) - n_pub - n_sec
    n_mark = sum(1 for r in records if r["existing_mark"])
    parts = [README_HEAD.format(frozen=FROZEN, seed=SEED)]
    parts.append(
        f"## Counts\n\n{len(records)} documents: {n_sec} secret, {n_pub} public, "
        f"{n_int} internal but not secret ({len(records) - n_sec} not secret in all); "
        f"{n_mark} already carry a secrecy mark.\n"
    )
    parts.append("### By format\n\n" + table(sorted(fmts.items()), ["format", "documents"]) + "\n")
    parts.append(
        "### By category (a document may have several)\n\n"
        + table(sorted(cats.items()), ["category", "documents"])
        + "\n"
    )
    parts.append(
        "### Entities (occurrences)\n\n"
        + table(sorted(ents.items()), ["entity_type", "occurrences"])
        + f"\n\nTotal: {sum(ents.values())} entity occurrences.\n"
    )
    parts.append("### Decoys\n\n" + table(sorted(decs.items()), ["kind", "count"]) + "\n")
    parts.append(
        "### Document kinds\n\n"
        + table(
            [(k, n, kind_secret.get(k, 0)) for k, n in sorted(kinds.items())],
            ["kind", "documents", "of which secret"],
        )
        + "\n"
    )
    parts.append(
        "## Known limitations\n\n"
        "- Synthetic values: IDs, cards and credit codes have valid check digits but do not "
        "belong to anyone; mobile numbers are random within real prefixes.\n"
        "- Only the six formats txt, md, csv, docx, pdf (text layer), xlsx; no scans, legacy "
        "Office, archives or mail.\n"
        "- PDF counts are compared after removing whitespace, because a value could be wrapped "
        "inside a table cell (column widths follow the content, so in this version none is).\n"
        "- The same staff names recur across documents of one health centre, as they would on a "
        "real file server; per-document truth does not link them.\n"
        "- Decoys are a sample, not an exhaustive list of every date and amount.\n"
    )
    (HERE / "README.md").write_text("\n".join(parts), encoding="utf-8")


def main() -> int:
    if DOCS_DIR.exists():
        shutil.rmtree(DOCS_DIR)
    DOCS_DIR.mkdir(parents=True)
    records = []
    names = set()
    for n, doc in enumerate(DOCS, 1):
        fname = f"{n:04d}_{doc['name']}.{EXT[doc['format']]}"
        assert doc["name"] not in names, doc["name"]
        names.add(doc["name"])
        ctx = Ctx(doc["name"])
        WRITERS[doc["format"]](DOCS_DIR / fname, ctx, doc["content"])
        mark = doc["mark"]
        records.append(
            (
                {
                    "path": f"docs/{fname}",
                    "kind": doc["kind"],
                    "format": doc["format"],
                    "public": doc["public"],
                    "secret": bool(doc["categories"]),
                    "categories": doc["categories"],
                    "entities": ctx.entities,
                    "decoys": ctx.decoys,
                    "existing_mark": None
                    if mark is None
                    else {"text": mark[0], "retention_years": mark[1], "state_secret": mark[2]},
                },
                doc,
            )
        )
    with open(HERE / "truth.jsonl", "w", encoding="utf-8") as f:
        for rec, _ in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    write_readme([r for r, _ in records])
    problems = check(records)
    for p in problems:
        print("PROBLEM", p, file=sys.stderr)
    size = sum(p.stat().st_size for p in DOCS_DIR.iterdir())
    print(f"{len(records)} documents, {size / 1e6:.2f} MB, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
