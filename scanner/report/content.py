"""The report's words and tables, built once from ReportData; html.py and pdf.py only lay them out,
so the two formats always say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from scanner.readfail import class_name
from scanner.report.data import (
    LABELED_ONLY,
    LISTED,
    SEALED,
    STATE_NAMES,
    STATES,
    UNPROTECTED,
    Listed,
    ReportData,
)

NONE = "无 / none"
PENDING_LINE = "尚未保护的文件（涉密或未能判定） Documents not yet protected (secret or not known)"
PENDING_SECRET_LINE = "其中已知涉密 Of them known to be secret"
OLDEST_LINE = "最久已等待（天） The oldest has waited (days)"
UNREADABLE_LINE = "无法读取的文件 Files that could not be read"
NO_FORMAT = "（未记录 / not recorded）"
MAX_ROWS = LISTED  # longer lists are cut, with a line saying how many were left out


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]
    omitted: int = 0  # rows left out beyond MAX_ROWS
    numeric: tuple[int, ...] = ()  # columns aligned right


@dataclass
class Section:
    heading: str
    blocks: list[Any] = field(default_factory=list)  # str (paragraph) | Table | ("chart", key)
    note: str = ""  # small print under the heading: where the numbers come from


def build(data: ReportData) -> tuple[list[tuple[str, str]], list[Section]]:
    """(header facts, sections)."""
    p = data.period
    facts = [
        ("单位 Site", data.site),
        ("报告期 Period", f"{p.since.isoformat()} 至 {p.until.isoformat()}"),
        ("生成时间 Generated", _ts(data.generated_at)),
        ("baomi 版本 Version", data.version),
        ("记录库 Store", data.store),
    ]
    return facts, [
        _summary(data),
        _violations(data),
        _pending(data),
        _blind_spots(data),
        _trend(data),
        _expiry(data),
        _access(data),
        _transfers(data),
        _lifecycle(data),
        _audit(data),
    ]


def _summary(d: ReportData) -> Section:
    states = d.states
    total = d.secret
    sealed_pct = f"{100 * states[SEALED] / total:.0f}%" if total else "—"
    s = Section(
        "一、总体情况 Summary",
        note="数字取自记录库当前状态（files、labels、seals 表）；"
        "一个文件属于多个类别时在每个类别下各计一次。",
    )
    s.blocks.append(
        Table(
            ["项目 Item", "数量 Count"],
            [
                ["登记文件 Registered files", str(d.registered)],
                ["涉密文件 Secret files", str(total)],
                [STATE_NAMES[SEALED], str(states[SEALED])],
                [STATE_NAMES[LABELED_ONLY], str(states[LABELED_ONLY])],
                [STATE_NAMES[UNPROTECTED], str(states[UNPROTECTED])],
                ["加密率 Sealed share", sealed_pct],
                ["报告期内新登记涉密文件 New secret files in the period", str(d.new_in_period)],
                ["报告期内扫描记录 Scan records in the period", str(d.scans_in_period)],
                ["已解密或已销毁 Declassified or destroyed", str(d.closed)],
                [PENDING_LINE, str(d.pending.total)],
                [PENDING_SECRET_LINE, str(d.pending_secret)],
                [OLDEST_LINE, _days(d.oldest_pending_days)],
                [UNREADABLE_LINE, str(d.blind.total)],
            ],
            numeric=(1,),
        )
    )
    if d.site_ids:
        s.blocks.append(_sites(d))
    s.blocks.append(_formats(d))
    cats = d.categories
    s.blocks.append(("chart", "category"))
    s.blocks.append(
        _table(
            ["类别 Category", *[STATE_NAMES[x] for x in STATES], "合计 Total"],
            [
                [d.category_name(c), *[str(n[x]) for x in STATES], str(sum(n.values()))]
                for c, n in cats.items()
            ],
            numeric=(1, 2, 3, 4),
        )
    )
    return s


def _violations(d: ReportData) -> Section:
    bad = d.unsealed
    s = Section(
        "二、未保护的涉密文件 Violations",
        note="违规：发现涉密内容但未加密的文件（未标志，或已标志未加密）。“科室”取共享目录下"
        "的第一级文件夹。",
    )
    if not d.secret:
        s.blocks.append("记录库中没有登记的涉密文件。No secret files are registered.")
    elif not bad.total:
        s.blocks.append(
            "未发现违规：全部涉密文件均已加密。No violations: every secret file is sealed."
        )
    else:
        s.blocks.append(
            f"共 {bad.total} 个涉密文件未加密，其中 {d.states[UNPROTECTED]} 个既未标志也未加密。"
        )
    marks = d.state_secret
    if marks.total:
        s.blocks.append(
            f"另有 {marks.total} 个文件带有国家秘密标志（机密/绝密），"
            "不应存放在本服务器上，须报告保密委员会处理。"
            f"{marks.total} files carry a state-secret mark; they do not belong on "
            "this server."
        )
        s.blocks.append(
            _listed(
                ["文件 File", "主机 Host", "标志 Mark"],
                marks,
                [[path, host, mark] for host, path, mark in marks.rows],
            )
        )
    s.blocks.append(("chart", "share"))
    heads = [*[STATE_NAMES[x] for x in STATES], "合计 Total"]
    s.blocks.append(
        _table(
            ["共享目录 Share", *heads],
            [[g, *[str(n[x]) for x in STATES], str(sum(n.values()))] for g, n in d.shares],
            numeric=(1, 2, 3, 4),
        )
    )
    s.blocks.append(
        _table(
            ["共享目录 / 科室 Department", *heads],
            [[g, *[str(n[x]) for x in STATES], str(sum(n.values()))] for g, n in d.departments],
            numeric=(1, 2, 3, 4),
        )
    )
    if bad.total:
        s.blocks.append(
            _listed(
                ["文件 File", "类别 Category", "状态 State", "首次发现 First seen"],
                bad,
                [
                    [f.path, _cats(d, f.categories), STATE_NAMES[f.state], _day(f.first_seen)]
                    for f in bad.rows
                ],
            )
        )
    return s


def _sites(d: ReportData) -> Table:
    """A county's store: one row per centre (site id), the most unprotected first."""
    return _table(
        [
            "站点 Site",
            "登记文件 Registered",
            *[STATE_NAMES[x] for x in STATES],
            "待保护 Not yet protected",
        ],
        [
            [site, str(registered), *[str(states[x]) for x in STATES], str(pending)]
            for site, registered, states, pending in d.sites
        ],
        numeric=(1, 2, 3, 4, 5),
    )


