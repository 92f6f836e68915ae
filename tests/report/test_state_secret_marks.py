"""A document carrying a state-secret mark (机密, 绝密) is kept in the store with its mark and
listed in the committee's report: it does not belong on the server (issue 9)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from scanner.report import Period, gather
from scanner.report.content import Table, build
from scanner.store import Store
from scanner.store.tables import files as files_t
from tests.docmaker import make_docx, make_text


def test_state_secret_marks_reach_the_store_and_the_report(
    store: Store, scanner, tmp_path: Path
) -> None:
    secret = make_docx(tmp_path / "纪要.docx", ["关于某项工作的会议纪要", "会议讨论了有关事项。"],
                       header="机密★10年")  # fmt: skip
    work = make_text(tmp_path / "通知.txt", "秘密★1年\n关于春节值班的通知\n请按要求安排。\n")
    for path in (secret, work):
        assert store.register_scan(scanner.scan_file(path), scanned_path=path) is not None
    with store.engine.connect() as conn:
        stored = dict(conn.execute(select(files_t.c.path, files_t.c.existing_mark)).all())
    marks = {Path(p).name: json.loads(m) for p, m in stored.items()}
    assert marks == {
        "纪要.docx": {"text": "机密★10年", "retention_years": 10, "state_secret": True},
        "通知.txt": {"text": "秘密★1年", "retention_years": 1, "state_secret": False},
    }
    today = datetime.now(UTC).date()
    data = gather(store, Period(today, today), today=today)
    assert data.state_secret.total == 1
    assert [(Path(p).name, m) for _, p, m in data.state_secret.rows] == [("纪要.docx", "机密★10年")]
    _, sections = build(data)
    violations = next(s for s in sections if "Violations" in s.heading)
    text = " ".join(b for b in violations.blocks if isinstance(b, str))
    assert "1 个文件带有国家秘密标志" in text and "do not belong on this server" in text
    rows = [r for b in violations.blocks if isinstance(b, Table) for r in b.rows]
    assert [str(secret), "机密★10年"] in [[r[0], r[2]] for r in rows]
