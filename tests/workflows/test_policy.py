"""The daemon's policy: globs (with **), shares, overrides, the strongest action, ignored
files and every configuration error naming its place."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from scanner.workflows.policy import ACTIONS, PolicyError, WatchPolicy, compile_glob, load_policy
from scanner.workflows.protect import ACTIONS as PROTECT_ACTIONS

EXAMPLE = """
[policy]
medical = "seal"
financial = "seal"
personnel = "seal"
operations = "label"
other = "label"
include = ["**/*"]
exclude = ["**/草稿/**", "**/模板/*.docx"]

[[share]]
name = "finance"
path = "/srv/share/财务科"
policy = { operations = "seal" }
exclude = ["**/公开/**"]

[[share]]
name = "clinic"
path = "/srv/share/门诊"
include = ["病历/**", "**/*.pdf"]
policy = { medical = "label", other = "detect" }
"""


def _policy(text: str = EXAMPLE, roots: tuple[str, ...] | None = None) -> WatchPolicy:
    data = tomllib.loads(text)
    if roots is None:
        roots = tuple(s["path"] for s in data.get("share", []))
    return load_policy(data, [Path(r) for r in roots])


# -- globs -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("glob", "path", "hit"),
    [
        ("**/*", "a.docx", True),
        ("**/*", "年报/2024/a.docx", True),
        ("*.docx", "a.docx", True),
        ("*.docx", "年报/a.docx", False),  # * never crosses a folder
        ("**/*.docx", "年报/a.docx", True),
        ("**/*.docx", "a.docx", True),  # ** matches no folder too
        ("**/草稿/**", "草稿/通知.docx", True),
        ("**/草稿/**", "科室/草稿/旧/通知.docx", True),
        ("**/草稿/**", "科室/草稿箱/通知.docx", False),
        ("**/草稿/**", "科室/新草稿/通知.docx", False),
        ("**/模板/*.docx", "行政/模板/请假单.docx", True),
        ("**/模板/*.docx", "行政/模板/旧/请假单.docx", False),
        ("**/模板/*.docx", "行政/模板/请假单.xlsx", False),
        ("病历/**", "病历/2024/张三.docx", True),
        ("病历/**", "旧病历/张三.docx", False),
        ("a/**/b.txt", "a/b.txt", True),
        ("a/**/b.txt", "a/x/y/b.txt", True),
        ("a/**/b.txt", "ab.txt", False),
        ("?.txt", "甲.txt", True),
        ("?.txt", "甲乙.txt", False),
        ("[!~]*.docx", "~a.docx", False),
        ("[!~]*.docx", "a.docx", True),
        ("[0-9]*月.xlsx", "3月.xlsx", True),
        ("[0-9]*月.xlsx", "三月.xlsx", False),
        ("[ab/]x", "a/x", False),  # a class never matches "/"
        ("报表(2024).xlsx", "报表(2024).xlsx", True),  # regex characters are literal
        ("报表(2024).xlsx", "报表2024.xlsx", False),
        ("a[b.txt", "a[b.txt", True),  # an unclosed [ is literal, as in fnmatch
        ("./*.pdf", "a.pdf", True),
    ],
)
def test_globs(glob: str, path: str, hit: bool) -> None:
    assert bool(compile_glob(glob).fullmatch(path)) is hit


# -- shares and actions ----------------------------------------------------------------------


def test_actions_are_protects() -> None:
    assert ACTIONS is PROTECT_ACTIONS


def test_shares_overrides_and_the_strongest_action() -> None:
    policy = _policy()
    assert [s.name for s in policy.shares] == ["finance", "clinic"]
    assert dict(policy.actions) == {
        "medical": "seal",
        "financial": "seal",
        "personnel": "seal",
        "operations": "label",
        "other": "label",
    }
    fin = Path("/srv/share/财务科/2024/工资表.xlsx")
    clinic = Path("/srv/share/门诊/病历/张三.docx")
    assert policy.share_for(fin).name == "finance"
    assert policy.share_for(fin).relpath(fin) == "2024/工资表.xlsx"
    # finance: operations raised to seal; the global label for "other" stays.
    assert policy.action_for(fin, ["operations"]) == "seal"
    assert policy.action_for(fin, ["other"]) == "label"
    # clinic: medical lowered to label, other to detect; personnel keeps the global seal.
    assert policy.action_for(clinic, ["medical"]) == "label"
    assert policy.action_for(clinic, ["other"]) == "detect"
    assert policy.action_for(clinic, ["other", "medical"]) == "label"
    assert policy.action_for(clinic, ["medical", "personnel", "other"]) == "seal"
    assert policy.action_for(clinic, []) == "detect"
    with pytest.raises(PolicyError, match="not inside any watched share"):
        policy.action_for(Path("/home/张三/a.docx"), ["medical"])
    with pytest.raises(ValueError, match="unknown category"):
        policy.action_for(fin, ["secret"])


def test_defaults_without_a_config(tmp_path: Path) -> None:
    root = tmp_path / "公共文件"
    policy = load_policy({}, [root])
    (share,) = policy.shares
    assert share.name == "公共文件" and share.path == root
    assert dict(share.actions) == {
        c: "seal" for c in ("medical", "financial", "personnel", "operations", "other")
    }
    assert share.include == ("**/*",) and share.exclude == ()
    assert policy.wants(root / "深/层/目录/体检表.pdf")
    assert policy.action_for(root / "a.docx", ["operations"]) == "seal"


def test_wants_documents_of_the_share_only() -> None:
    policy = _policy()
    fin = Path("/srv/share/财务科")
    assert policy.wants(fin / "2024/工资表.xlsx")
    assert policy.wants(fin / "报销.DOCX")  # extensions in any case
    assert not policy.wants(fin / "科室/草稿/工资表.xlsx")  # global exclude
    assert not policy.wants(fin / "模板/报销单.docx")  # global exclude
    assert policy.wants(fin / "模板/报销单.xlsx")
    assert not policy.wants(fin / "公开/通知.pdf")  # the share's own exclude
    # Transient and baomi's own files.
    for name in (
        "~$工资表.xlsx",
        ".~lock.工资表.xlsx#",
        "工资表.xlsx.tmp",
        "a.tmp",
        "工资表.xlsx.baomi",
        ".工资表.xlsx.seal.baomi.tmp",
        "名单.csv.label.json",
        "程序.exe",
        "无扩展名",
    ):
        assert not policy.wants(fin / name), name
    # a photo may be a photographed form: the daemon records it (skipped: needs OCR)
    assert policy.wants(fin / "照片.jpg")
    for name in ("旧.doc", "表.et", "通知.ofd", "来信.eml", "资料.zip", "演示.pptx"):
        assert policy.wants(fin / name), name
    assert not policy.wants(Path("/srv/share/其他/a.docx"))  # outside every share
    assert not policy.wants(Path("/srv/share/财务科"))  # the root itself
    # clinic: include replaces the global one; the global excludes still apply.
    clinic = Path("/srv/share/门诊")
    assert policy.wants(clinic / "病历/2024/张三.docx")
    assert policy.wants(clinic / "检验/报告.pdf")
    assert not policy.wants(clinic / "检验/报告.docx")
    assert not policy.wants(clinic / "病历/草稿/张三.docx")


def test_roots_inside_and_around_configured_shares(tmp_path: Path) -> None:
    text = EXAMPLE + f'\n[[share]]\nname = "内科"\npath = "{tmp_path}/科室/内科"\n'
    # A root inside a configured share is that share (paths relative to the share's root,
    # so every server names a file alike); a configured share inside a root is its own;
    # configured shares this server does not watch are left out.
    policy = _policy(text, roots=("/srv/share/财务科/2024", str(tmp_path / "科室")))
    assert sorted(s.name for s in policy.shares) == ["finance", "内科", "科室"]
    fin_doc = Path("/srv/share/财务科/2024/工资表.xlsx")
    assert policy.share_for(fin_doc).relpath(fin_doc) == "2024/工资表.xlsx"
    assert policy.action_for(fin_doc, ["operations"]) == "seal"
    assert policy.share_for(tmp_path / "科室/内科/a.docx").name == "内科"
    outer = policy.share_for(tmp_path / "科室/外科/a.docx")
    assert outer.name == "科室" and outer.exclude == ("**/草稿/**", "**/模板/*.docx")
    assert outer.actions["operations"] == "label"  # the global [policy]
    # An unconfigured root named like a configured share inside it: refused, not mixed up.
    clash = EXAMPLE + f'\n[[share]]\nname = "科室"\npath = "{tmp_path}/科室/内科"\n'
    with pytest.raises(PolicyError, match="both share '科室'"):
        _policy(clash, roots=(str(tmp_path / "科室"),))


def test_nested_share_longest_root_wins(tmp_path: Path) -> None:
    text = f"""