def _formats(d: ReportData) -> Table:
    """Registered files and unreadable files by format, in one table: what was read of each
    format and what was not."""
    unread = d.blind.by_format()
    rows: dict[str, list[int]] = {}
    for f in d.formats:
        rows.setdefault(f.format or "", [0, 0, 0])[:2] = [f.files, f.secret]
    for fmt, n in unread.items():
        rows.setdefault(fmt, [0, 0, 0])[2] = n
    ordered = sorted(rows.items(), key=lambda kv: (-(kv[1][0] + kv[1][2]), kv[0]))
    return _table(
        ["格式 Format", "登记文件 Registered", "其中涉密 Secret", "无法读取 Could not be read"],
        [[fmt or NO_FORMAT, *(str(n) for n in counts)] for fmt, counts in ordered],
        numeric=(1, 2, 3),
    )


def _pending(d: ReportData) -> Section:
    s = Section(
        "三、尚未保护的涉密文件 Secret documents not yet protected",
        note="取自守护进程处理失败、等待重试的认领（claims 表，outcome = retrying）与已登记但"
        "既未标志也未加密的涉密文件。等待天数从首次失败（或首次发现）算起。守护进程会按计划"
        "重试，直至文件被保护或被删除。",
    )
    pending = d.pending
    secret = d.pending_secret
    # a claim of a file never read is the only kind whose categories are not known
    unknown = pending.total - secret
    if not pending.total:
        s.blocks.append("没有尚未保护的涉密文件。No secret document is waiting to be protected.")
        return s
    oldest = d.oldest_pending_days
    s.blocks.append(
        f"尚未保护的文件 {pending.total} 个，其中已知涉密 {secret} 个，"
        f"{unknown} 个因处理失败尚不能判定是否涉密；最久已等待 {_days(oldest)} 天。"
        f"{pending.total} documents not yet protected: {secret} known to be secret, "
        f"{unknown} failed before it was known; the oldest has waited {_days(oldest)} days."
    )
    s.blocks.append(
        _table(
            ["原因 Reason", "文件数 Files"],
            [[r, str(n)] for r, n in d.pending_reasons.items()],
            numeric=(1,),
        )
    )
    s.blocks.append(
        _listed(
            [
                "文件 File",
                "类别 Category",
                "主机 Host",
                "等待天数 Days waiting",
                "原因 Reason",
                "来源 Source",
            ],
            pending,
            [
                [
                    p.where,
                    "未能判定 unknown" if p.categories is None else _cats(d, p.categories),
                    p.host,
                    _days(p.days(d.today)),
                    p.reason,
                    _SOURCE.get(p.source, p.source),
                ]
                for p in pending.rows
            ],
            numeric=(3,),
        )
    )
    return s


