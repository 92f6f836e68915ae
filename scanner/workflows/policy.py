"""What the daemon does with each document: the ``[policy]`` and ``[[share]]`` config sections.

Per category an action (detect, label or seal; the strongest of a document's categories wins),
per share overrides, and include/exclude globs on the path inside the share. A share's name is
what servers that mount the same share agree on: claims and registrations carry it, so two
daemons on two servers never both seal one file (``Store.claim``). docs/watch-policy.md has the
format.

Globs are matched against the path relative to the share root, with ``/`` between folders:
``*`` and ``?`` never cross a ``/``, ``**`` as a whole component matches any number of folders
(none included). ``PurePath.full_match`` does this from Python 3.13 on; baomi runs on 3.11, so
:func:`compile_glob` translates a glob to a regular expression itself.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from types import MappingProxyType
from typing import Any

from scanner.detect.rulepacks import CATEGORY_IDS
from scanner.errors import BaomiError
from scanner.walk import is_document, is_work_file
from scanner.workflows.actions import ACTIONS

__all__ = ["ACTIONS", "PolicyError", "Share", "WatchPolicy", "compile_glob", "load_policy"]

# Stronger actions include the weaker: a sealed file carries its label, a labelled one is
# registered. So among a document's categories the strongest wins.
_STRENGTH = {action: rank for rank, action in enumerate(ACTIONS)}
DEFAULT_ACTION = "seal"  # docs/policy.md §5: secrets are kept encrypted unless the site says less
DEFAULT_INCLUDE = ("**/*",)
_POLICY_KEYS = (*CATEGORY_IDS, "include", "exclude")
_SHARE_KEYS = ("name", "path", "policy", "include", "exclude")
_BAD_NAME = re.compile(r"[/\\\x00-\x1f\x7f]")


class PolicyError(BaomiError):
    """A [policy] or [[share]] setting that cannot be used; the message names the place."""


@dataclass(frozen=True)
class Share:
    """One watched share: its root, the action per category, and which paths count."""

    name: str
    path: Path
    actions: Mapping[str, str]
    include: tuple[str, ...]
    exclude: tuple[str, ...]

    def relpath(self, path: Path) -> str:
        """``path`` relative to the share root, with ``/`` (the key of a claim)."""
        rel = os.path.relpath(_norm(path), self.path)
        if rel == os.curdir or rel.startswith(os.pardir + os.sep) or rel == os.pardir:
            raise PolicyError(
                f"{path} 不在共享 {self.name} 内 / is not inside share {self.name!r} ({self.path})"
            )
        return PurePosixPath(*Path(rel).parts).as_posix()

    def matches(self, relpath: str) -> bool:
        """Included by one of the share's include globs and excluded by none."""
        return any(compile_glob(g).fullmatch(relpath) for g in self.include) and not any(
            compile_glob(g).fullmatch(relpath) for g in self.exclude
        )


@dataclass(frozen=True)
class WatchPolicy:
    shares: tuple[Share, ...]
    # The global [policy] actions (what a share without overrides does), for reports.
    actions: Mapping[str, str] = field(
        default_factory=lambda: MappingProxyType({c: DEFAULT_ACTION for c in CATEGORY_IDS})
    )

    def share_for(self, path: Path) -> Share | None:
        """The share whose root holds ``path``; with nested shares the longest root wins."""
        target = _norm(path)
        best: Share | None = None
        for share in self.shares:
            if (
                target != share.path
                and target.is_relative_to(share.path)
                and (best is None or len(share.path.parts) > len(best.path.parts))
            ):
                best = share
        return best

    def wants(self, path: Path) -> bool:
        """Is ``path`` a document the daemon should look at? A supported format, not an Office
        lock or temporary file, not baomi's own output, inside a share and matched by its
        include globs and none of its exclude globs."""
        name = path.name
        if (
            not is_document(name)
            or name.startswith("~$")
            or name.endswith(".tmp")
            or (name.startswith(".~lock.") and name.endswith("#"))
            or name.endswith((".baomi", ".label.json"))
            or any(is_work_file(part) for part in path.parent.parts)  # inside a work folder
        ):
            return False
        share = self.share_for(path)
        return share is not None and share.matches(share.relpath(path))

    def action_for(self, path: Path, categories: Sequence[str]) -> str:
        """The strongest action among the document's categories under its share's policy
        (seal > label > detect); "detect" for a document with no category."""
        share = self.share_for(path)
        if share is None:
            raise PolicyError(f"{path} 不在任何受监视的共享内 / is not inside any watched share")
        action = "detect"
        for category in categories:
            if category not in share.actions:
                raise ValueError(
                    f"unknown category {category!r}; categories are {', '.join(CATEGORY_IDS)}"
                )
            if _STRENGTH[share.actions[category]] > _STRENGTH[action]:
                action = share.actions[category]
        return action


