"""The log's tracebacks keep their frames and drop every exception's message
(scanner/logformat.py): a library's message may quote the document it choked on."""

from __future__ import annotations

import contextlib
import io
import logging
import random
from pathlib import Path

import pytest

from scanner.logformat import WITHHELD, Formatter, traceback_without_messages
from tests.leakcheck import bad_cell_xlsx, canaries_for, find_leaks, flipped_pdf


def test_a_traceback_in_the_log_quotes_no_document(tmp_path: Path) -> None:
    """Leak found by the audit (tests/test_no_leak.py): at -vv, a reader's traceback carried the library's message,
    and openpyxl quotes the cell it could not read (a name and an e-mail address here)."""
    from openpyxl import load_workbook

    c = canaries_for("traceback", random.Random(3))
    path = bad_cell_xlsx(tmp_path / "坏单元格.xlsx", c)
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(Formatter("baomi: %(levelname)s: %(message)s"))
    log = logging.getLogger("tests.no_leak")
    log.addHandler(handler)
    try:
        try:
            load_workbook(path).active["Z2"].value  # noqa: B018 - reading is the point
        except ValueError as exc:
            try:
                raise RuntimeError(f"wrapped: {exc}") from exc
            except RuntimeError:
                log.error("extracting %s failed", path.name, exc_info=True)
        else:
            pytest.fail("openpyxl read the broken cell")
    finally:
        log.removeHandler(handler)
    text = stream.getvalue()
    assert find_leaks({"log": text.encode()}, c.values()) == []
    assert "builtins.ValueError: " + WITHHELD in text and "RuntimeError" in text
    assert "load_workbook" in text  # the frames are kept


def test_a_chain_names_every_exception_and_no_message() -> None:
    cell, mail = "黎钰翊 13903678389", "canary.gqrvue930@163.com"
    try:
        try:
            int(cell)
        except ValueError as exc:
            raise KeyError(mail) from exc
    except KeyError as exc:
        text = traceback_without_messages(exc)
    assert "13903678389" not in text and "黎钰翊" not in text and "canary" not in text
    assert text.count(WITHHELD) == 2
    assert text.index("builtins.ValueError") < text.index("builtins.KeyError")
    assert "int(cell)" in text  # the frames' source lines are kept


def test_pypdf_messages_quote_no_page(tmp_path: Path) -> None:
    """Leak found by the audit: at -vv, pypdf's messages (passed on as debug lines by
    scanner/extract/pdf.py) quoted the bytes around a damaged object — an uncompressed page's
    text, resident ID and phone number included."""
    from scanner.extract import ExtractionError, extract
    from scanner.extract import pdf as pdf_extract

    c = canaries_for("pypdf", random.Random(9))
    path = flipped_pdf(tmp_path / "坏字节.pdf", c)
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(Formatter("%(message)s"))
    loggers = (pdf_extract.log, logging.getLogger("pypdf"))  # as -vv sets them
    levels = [logger.level for logger in loggers]
    pdf_extract.log.addHandler(handler)
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
    try:
        with contextlib.suppress(ExtractionError):
            list(extract(path)[1])  # no text layer pypdf can read: an error record
    finally:
        pdf_extract.log.removeHandler(handler)
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)
    text = stream.getvalue()
    assert find_leaks({"log": text.encode()}, c.values()) == []
    assert "PdfReadError( " + WITHHELD in text  # pypdf did complain, and was cut short


def test_the_daemons_error_line_keeps_the_trouble_and_drops_the_quoted_data() -> None:
    """What `baomi watch` writes to its log, status.json and the store for an unexpected error:
    the type and the part of the message an operator acts on, never a quoted cell or the
    parameters SQLAlchemy echoes."""
    import sqlite3

    from scanner.watch.workers import _short_error

    cell = _short_error(ValueError("could not convert string to float: '王秀兰 13912345678'"))
    assert cell.startswith("ValueError: could not convert string to float")
    assert "王秀兰" not in cell and "13912345678" not in cell
    sql = _short_error(
        sqlite3.IntegrityError(
            "UNIQUE constraint failed: files.path [SQL: INSERT INTO files (path) VALUES (?)] "
            "[parameters: ('/srv/share/王秀兰_110101199003071006.docx',)]"
        )
    )
    assert sql == "IntegrityError: UNIQUE constraint failed: files.path"
    assert _short_error(sqlite3.OperationalError("database is locked")).endswith("is locked")
