"""baomi's base error: the message a person reads, the exit code, and how `main` reports it."""

from __future__ import annotations

from click.testing import CliRunner

from scanner.errors import BaomiError
from scanner.workflows.lifecycle import LifecycleError


def test_message_joins_chinese_and_english() -> None:
    exc = BaomiError("找不到文件", english="file not found")
    assert exc.message == str(exc) == "找不到文件 / file not found"
    assert exc.exit_code == 2


def test_domain_errors_are_baomi_errors_with_their_text_unchanged() -> None:
    exc = LifecycleError("不能销毁 / cannot destroy")
    assert isinstance(exc, BaomiError)
    assert str(exc) == "不能销毁 / cannot destroy"


def test_main_reports_a_domain_error_in_one_line_with_its_exit_code() -> None:
    import click

    from scanner.cli import main, main_group

    class Refused(BaomiError):
        exit_code = 3

    @main_group.command("_raise_for_test")
    def _raise() -> None:
        raise Refused("拒绝", english="refused")

    try:
        runner = CliRunner()
        with runner.isolation() as (_out, err, *_):
            code = main(["_raise_for_test"])
            text = err.getvalue().decode()
    finally:
        main_group.commands.pop("_raise_for_test")
    assert code == 3
    assert text.strip() == "baomi: 拒绝 / refused"
    assert "Traceback" not in text
    assert isinstance(main_group, click.Group)
