"""PowerPoint presentations: the mark as a text box at the top of every slide.

A mark on the slide master would not do: a layout can hide the master's shapes
(``showMasterSp="0"``, common on title layouts), and a person who copies one slide into another
deck takes the slide, not the master. So every slide gets one text box named
:data:`MARK_SHAPE` across its top edge, centred, in red; a slide added after labeling has none
until the file is labeled again (``baomi protect`` or the daemon does that on the next change).

The label a program reads goes to the custom document properties (:mod:`labelers.ooxml`), as
for Word and Excel. Relabeling finds the box by its name and replaces its text; unlabeling
removes it.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

from . import ooxml
from .interface import (
    LabelError,
    LabelOutcome,
    LabelSpec,
    check_paths,
    copy_file,
    from_properties,
    properties,
)

WHAT = "PowerPoint 演示文稿 / PowerPoint presentation"
#: the name of the text box that carries the mark (shown in PowerPoint's selection pane)
MARK_SHAPE = "baomi 密级标志"
_HEIGHT_EMU = 360_000  # 1 cm


def _open(path: Path) -> Any:
    from pptx import Presentation

    try:
        return Presentation(str(path))
    except Exception:  # python-pptx fails on malformed packages with many kinds of error
        raise LabelError(
            f"{path.name}：不是可以读取的 PowerPoint 演示文稿（.pptx），未加标识 / "
            f"{path.name}: not a readable PowerPoint presentation (.pptx), or damaged; not labeled"
        ) from None


def _marks(slide: Any) -> list[Any]:
    return [shape for shape in slide.shapes if shape.name == MARK_SHAPE]


def _add_mark(slide: Any, text: str, width: int) -> None:
    from pptx.dml.color import RGBColor
    from pptx.enum.text import PP_ALIGN
    from pptx.util import Pt

    box = slide.shapes.add_textbox(0, 0, width, _HEIGHT_EMU)
    box.name = MARK_SHAPE
    paragraph = box.text_frame.paragraphs[0]
    paragraph.alignment = PP_ALIGN.CENTER
    run = paragraph.add_run()
    run.text = text
    run.font.size = Pt(14)
    run.font.bold = True
    run.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)


def _save(presentation: Any, dst: Path, updates_for: Any) -> None:
    saved = io.BytesIO()
    presentation.save(saved)
    with zipfile.ZipFile(saved) as package:
        updates, drop = updates_for(package)
        ooxml.write_package(package, dst, updates, drop)


class PptxLabeler:
    """The mark on every slide, the label in the custom document properties."""

    formats: tuple[str, ...] = ("pptx",)

    def label(self, src: Path, dst: Path, spec: LabelSpec) -> LabelOutcome:
        check_paths(src, dst)
        with ooxml.open_package(src, WHAT) as package:
            old = from_properties(ooxml.read_custom_properties(package))
        presentation = _open(src)
        slides = list(presentation.slides)
        if spec.same_label(old) and all(
            [m.text_frame.text for m in _marks(s)] == [spec.text] for s in slides
        ):
            copy_file(src, dst)
            return LabelOutcome("slide", False, "already labeled")
        width = int(presentation.slide_width or 9_144_000)
        for slide in slides:
            for mark in _marks(slide):
                mark._element.getparent().remove(mark._element)
            _add_mark(slide, spec.text, width)
        _save(
            presentation,
            dst,
            lambda package: (ooxml.custom_properties_update(package, properties(spec)), ()),
        )
        return LabelOutcome("slide", True, f"{len(slides)} slide(s)")

    def read(self, path: Path) -> dict[str, Any] | None:
        with ooxml.open_package(path, WHAT) as package:
            return from_properties(ooxml.read_custom_properties(package))

    def unlabel(self, src: Path, dst: Path) -> LabelOutcome:
        check_paths(src, dst)
        with ooxml.open_package(src, WHAT) as package:
            old = from_properties(ooxml.read_custom_properties(package))
        presentation = _open(src)
        removed = 0
        for slide in presentation.slides:
            for mark in _marks(slide):
                mark._element.getparent().remove(mark._element)
                removed += 1
        if not removed and old is None:
            copy_file(src, dst)
            return LabelOutcome("slide", False, "no mark")
        _save(presentation, dst, ooxml.custom_properties_removal)
        return LabelOutcome("slide", True, f"{removed} mark(s) removed")