def load_policy(
    data: Mapping[str, Any], roots: Sequence[Path], *, where: str = "config"
) -> WatchPolicy:
    """The watch policy from a parsed TOML config (``{}`` when there is none) for the watched
    ``roots``. Each root becomes a share: the ``[[share]]`` whose path is the root or holds it
    gives its name and overrides, otherwise the root's folder name names it. A ``[[share]]``
    inside a watched root is a share of its own (the longest root wins). ``where`` names the
    config file in messages."""
    if not isinstance(data, Mapping):
        raise PolicyError(f"{where}: 配置应为表 / the config must be a TOML table")
    actions, include, exclude = _global_policy(data.get("policy", {}), where)
    configured = _configured_shares(data.get("share", []), actions, include, exclude, where)
    chosen: dict[Path, Share] = {}
    for raw_root in roots:
        root = _norm(Path(raw_root))
        holders = [s for s in configured if root == s.path or root.is_relative_to(s.path)]
        if holders:
            share = max(holders, key=lambda s: len(s.path.parts))
        else:
            share = Share(root.name or str(root), root, actions, include, exclude)
        chosen.setdefault(share.path, share)
        for inner in configured:  # a configured share inside this root
            if inner.path.is_relative_to(root):
                chosen.setdefault(inner.path, inner)
    names: dict[str, Share] = {}
    for share in chosen.values():
        other = names.setdefault(share.name, share)
        if other is not share:
            raise PolicyError(
                f"{where}: 两个共享同名 / two watched folders are both share {share.name!r} "
                f"({other.path} and {share.path}); give them distinct names with [[share]] "
                f'name = "..."'
            )
    return WatchPolicy(tuple(sorted(chosen.values(), key=lambda s: str(s.path))), actions)


def compile_glob(pattern: str) -> re.Pattern[str]:
    """A glob on a relative ``/`` path as a regular expression for ``fullmatch``."""
    return _compile(pattern)


# -- parsing -----------------------------------------------------------------------------------


def _global_policy(
    raw: Any, where: str
) -> tuple[Mapping[str, str], tuple[str, ...], tuple[str, ...]]:
    place = f"{where}: [policy]"
    if not isinstance(raw, Mapping):
        raise PolicyError(f'{place} 应为表 / must be a table, e.g. [policy] medical = "seal"')
    _unknown_keys(raw, _POLICY_KEYS, place)
    actions = {c: DEFAULT_ACTION for c in CATEGORY_IDS}
    actions.update(_actions(raw, place))
    include = _globs(raw.get("include", list(DEFAULT_INCLUDE)), f"{place} include")
    exclude = _globs(raw.get("exclude", []), f"{place} exclude")
    return MappingProxyType(actions), include, exclude


def _configured_shares(
    raw: Any,
    actions: Mapping[str, str],
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    where: str,
) -> list[Share]:
    if not isinstance(raw, list) or not all(isinstance(s, Mapping) for s in raw):
        raise PolicyError(
            f"{where}: [[share]] 应为表的数组 / must be an array of tables: write "
            f"each share as [[share]] with name and path under it"
        )
    shares: list[Share] = []
    for number, entry in enumerate(raw, 1):
        place = f"{where}: [[share]] #{number}"
        if isinstance(entry.get("name"), str):
            place += f" ({entry['name']})"
        _unknown_keys(entry, _SHARE_KEYS, place)
        path = _share_path(entry.get("path"), place)
        name = _share_name(entry.get("name", path.name), place)
        overrides = entry.get("policy", {})
        if not isinstance(overrides, Mapping):
            raise PolicyError(
                f"{place}: policy 应为表 / policy must be a table, e.g. "
                f'policy = {{ operations = "seal" }}'
            )
        _unknown_keys(overrides, CATEGORY_IDS, f"{place} policy")
        merged = {**actions, **_actions(overrides, f"{place} policy")}
        # include replaces the global list (a share may narrow or widen it); exclude adds to
        # it, so a site-wide exclusion (drafts, templates) cannot be forgotten in one share.
        share_include = (
            _globs(entry["include"], f"{place} include") if "include" in entry else include
        )
        share_exclude = exclude + _globs(entry.get("exclude", []), f"{place} exclude")
        for other in shares:
            if other.name == name:
                raise PolicyError(
                    f"{place}: 共享名重复 / share name {name!r} is used twice; "
                    f"each share needs its own name"
                )
            if other.path == path:
                raise PolicyError(
                    f"{place}: 共享路径重复 / path {path} is already share {other.name!r}"
                )
        shares.append(Share(name, path, MappingProxyType(merged), share_include, share_exclude))
    return shares


