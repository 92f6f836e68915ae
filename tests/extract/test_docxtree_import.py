"""python-docx stays out of a scan's start-up, and docxtree still raises its error on bad XML."""

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
def test_importing_the_extractors_does_not_import_python_docx() -> None:
    code = "import sys, scanner.extract; print('docx' in sys.modules)"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "False"