_SOURCE = {"daemon": "守护进程 daemon", "registered": "登记 registry"}


def _blind_spots(d: ReportData) -> Section:
    b = d.blind
    s = Section(
        "四、无法读取的文件 Files that could not be read",
        note="取自 unreadable 表：baomi scan --record 与守护进程扫描时无法读取的文档类文件"
        "（已加密、损坏、需要文字识别、格式不支持、超时或内存超限等）。这些文件中的秘密无法"
        "被发现，是检查的盲区；文件之后被成功读取时从表中移除。",
    )
    if not b.total:
        s.blocks.append("没有无法读取的文件。Every document scanned could be read.")
        return s
    s.blocks.append(
        f"共 {b.total} 个文件无法读取，其中的秘密未能检查。"
        f"{b.total} files could not be read: any secret in them is unknown."
    )
    s.blocks.append(
        _table(
            ["原因 Reason", "文件数 Files"],
            [[class_name(c), str(n)] for c, n in b.by_class().items()],
            numeric=(1,),
        )
    )
    s.blocks.append(
        _table(
            ["格式 Format", "原因 Reason", "文件数 Files"],
            [[c.format or NO_FORMAT, class_name(c.reason_class), str(c.files)] for c in b.counts],
            numeric=(2,),
        )
    )
    listed = _table(
        [
            "文件 File",
            "格式 Format",
            "原因 Reason",
            "说明 Detail",
            "主机 Host",
            "首次 First seen",
            "最近 Last seen",
            "次数 Tries",
        ],
        [
            [
                u.path,
                u.format or NO_FORMAT,
                class_name(u.reason_class),
                u.reason,
                u.host,
                _day(u.first_seen),
                _day(u.last_seen),
                str(u.attempts),
            ]
            for u in b.listed
        ],
        numeric=(7,),
    )
    # the list is read one page long; the rest are in the counts above
    listed.omitted = max(listed.omitted, b.total - len(listed.rows))
    s.blocks.append(listed)
    return s


def _trend(d: ReportData) -> Section:
    s = Section(
        "五、每月趋势 Trend by month",
        note="新登记：files.first_seen 在该月的涉密及其他登记文件；加密：seals.sealed_at "
        "在该月的加密次数。",
    )
    s.blocks.append(("chart", "trend"))
    s.blocks.append(
        _table(
            ["月份 Month", "新登记 Registered", "加密 Sealed"],
            [[m, str(r), str(n)] for m, r, n in d.trend],
            numeric=(1, 2),
        )
    )
    return s