def _unknown_keys(table: Mapping[str, Any], allowed: Sequence[str], place: str) -> None:
    for key in table:
        if key not in allowed:
            raise PolicyError(
                f"{place}: 未知设置 / unknown key {key!r}; allowed: {', '.join(allowed)}"
            )


def _actions(table: Mapping[str, Any], place: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for category in CATEGORY_IDS:
        if category not in table:
            continue
        action = table[category]
        if action not in ACTIONS:
            raise PolicyError(
                f"{place}: {category} = {action!r} 不是有效的处理方式 / is not an "
                f"action; use one of {', '.join(ACTIONS)}"
            )
        out[category] = action
    return out


def _globs(raw: Any, place: str) -> tuple[str, ...]:
    if not isinstance(raw, list) or not all(isinstance(g, str) for g in raw):
        raise PolicyError(f'{place} 应为字符串列表 / must be a list of globs, e.g. ["**/草稿/**"]')
    for glob in raw:
        if not glob.strip():
            raise PolicyError(f"{place}: 空的匹配模式 / an empty glob")
        if glob.startswith("/"):
            raise PolicyError(
                f"{place}: {glob!r} 应为相对共享根目录的模式 / globs are relative "
                f"to the share root: write {('**' + glob)!r} or "
                f"{glob.lstrip('/')!r}"
            )
        compile_glob(glob)
    return tuple(raw)


def _share_path(raw: Any, place: str) -> Path:
    if not isinstance(raw, str) or not raw:
        raise PolicyError(
            f'{place}: 缺少 path / needs path = "/srv/share/..." (the folder '
            f"the share is mounted at on this server)"
        )
    if not os.path.isabs(raw):
        raise PolicyError(
            f"{place}: path {raw!r} 应为绝对路径 / must be an absolute path "
            f"such as /srv/share/财务科"
        )
    return _norm(Path(raw))


def _share_name(raw: Any, place: str) -> str:
    if (
        not isinstance(raw, str)
        or not raw.strip()
        or raw != raw.strip()
        or len(raw) > 64
        or _BAD_NAME.search(raw)
    ):
        raise PolicyError(
            f"{place}: name {raw!r} 不可用 / is not a usable share name: 1-64 "
            f"characters, no slashes, no spaces at the ends"
        )
    return raw


def _norm(path: Path) -> Path:
    # No symlink resolution: a share is known by the path it is mounted at.
    return Path(os.path.normpath(os.path.abspath(path)))


# -- globs -------------------------------------------------------------------------------------

_GLOB_CACHE: dict[str, re.Pattern[str]] = {}


def _compile(pattern: str) -> re.Pattern[str]:
    cached = _GLOB_CACHE.get(pattern)
    if cached is None:
        cached = _GLOB_CACHE[pattern] = re.compile(_translate(pattern), re.DOTALL)
    return cached


def _translate(pattern: str) -> str:
    parts = pattern.removeprefix("./").split("/")
    out: list[str] = []
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        if part == "**":
            # Any number of whole components: "a/**/b" matches "a/b" and "a/x/y/b"; at the
            # end, everything below ("a/**": "a/x", "a/x/y"). "(?:.*/)?" brings its own "/".
            out.append(".*" if last else "(?:.*/)?")
            continue
        out.append(_component(part))
        if not last:
            out.append("/")
    return "".join(out)


def _component(part: str) -> str:
    """One path component: * and ? stay inside it, [...] is a character class (fnmatch)."""
    out: list[str] = []
    i, n = 0, len(part)
    while i < n:
        ch = part[i]
        i += 1
        if ch == "*":
            while i < n and part[i] == "*":  # "a**b" inside a component is "*"
                i += 1
            out.append("[^/]*")
        elif ch == "?":
            out.append("[^/]")
        elif ch == "[":
            j = i
            if j < n and part[j] in "!^":
                j += 1
            if j < n and part[j] == "]":
                j += 1
            while j < n and part[j] != "]":
                j += 1
            if j >= n:  # no closing bracket: a literal "[", as fnmatch does
                out.append(re.escape(ch))
                continue
            body = part[i:j]
            i = j + 1
            negate = body[:1] in ("!", "^")
            if negate:
                body = body[1:]
            body = body.replace("\\", "\\\\").replace("^", "\\^").replace("[", "\\[")
            out.append(f"[^/{body}]" if negate else f"(?!/)[{body}]")
        else:
            out.append(re.escape(ch))
    return "".join(out)
