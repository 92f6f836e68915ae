"""PDF: the mark stamped at the top of every page, the label in the document info and XMP.

The stamp is a form XObject named ``/BaomiMark`` in each page's resources, drawn by a content
stream of its own appended after the page's content (which is wrapped in ``q``/``Q`` so that its
graphics state cannot move or hide the stamp). Relabeling replaces the XObject and leaves the
drawing stream alone, so a page never carries two stamps: a PDF page's content cannot be edited
back reliably, but a named object can be found and swapped.

The stamp text uses reportlab's built-in CID font ``STSong-Light`` (no font file needed), which
reportlab writes with a ToUnicode map, so text extraction (pypdf, a reader's search) gives the
mark back exactly. It sits in the top margin of the page as displayed: the XObject's matrix maps
the upright drawing onto the page's crop box, whatever its origin and ``/Rotate``.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

from lxml import etree

from .interface import (
    LabelError,
    LabelOutcome,
    LabelSpec,
    check_paths,
    copy_file,
    from_properties,
    properties,
    write_output,
)

XOBJECT_NAME = "/BaomiMark"
#: the stamp XObject carries its own text, so "is this page stamped with this mark" is a lookup
TEXT_KEY = "/BaomiText"
INVOKE = b"q " + XOBJECT_NAME.encode() + b" Do Q\n"
FONT = "STSong-Light"
FONT_SIZE = 10.5  # 五号, the size of body text in Chinese office documents
TOP_OFFSET = 22.0  # points from the top edge to the baseline: inside any usual top margin
MARK_RGB = (0.75, 0.0, 0.0)  # secrecy marks are red by custom

# document info keys: /baomi:mark ... (a PDF name may contain ':')
INFO_PREFIX = "/baomi:"
NS_BAOMI = "http://ns.baomi.local/label/1.0/"
NS_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
NS_X = "adobe:ns:meta/"

DAMAGED = "PDF 文件损坏或不完整，未加标识 / damaged or incomplete PDF; not labeled"
ENCRYPTED = (
    "PDF 文件已加密（设有密码或权限限制），无法加标识；请先去除密码 / "
    "encrypted PDF (password or permissions); remove the protection first; not labeled"
)


def _open(path: Path) -> Any:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            raise LabelError(f"{path.name}：{ENCRYPTED}")
        len(reader.pages)  # reads the page tree now: a broken one fails here, not half-way
    except LabelError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError, RecursionError):
        raise LabelError(f"{path.name}：{DAMAGED}") from None
    return reader


def _info_label(reader: Any) -> dict[str, Any] | None:
    info = reader.metadata or {}
    props = {
        "baomi." + key[len(INFO_PREFIX) :]: str(value)
        for key, value in info.items()
        if isinstance(key, str) and key.startswith(INFO_PREFIX)
    }
    return from_properties(props)


def _geometry(page: Any) -> tuple[float, float, list[float]]:
    """(width, height) of the page as displayed, and the matrix from that upright space to
    user space on the crop box."""
    box = page.cropbox
    x0, y0 = float(box.left), float(box.bottom)
    w, h = float(box.width), float(box.height)
    rotation = int(page.get("/Rotate", 0) or 0) % 360
    if rotation == 90:
        return h, w, [0, 1, -1, 0, x0 + w, y0]
    if rotation == 180:
        return w, h, [-1, 0, 0, -1, x0 + w, y0 + h]
    if rotation == 270:
        return h, w, [0, -1, 1, 0, x0, y0 + h]
    return w, h, [1, 0, 0, 1, x0, y0]


def _overlays(sizes: list[tuple[float, float]], text: str) -> Any:
    """One reportlab page per display size, the mark centred in its top margin."""
    from pypdf import PdfReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=True)
    for width, height in sizes:
        pdf.setPageSize((width, height))
        pdf.setFont(FONT, FONT_SIZE)
        pdf.setFillColorRGB(*MARK_RGB)
        pdf.drawCentredString(width / 2, height - TOP_OFFSET, text)
        pdf.showPage()
    pdf.save()
    return PdfReader(buffer)


def _stamped_text(page: Any) -> str | None:
    resources = page.get("/Resources")
    xobjects = resources.get_object().get("/XObject") if resources is not None else None
    if xobjects is None or XOBJECT_NAME not in xobjects.get_object():
        return None
    return str(xobjects.get_object()[XOBJECT_NAME].get_object().get(TEXT_KEY, ""))


def _contents(page: Any) -> list[Any]:
    from pypdf.generic import ArrayObject

    contents = page.get("/Contents")
    if contents is None:
        return []
    resolved = contents.get_object()
    if isinstance(resolved, ArrayObject):
        return list(resolved)
    return [contents]


def _stamp(writer: Any, page: Any, overlay: Any, matrix: list[float], text: str) -> None:
    from pypdf.generic import (
        ArrayObject,
        DecodedStreamObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        TextStringObject,
    )

    form = DecodedStreamObject()
    form.set_data(overlay.get_contents().get_data())
    form.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject(
                FloatObject(v) for v in (0, 0, overlay.mediabox.width, overlay.mediabox.height)
            ),
            NameObject("/Matrix"): ArrayObject(FloatObject(v) for v in matrix),
            NameObject("/Resources"): overlay["/Resources"].clone(writer),
            NameObject(TEXT_KEY): TextStringObject(text),
        }
    )
    form_ref = writer._add_object(form)  # pypdf has no public "add an indirect object"

    # the page's own (maybe inherited, maybe shared) resources are copied one level deep, so a
    # stamp sized for this page never lands on another page that shared the dictionary
    old = page.get("/Resources")
    resources = DictionaryObject(old.get_object() if old is not None else {})
    old_xobjects = resources.get("/XObject")
    xobjects = DictionaryObject(old_xobjects.get_object() if old_xobjects is not None else {})
    already_drawn = XOBJECT_NAME in xobjects
    xobjects[NameObject(XOBJECT_NAME)] = form_ref
    resources[NameObject("/XObject")] = xobjects
    page[NameObject("/Resources")] = resources
    if already_drawn:
        return
    streams = []
    for data in (b"q\n", b"\nQ\n", INVOKE):
        stream = DecodedStreamObject()
        stream.set_data(data)
        streams.append(writer._add_object(stream))
    page[NameObject("/Contents")] = ArrayObject(
        [streams[0], *_contents(page), streams[1], streams[2]]
    )


def _xmp(existing: bytes | None, props: dict[str, str]) -> bytes:
    """The XMP packet with a ``baomi:`` description replacing any earlier one."""
    root = None
    if existing:
        try:
            root = etree.fromstring(existing, etree.XMLParser(resolve_entities=False))
        except etree.XMLSyntaxError:
            root = None  # unreadable XMP is replaced rather than failing the label
    rdf = None if root is None else root.find(f".//{{{NS_RDF}}}RDF")
    if root is None or rdf is None:
        root = etree.Element(f"{{{NS_X}}}xmpmeta", nsmap={"x": NS_X})
        rdf = etree.SubElement(root, f"{{{NS_RDF}}}RDF", nsmap={"rdf": NS_RDF})
    for description in rdf.findall(f"{{{NS_RDF}}}Description"):
        if any(child.tag.startswith(f"{{{NS_BAOMI}}}") for child in description) or any(
            key.startswith(f"{{{NS_BAOMI}}}") for key in description.attrib
        ):
            rdf.remove(description)
    description = etree.SubElement(
        rdf, f"{{{NS_RDF}}}Description", nsmap={"rdf": NS_RDF, "baomi": NS_BAOMI}
    )
    description.set(f"{{{NS_RDF}}}about", "")
    for key, value in props.items():
        etree.SubElement(description, f"{{{NS_BAOMI}}}{key.removeprefix('baomi.')}").text = value
    body = etree.tostring(root, encoding="UTF-8")
    return (
        b'<?xpacket begin="\xef\xbb\xbf" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        + body
        + b'\n<?xpacket end="w"?>'
    )


def _unstamp(page: Any) -> bool:
    """Remove the stamp XObject and the streams labeling added (``q`` … ``Q`` around the page's
    own content, the ``Do`` after it). True when the page carried a stamp."""
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject

    resources = page.get("/Resources")
    xobjects = resources.get_object().get("/XObject") if resources is not None else None
    if xobjects is None or XOBJECT_NAME not in xobjects.get_object():
        return False
    new_resources = DictionaryObject(resources.get_object())
    new_xobjects = DictionaryObject(xobjects.get_object())
    del new_xobjects[NameObject(XOBJECT_NAME)]
    if new_xobjects:
        new_resources[NameObject("/XObject")] = new_xobjects
    else:
        del new_resources[NameObject("/XObject")]
    page[NameObject("/Resources")] = new_resources
    streams = _contents(page)

    def data(ref: Any) -> bytes:
        return bytes(ref.get_object().get_data())

    if streams and data(streams[-1]) == INVOKE:
        streams = streams[:-1]
        if len(streams) >= 2 and data(streams[0]) == b"q\n" and data(streams[-1]) == b"\nQ\n":
            streams = streams[1:-1]
        page[NameObject("/Contents")] = ArrayObject(streams)
    return True


def _xmp_without_label(existing: bytes) -> bytes | None:
    """The XMP packet without the ``baomi:`` description; None when nothing else is left."""
    try:
        root = etree.fromstring(existing, etree.XMLParser(resolve_entities=False))
    except etree.XMLSyntaxError:
        return None
    rdf = root.find(f".//{{{NS_RDF}}}RDF")
    if rdf is None:
        return None
    for description in rdf.findall(f"{{{NS_RDF}}}Description"):
        if any(str(child.tag).startswith(f"{{{NS_BAOMI}}}") for child in description):
            rdf.remove(description)
    if len(rdf) == 0:
        return None
    body = etree.tostring(root, encoding="UTF-8")
    return (
        b'<?xpacket begin="\xef\xbb\xbf" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        + body
        + b'\n<?xpacket end="w"?>'
    )


def read_xmp_label(path: Path) -> dict[str, Any] | None:
    """The label as the XMP packet carries it (a second copy of the document info label)."""
    reader = _open(path)
    metadata = reader.trailer["/Root"].get("/Metadata")
    if metadata is None:
        return None
    parser = etree.XMLParser(resolve_entities=False)
    try:
        root = etree.fromstring(metadata.get_object().get_data(), parser)
    except etree.XMLSyntaxError:
        return None
    props = {
        "baomi." + etree.QName(node).localname: node.text or ""
        for node in root.iter(f"{{{NS_BAOMI}}}*")
    }
    return from_properties(props)


def _save(writer: Any, dst: Path) -> None:
    write_output(dst, writer.write)


@contextlib.contextmanager
def _damaged(src: Path) -> Iterator[None]:
    """A damaged object found half-way through a rewrite is a LabelError: pypdf raises many
    kinds of exception for one."""
    try:
        yield
    except LabelError:
        raise
    except Exception as exc:
        from pypdf.errors import PyPdfError

        if isinstance(exc, PyPdfError | ValueError | KeyError | TypeError | AttributeError):
            raise LabelError(f"{src.name}：{DAMAGED}") from None
        raise


class PdfLabeler:
    """A stamp at the top of every page, the label in document info and XMP."""

    formats: tuple[str, ...] = ("pdf",)

    def label(self, src: Path, dst: Path, spec: LabelSpec) -> LabelOutcome:
        from pypdf import PdfWriter
        from pypdf.generic import DictionaryObject, NameObject

        check_paths(src, dst)
        reader = _open(src)
        old = _info_label(reader)
        if spec.same_label(old) and all(_stamped_text(p) == spec.text for p in reader.pages):
            copy_file(src, dst)
            return LabelOutcome("stamp", False, "already labeled")
        with _damaged(src):
            writer = PdfWriter(clone_from=reader)
            geometries = [_geometry(page) for page in writer.pages]
            sizes = sorted({(w, h) for w, h, _ in geometries})
            overlays = _overlays(sizes, spec.text)
            for page, (w, h, matrix) in zip(writer.pages, geometries, strict=True):
                overlay = overlays.pages[sizes.index((w, h))]
                _stamp(writer, page, overlay, matrix, spec.text)
            props = properties(spec)
            info = {INFO_PREFIX + k.removeprefix("baomi."): v for k, v in props.items()}
            writer.add_metadata(info)
            metadata = writer.root_object.get("/Metadata")
            existing = metadata.get_object().get_data() if metadata is not None else None
            writer.xmp_metadata = _xmp(existing, props)
            stream = cast(DictionaryObject, writer.root_object["/Metadata"].get_object())
            stream[NameObject("/Type")] = NameObject("/Metadata")
            stream[NameObject("/Subtype")] = NameObject("/XML")
            _save(writer, dst)
        return LabelOutcome("stamp", True, f"{len(geometries)} page(s)")

    def read(self, path: Path) -> dict[str, Any] | None:
        return _info_label(_open(path))

    def unlabel(self, src: Path, dst: Path) -> LabelOutcome:
        """The ``/BaomiMark`` XObject and its drawing streams out of every page, the
        ``/baomi:*`` document info and the ``baomi:`` XMP description out of the metadata."""
        from pypdf import PdfWriter
        from pypdf.generic import DictionaryObject, NameObject

        check_paths(src, dst)
        reader = _open(src)
        old = _info_label(reader)
        if old is None and all(_stamped_text(p) is None for p in reader.pages):
            copy_file(src, dst)
            return LabelOutcome("stamp", False, "no mark")
        with _damaged(src):
            writer = PdfWriter(clone_from=reader)
            pages = sum(_unstamp(page) for page in writer.pages)
            info = writer._info.get_object() if writer._info is not None else None
            if isinstance(info, DictionaryObject):
                for key in [k for k in info if str(k).startswith(INFO_PREFIX)]:
                    del info[key]
            metadata = writer.root_object.get("/Metadata")
            if metadata is not None:
                kept = _xmp_without_label(metadata.get_object().get_data())
                if kept is None:
                    del writer.root_object[NameObject("/Metadata")]
                else:
                    writer.xmp_metadata = kept
            _save(writer, dst)
        return LabelOutcome("stamp", True, f"{pages} page(s)")