def _expiry(d: ReportData) -> Section:
    s = Section(
        "六、保密期限 Expiring and expired",
        note="到期日取文件最新标志的保密期限（无标志时取加密记录的期限）。到期后应按制度"
        "审核解密或继续保密。",
    )
    for line, listed in (
        ("未来 90 天内到期 Expiring within 90 days", d.expiring),
        ("已过保密期限 Expired", d.expired),
    ):
        s.blocks.append(f"{line}：{listed.total}")
        s.blocks.append(
            _listed(
                ["文件 File", "类别 Category", "到期日 Expires", "状态 State"],
                listed,
                [
                    [f.path, _cats(d, f.categories), f.expires.isoformat(), STATE_NAMES[f.state]]
                    for f in listed.rows
                    if f.expires
                ],
            )
        )
    return s


_KIND = {"consult": "查阅", "borrow": "借阅"}
_STATUS = {"pending": "待审批", "approved": "已批准", "rejected": "未批准", "returned": "已归还"}


def _access(d: ReportData) -> Section:
    s = Section(
        "七、查阅、借阅与解封 Access requests and openings",
        note="申请取自 access_requests 与 approvals 表；解封取自 openings 表"
        "（每次打开加密文件均有记录）。逾期：借阅后已解封、过了归还日期仍未归还。",
    )
    s.blocks.append(f"申请 Requests：{len(d.requests)}")
    s.blocks.append(
        _table(
            [
                "编号 No.",
                "类型 Kind",
                "申请人 Requester",
                "文件 File",
                "事由 Purpose",
                "期限 Until",
                "审批 Approvals",
                "状态 Status",
            ],
            [
                [
                    str(r["id"]),
                    _KIND.get(r["kind"], r["kind"]),
                    r["requester"],
                    r["path"],
                    r["purpose"],
                    _day(r["until"]),
                    r["approvals"],
                    _STATUS.get(r["status"], r["status"]),
                ]
                for r in d.requests
            ],
        )
    )
    s.blocks.append(f"解封 Openings：{len(d.openings)}")
    s.blocks.append(
        _table(
            ["时间 When", "人员 Who", "文件 What", "事由 Why", "申请 Request", "主机 Host"],
            [
                [
                    _ts(o["opened_at"]),
                    o["actor"],
                    o["path"],
                    o["reason"] or "（未填写 not given）",
                    o["request_id"] or "—",
                    o["host"],
                ]
                for o in d.openings
            ],
        )
    )
    s.blocks.append(f"逾期未还 Overdue borrowed copies：{len(d.overdue)}")
    s.blocks.append(
        _table(
            [
                "编号 No.",
                "借阅人 Borrower",
                "文件 File",
                "事由 Purpose",
                "应还日期 Due",
                "逾期天数 Days overdue",
            ],
            [
                [
                    str(o["id"]),
                    o["requester"],
                    o["path"],
                    o["purpose"],
                    _day(o["until"]),
                    str(o["days"]),
                ]
                for o in d.overdue
            ],
            numeric=(5,),
        )
    )
    return s


def _transfers(d: ReportData) -> Section:
    s = Section("八、传递 Transfers", note="取自 transfers 表：重新加密给其他接收人的文件。")
    s.blocks.append(
        _table(
            [
                "时间 When",
                "文件 File",
                "接收人 Recipient",
                "方式 Method",
                "批准 Approved by",
                "紧急 Emergency",
                "经办 Actor",
            ],
            [
                [
                    _ts(t["transferred_at"]),
                    t["sealed_path"],
                    t["recipient_name"],
                    t["method"],
                    t["approved_by"],
                    (
                        "是，"
                        + (
                            "已补批 " + _day(t["approved_after_at"])
                            if t.get("approved_after_at")
                            else "待补批"
                        )
                        if t["emergency"]
                        else "否"
                    ),
                    t["actor"],
                ]
                for t in d.transfers
            ],
        )
    )
    return s


_REASON = {"published": "已公开", "not-needed": "无需继续保密", "expired": "保密期限已满"}
_ACTION = {"unmarked": "去除标志", "unsealed": "解除加密", "recorded": "仅登记"}


