"""A document that is no secret keeps its publisher's lines out of the findings.

A leaflet's night-emergency number and a notice's switchboard are the centre's own published
lines, not anyone's personal data; reporting them made public leaflets look like they held
personal data (docs/rules.md, "The publisher's lines"). What stays: mobiles (a published list
still names its people's own numbers), addresses and mailboxes, and every number in a document
that is a secret.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from scanner.output.jsonlines import render_line
from scanner.pipeline import Scanner, publisher_line, splice_findings
from scanner.runner import SPLIT_FROM_BYTES
from tests.clirun import baomi, needs_script
from tests.docmaker import make_docx
from tests.splitscan import scan_split

LEAFLET = """儿童退烧药怎么用？
体温超过38.5℃，或者孩子明显不舒服时，可以用退烧药。两次用药间隔4—6小时，24小时内不超过4次。
不要两种退烧药交替使用，不要用酒精擦身。3个月以下婴儿发热请立即就医。夜间急诊：0571-88886666
"""

NOTICE = """关于居民预防接种证补办方式的公告
1. 登录“浙里办”APP，进入“预防接种”栏目，实名认证后在线申请补办。
2. 携带出生医学证明和家长身份证到青石镇卫生院预防接种门诊现场办理。
3. 如信息有误，请联系接种门诊：0571-88886666转8021，或发邮件至 jiezhong_qs@163.com。
接种门诊地址：青石镇人民路18号。
特此公告。
"""

FOLLOW_UP = """高血压患者随访记录
姓名：柏玉珍　性别：女　年龄：67岁
身份证号：330106195901012023
家庭电话：0571-88886666　手机：13905718842
住址：青石镇人民路18号
血压150/95mmHg，调整用药：氨氯地平5mg每日一次，两周后复诊。
"""


def test_which_findings_are_the_publishers() -> None:
    assert publisher_line("CN_PHONE", "0571-88886666")
    assert publisher_line("CN_PHONE", "0571-88886666转8021")
    assert publisher_line("CN_PHONE", "400-820-8820")
    assert not publisher_line("CN_PHONE", "13905718842")
    assert not publisher_line("CN_PHONE", "+86 139 0571 8842")
    assert not publisher_line("CN_PHONE", "139-0571-8842")
    for other in ("CN_ADDRESS", "EMAIL_ADDRESS", "PERSON", "CN_RESIDENT_ID", "CN_BANK_CARD"):
        assert not publisher_line(other, "0571-88886666")


def _records(out: str) -> dict[str, dict]:
    return {Path(r["path"]).name: r for r in map(json.loads, out.splitlines())}


@needs_script
def test_the_command_leaves_out_the_publishers_contacts_only(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "退烧药.txt").write_text(LEAFLET, encoding="utf-8")
    make_docx(docs / "补办公告.docx", NOTICE.splitlines())
    (docs / "随访.txt").write_text(FOLLOW_UP, encoding="utf-8")
    out = baomi("scan", str(docs), "--format", "jsonl", "--reveal")
    assert "Traceback" not in out.stderr, out.stderr
    records = _records(out.stdout)
    leaflet, notice, follow_up = (
        records["退烧药.txt"],
        records["补办公告.docx"],
        records["随访.txt"],
    )
    assert leaflet["categories"] == [] and leaflet["findings"] == []
    # the announcement's line goes (its mailbox already went: an organisation's contact line);
    # its address is reported as before
    assert notice["public"] is True
    assert [(f["entity_type"], f["value"]) for f in notice["findings"]] == [
        ("CN_ADDRESS", "青石镇人民路18号")
    ]
    # the same line and address in a patient's record are hers: reported
    found = {(f["entity_type"], f["value"]) for f in follow_up["findings"]}
    assert follow_up["categories"] == ["medical"]
    assert {
        ("CN_PHONE", "0571-88886666"),
        ("CN_PHONE", "13905718842"),
        ("CN_ADDRESS", "青石镇人民路18号"),
    } <= found


def _big_leaflet(path: Path) -> Path:
    """A leaflet series too large for one process (split over helpers), each issue closing with
    a night line and every fifth with a doctor's mobile."""
    rng = random.Random(5)
    issues = []
    for i in range(6000):
        line = f"第{i + 1}期 儿童退烧药怎么用？两次用药间隔4—6小时，不要用酒精擦身。"
        line += f"夜间急诊：0571-8888{rng.randint(1000, 9999)}"
        if i % 5 == 0:
            line += f"，签约医生手机：139{rng.randint(10_000_000, 99_999_999)}"
        issues.append(line)
    path.write_text("\n".join(issues) + "\n", encoding="utf-8")
    return path


@pytest.mark.slow
@pytest.mark.parametrize("reveal", [False, True])
def test_helpers_leave_out_the_same_contacts_as_one_process(tmp_path: Path, reveal: bool) -> None:
    """A large file's findings are made and rendered by helpers before the document is decided;
    the record must still be the one a single process writes, and its counts those findings'."""
    path = _big_leaflet(tmp_path / "退烧药合订本.txt")
    assert path.stat().st_size >= SPLIT_FROM_BYTES
    scanner = Scanner()
    alone = scanner.scan_file(path)
    assert alone.categories == []
    assert {f.entity_type for f in alone.findings} == {"CN_PHONE"}
    assert all(f.value.startswith("139") for f in alone.findings)
    assert len(alone.findings) == 1200
    split = scan_split(scanner, path, reveal)
    assert split.finding_fragments is not None and len(split.finding_fragments) > 4
    line = splice_findings(render_line(split, reveal), split.finding_fragments)
    assert line == render_line(alone, reveal)
    assert split.counts_by_entity() == alone.counts_by_entity() == {"CN_PHONE": 1200}
