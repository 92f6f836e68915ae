"""``--format table``: a readable table for a person at a terminal, then a bilingual summary.

Files where nothing was found are counted, not listed (``--all`` lists them), so a scan of a
share with thousands of harmless files still fits on a screen. Values are masked unless
``--reveal``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from rich.console import Console
from rich.table import Table

from scanner.names import escape_name
from scanner.output.interface import Summary, Writer
from scanner.pipeline import STATUS_OK, FileResult

CATEGORY_NAMES = {
    "medical": "医疗",
    "financial": "财务",
    "personnel": "人事",
    "operations": "业务运营",
    "other": "其他",
}
STATUS_NAMES = {"ok": "完成", "error": "出错", "skipped": "跳过"}


def _findings_cell(r: FileResult, reveal: bool) -> str:
    counts = Counter(f.entity_type for f in r.findings)
    samples: dict[str, list[str]] = defaultdict(list)
    for f in r.findings:
        shown = f.value if reveal else f.to_dict()["masked"]
        if shown not in samples[f.entity_type] and len(samples[f.entity_type]) < 2:
            samples[f.entity_type].append(shown)
    parts = []
    for ent, n in counts.most_common():
        more = "…" if n > len(samples[ent]) else ""
        parts.append(f"{ent}×{n} ({', '.join(samples[ent])}{more})")
    return "\n".join(parts)


class TableWriter(Writer):
    def __init__(self, stream: Any, reveal: bool = False, show_all: bool = False) -> None:
        super().__init__(stream, reveal)
        self.show_all = show_all
        self.rows: list[FileResult] = []
        self.quiet_files = 0
        self.console = Console(file=stream, highlight=False, soft_wrap=False)

    def write(self, result: FileResult) -> None:
        if self.show_all or result.status != STATUS_OK or result.findings or result.categories:
            self.rows.append(result)
        else:
            self.quiet_files += 1

    def finish(self, summary: Summary) -> None:
        if self.rows:
            table = Table(show_lines=True, header_style="bold")
            table.add_column("文件 File", overflow="fold", ratio=3)
            table.add_column("状态 Status", overflow="fold", ratio=2)
            table.add_column("类别 Categories", overflow="fold")
            table.add_column("标签 Label", overflow="fold")
            table.add_column("发现 Findings", overflow="fold", ratio=3)
            for r in self.rows:
                status = STATUS_NAMES.get(r.status, r.status)
                if r.error:
                    status = f"{status}: {r.error}"
                elif r.public:
                    status = f"{status}（公开材料 public）"
                cats = "、".join(CATEGORY_NAMES.get(c, c) for c in r.categories) or "—"
                table.add_row(
                    escape_name(r.path),
                    status,
                    cats,
                    r.label.text if r.label else "—",
                    _findings_cell(r, self.reveal) or "—",
                )
            self.console.print(table)
        self.console.print(self._summary_text(summary))

    def _summary_text(self, s: Summary) -> str:
        cats = "，".join(
            f"{CATEGORY_NAMES.get(c, c)} {n}" for c, n in sorted(s.by_category.items())
        )
        cats_en = ", ".join(f"{c} {n}" for c, n in sorted(s.by_category.items()))
        zh = (
            f"扫描 {s.files} 个文件：{s.secret_files} 个含工作秘密"
            + (f"（{cats}）" if cats else "")
            + f"，{s.public_files} 个为公开材料，{s.errors} 个出错，{s.skipped} 个跳过；"
            f"共 {s.findings} 处敏感信息；用时 {s.seconds:.1f} 秒。"
        )
        en = (
            f"Scanned {s.files} files: {s.secret_files} hold work secrets"
            + (f" ({cats_en})" if cats_en else "")
            + f", {s.public_files} public, {s.errors} errors, {s.skipped} skipped; "
            f"{s.findings} findings in {s.seconds:.1f} s."
        )
        extra = []
        if self.quiet_files:
            extra.append(
                f"{self.quiet_files} 个文件未发现敏感信息（--all 列出）/ "
                f"{self.quiet_files} files with nothing found (--all lists them)"
            )
        if s.ignored:
            extra.append(f"忽略 {s.ignored} 个非文档文件 / ignored {s.ignored} non-document files")
        if not self.reveal and s.findings:
            extra.append("数值已脱敏；--reveal 显示原值 / values are masked; --reveal shows them")
        return "\n".join([zh, en, *extra])