[[share]]
name = "all"
path = "{tmp_path}/srv"
[[share]]
name = "inner"
path = "{tmp_path}/srv/内科"
policy = {{ medical = "label" }}
"""
    policy = _policy(text, roots=(f"{tmp_path}/srv",))
    assert [s.name for s in policy.shares] == ["all", "inner"]
    doc = tmp_path / "srv/内科/病历.docx"
    assert policy.share_for(doc).name == "inner"
    assert policy.share_for(doc).relpath(doc) == "病历.docx"
    assert policy.action_for(doc, ["medical"]) == "label"
    assert policy.share_for(tmp_path / "srv/外科/病历.docx").name == "all"
    assert policy.share_for(tmp_path / "srv/内科2/病历.docx").name == "all"


def test_unconfigured_roots_with_one_folder_name_collide(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="both share 'docs'"):
        load_policy({}, [tmp_path / "a/docs", tmp_path / "b/docs"])
    # The same root twice is one share.
    assert len(load_policy({}, [tmp_path / "a", tmp_path / "a/"]).shares) == 1


# -- errors ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ('[policy]\nmedicine = "seal"', r"\[policy\]: .*unknown key 'medicine'; allowed: medical"),
        (
            '[policy]\nmedical = "encrypt"',
            r"\[policy\]: medical = 'encrypt' .*not an action; use one of detect, label, seal",
        ),
        ('[policy]\nexclude = "**/草稿/**"', r"\[policy\] exclude .*must be a list"),
        ('[policy]\ninclude = ["/srv/**"]', r"\[policy\] include: '/srv/\*\*'.*relative"),
        ('[policy]\ninclude = [""]', r"\[policy\] include: .*empty glob"),
        ('policy = "seal"', r"\[policy\] .*must be a table"),
        ('[share]\nname = "a"', r"\[\[share\]\] .*array of tables"),
        (
            '[[share]]\nname = "a"\npath = "srv/a"',
            r"\[\[share\]\] #1 \(a\): path 'srv/a'.*absolute",
        ),
        ('[[share]]\nname = "a"', r"\[\[share\]\] #1 \(a\): .*needs path"),
        (
            '[[share]]\nname = "a"\npath = "/srv/a"\npolicy = { operation = "seal" }',
            r"\[\[share\]\] #1 \(a\) policy: .*unknown key 'operation'",
        ),
        (
            '[[share]]\nname = "a"\npath = "/srv/a"\npolicy = { other = "lock" }',
            r"\[\[share\]\] #1 \(a\) policy: other = 'lock'",
        ),
        (
            '[[share]]\nname = "a"\npath = "/srv/a"\npolicy = "seal"',
            r"\[\[share\]\] #1 \(a\): policy .*must be a table",
        ),
        (
            '[[share]]\nname = "a"\npath = "/srv/a"\nexcludes = []',
            r"\[\[share\]\] #1 \(a\): .*unknown key 'excludes'",
        ),
        (
            '[[share]]\nname = "a"\npath = "/srv/a"\n[[share]]\nname = "a"\npath = "/srv/b"',
            r"\[\[share\]\] #2 \(a\): .*share name 'a' is used twice",
        ),
        (
            '[[share]]\nname = "a"\npath = "/srv/a"\n[[share]]\nname = "b"\npath = "/srv/a/"',
            r"\[\[share\]\] #2 \(b\): .*path /srv/a is already share 'a'",
        ),
        (
            '[[share]]\nname = "财务/科"\npath = "/srv/a"',
            r"name '财务/科'.*not a usable share name",
        ),
        ('[[share]]\nname = ""\npath = "/srv/a"', r"not a usable share name"),
    ],
)
def test_errors_name_the_place(text: str, expect: str) -> None:
    with pytest.raises(PolicyError, match=expect) as err:
        load_policy(tomllib.loads(text), [], where="/etc/baomi/baomi.toml")
    assert str(err.value).startswith("/etc/baomi/baomi.toml: ")


def test_a_share_without_a_name_is_named_after_its_folder() -> None:
    policy = _policy('[[share]]\npath = "/srv/share/药房"')
    assert [s.name for s in policy.shares] == ["药房"]
