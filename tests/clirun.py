"""Running ``baomi`` as a user would: the installed console script as a subprocess, or the same
entry point (``scanner.cli.main``) in this process for the quick tier.

A test module whose commands do not depend on being a separate process (signals, crashes, import
time) runs each test both ways: its ``env`` fixture takes ``cli_mode``, and :func:`baomi` reads the
mode from the environment it is given. In-process runs check the same command code in a fraction of
the time; the subprocess runs (marked slow) check the console script, its exit codes and output
streams exactly as a clerk's shell sees them.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

BAOMI = shutil.which("baomi")
needs_script = pytest.mark.skipif(BAOMI is None, reason="the baomi console script is not installed")

# Put into a test's environment by ``cli_mode``; never passed on to baomi itself.
MODE_VAR = "BAOMI_TEST_CLI_MODE"
IN_PROCESS = "in-process"
SCRIPT = "script"


@pytest.fixture(
    scope="module",
    params=[
        pytest.param(IN_PROCESS, id=IN_PROCESS),
        pytest.param(SCRIPT, id=SCRIPT, marks=[needs_script, pytest.mark.slow]),
    ],
)
def cli_mode(request: pytest.FixtureRequest) -> str:
    """How this module's commands run: in this process (quick tier) or as the script (slow)."""
    return str(request.param)


@pytest.fixture
def cli_mode_env(cli_mode: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """For modules that call :func:`baomi` without an ``env``: the mode goes in os.environ."""
    monkeypatch.setenv(MODE_VAR, cli_mode)
    return cli_mode


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """A test marked ``script_only`` (signals, crashes, import time, separate processes) has no
    in-process variant: drop that one rather than run the script twice or skip noisily."""
    keep, drop = [], []
    for item in items:
        callspec = getattr(item, "callspec", None)
        in_process = callspec is not None and callspec.params.get("cli_mode") == IN_PROCESS
        (drop if in_process and item.get_closest_marker("script_only") else keep).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


class _Script:
    """What CliRunner needs of a command (``main``), backed by the console script's entry point,
    so exit codes and messages come from the same code path as ``baomi`` in a shell."""

    name = "baomi"

    def main(self, args: list[str], prog_name: str, **_: Any) -> None:
        from scanner.cli import main

        raise SystemExit(main(list(args)))


@contextlib.contextmanager
def _cwd(where: Path | None) -> Iterator[None]:
    if where is None:
        yield
        return
    before = Path.cwd()
    os.chdir(where)
    try:
        yield
    finally:
        os.chdir(before)


def run_in_process(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``scanner.cli.main(args)`` with its own environment, stdout and stderr captured."""
    from click.testing import CliRunner

    # CliRunner sets these in os.environ for the call and restores them afterwards.
    overrides: dict[str, str | None] = {
        k: v for k, v in (env or {}).items() if os.environ.get(k) != v and k != MODE_VAR
    }
    if env is not None:
        # A subprocess given `env` sees nothing else; unset what the test's env leaves out.
        overrides.update({k: None for k in os.environ if k.startswith("BAOMI_") and k not in env})
    with _cwd(cwd):
        r = CliRunner().invoke(
            _Script(),  # type: ignore[arg-type]
            list(args),
            env=overrides,
            prog_name="baomi",
            catch_exceptions=False,
        )
    return subprocess.CompletedProcess(["baomi", *args], r.exit_code, r.stdout, r.stderr)


def baomi(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    if full_env.get(MODE_VAR) == IN_PROCESS:
        return run_in_process(*args, cwd=cwd, env=full_env)
    assert BAOMI is not None
    return subprocess.run(
        [BAOMI, *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=full_env,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def jsonl(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def scan_share(share: Path, home: Path, cli_mode: str) -> dict[str, dict]:
    """``baomi scan SHARE --format jsonl`` with its own home, no store and no configuration, in
    the given CLI mode; the records by file name (the summary line left out)."""
    env = {"BAOMI_HOME": str(home), "BAOMI_DB": "", "BAOMI_CONFIG": "", MODE_VAR: cli_mode}
    r = baomi("scan", str(share), "--format", "jsonl", env=env)
    assert r.returncode == 0, r.stderr
    return {Path(rec["path"]).name: rec for rec in jsonl(r.stdout) if "path" in rec}
