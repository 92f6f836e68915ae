"""The office formats' readers stay out of a scan's start-up; docxtree still raises its error."""

from __future__ import annotations

import subprocess
import sys

import pytest
from docx.oxml.exceptions import InvalidXmlError
from lxml import etree

from scanner.extract import docxtree


def test_a_span_without_its_value_is_python_docxs_error() -> None:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    cell = etree.fromstring(f'<w:tcPr xmlns:w="{w}"><w:gridSpan/></w:tcPr>')
    with pytest.raises(InvalidXmlError, match="w:val"):
        docxtree._decimal(cell, f"{{{w}}}gridSpan")
    good = etree.fromstring(f'<w:tcPr xmlns:w="{w}"><w:gridSpan w:val="3"/></w:tcPr>')
    assert docxtree._decimal(good, f"{{{w}}}gridSpan") == 3


@pytest.mark.slow
def test_importing_the_extractors_leaves_the_office_readers_unimported() -> None:
    """A scan of text files pays for none of them: each is imported with its first file."""
    lazy = ["docx", "scanner.extract.docx", "scanner.extract.ooxml", "scanner.extract.odf"]
    lazy += ["scanner.extract.ofd", "pypdf"]
    code = f"import sys, scanner.extract; print([m for m in {lazy!r} if m in sys.modules])"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"