def _lifecycle(d: ReportData) -> Section:
    s = Section(
        "九、解密与销毁 Declassifications and destructions",
        note="取自 declassifications 与 destructions 表。销毁记录按规定保存至“保存至”日期。",
    )
    s.blocks.append(f"解密 Declassifications：{len(d.declassifications)}")
    s.blocks.append(
        _table(
            [
                "时间 When",
                "文件 File",
                "理由 Reason",
                "处理 Action",
                "批准 Approved by",
                "经办 Actor",
            ],
            [
                [
                    _ts(r["declassified_at"]),
                    r["path"],
                    _REASON.get(r["reason"], r["reason"])
                    + (f"（{r['note']}）" if r["note"] else ""),
                    _ACTION.get(r["action"], r["action"]),
                    r["approved_by"],
                    r["actor"],
                ]
                for r in d.declassifications
            ],
        )
    )
    s.blocks.append(f"销毁 Destructions：{len(d.destructions)}")
    s.blocks.append(
        _table(
            [
                "时间 When",
                "地点 Host",
                "文件 File",
                "方式 Method",
                "理由 Reason",
                "批准 Approved by",
                "人员 People",
                "保存至 Kept until",
            ],
            [
                [
                    _ts(r["destroyed_at"]),
                    r["host"],
                    r["path"],
                    r["method"],
                    r["reason"],
                    r["approved_by"],
                    r["people"],
                    _day(r["keep_until"]),
                ]
                for r in d.destructions
            ],
        )
    )
    return s


def _audit(d: ReportData) -> Section:
    a = d.audit
    s = Section(
        "十、审计日志 Audit chain",
        note="对全部审计事件逐条核验哈希链（baomi audit verify）。请保存链头，下次核验时"
        "可证明日志未被截断或改写。",
    )
    if a.ok:
        s.blocks.append(f"完整 intact：{a.checked} 条事件 events")
    elif a.first_bad is None:
        s.blocks.append(f"告警 ALARM：{a.reason}")
    else:
        s.blocks.append(f"不完整 BROKEN：第 {a.first_bad} 条事件起有问题 — {a.reason}")
    if a.head:
        # Kept on paper by the committee: the one proof a server with the key cannot rewrite.
        seq, _, digest = a.head.partition(":")
        s.blocks.append(
            f"链头 head（请抄录保存 / keep on paper）：序号 seq {seq}，哈希 hash {digest}"
        )
        s.blocks.append(f"核验 / verify later: baomi audit verify --head {a.head}")
    else:
        s.blocks.append("链头 head：无 none (no events yet)")
    s.blocks.append(
        _table(
            ["事件类型 Kind", "报告期内数量 Events in the period"],
            [[k, str(n)] for k, n in a.events_in_period.items()],
            numeric=(1,),
        )
    )
    return s


# -- helpers -------------------------------------------------------------------------------------


def _table(headers: list[str], rows: list[list[str]], numeric: tuple[int, ...] = ()) -> Table:
    if not rows:
        return Table(headers, [], numeric=numeric)
    return Table(headers, rows[:MAX_ROWS], max(0, len(rows) - MAX_ROWS), numeric)


def _listed(
    headers: list[str], listed: Listed[Any], rows: list[list[str]], numeric: tuple[int, ...] = ()
) -> Table:
    """A table of one page of a list, saying how many more there are."""
    return Table(headers, rows[:MAX_ROWS], max(0, listed.total - min(len(rows), MAX_ROWS)), numeric)


def _cats(d: ReportData, cats: list[str]) -> str:
    return "、".join(d.category_name(c) for c in cats) or "—"


def _days(value: int | None) -> str:
    return "—" if value is None else str(value)


def _ts(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if value else "—"


def _day(value: date | datetime | None) -> str:
    if value is None:
        return "—"
    return value.date().isoformat() if isinstance(value, datetime) else value.isoformat()
