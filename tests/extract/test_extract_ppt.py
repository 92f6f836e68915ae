"""PowerPoint 97-2003 (.ppt) and WPS Presentation (.dps): text atoms per slide."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from scanner.extract.ole import ENCRYPTED
from scanner.extract.ppt import NOT_PPT
from tests.extract.formats import FIXTURES, ID, PARAGRAPH, by_text, failed, read


@pytest.mark.parametrize("name", ["sample.ppt", "sample.dps"])
def test_text_per_slide(name: str) -> None:
    fmt, segments = read(FIXTURES / name)
    assert fmt == "ppt"
    texts = by_text(segments)
    assert texts["随访名单"].location == {"part": "slide", "slide": 1}
    assert texts[PARAGRAPH].location == {"part": "slide", "slide": 1}
    assert texts[ID].location == {"part": "slide", "slide": 2}
    # the master's placeholder text is there, as boilerplate
    assert any(s.location["part"] == "master" for s in segments)
    assert [s.text for s in segments].count(PARAGRAPH) == 1


def test_encrypted_presentation(tmp_path: Path) -> None:
    import olefile

    path = tmp_path / "locked.ppt"
    shutil.copyfile(FIXTURES / "sample.ppt", path)
    # PowerPoint keeps an encrypted file's summary in a stream of this name; LibreOffice cannot
    # write an encrypted .ppt, so the (same-length) Pictures entry is renamed to it
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        assert ole.exists("Pictures")
    data = bytearray(path.read_bytes())
    old = "Pictures".encode("utf-16-le")
    at = data.index(old)
    new = "EncryptedSummary".encode("utf-16-le")
    data[at : at + len(new) + 2] = new + b"\0\0"
    data[at + 64 : at + 66] = (len(new) + 2).to_bytes(2, "little")  # the entry's name length
    path.write_bytes(bytes(data))
    assert failed(path) == ENCRYPTED


def test_truncated_ppt(tmp_path: Path) -> None:
    path = tmp_path / "bad.ppt"
    path.write_bytes((FIXTURES / "sample.ppt").read_bytes()[:2048])
    assert failed(path) == NOT_PPT
