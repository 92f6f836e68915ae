"""Offline Chinese OCR for images and PDF pages without a text layer.

The engine is RapidOCR on ONNX Runtime (``rapidocr_onnxruntime``, Apache-2.0): its wheel carries
the PP-OCRv4 detection and recognition models and the direction classifier, so nothing is
downloaded at run time. Why this engine and not Tesseract ``chi_sim``: docs/formats.md#ocr and
``benchmarks/bench_ocr.py``. It is the ``ocr`` extra (``pip install "baomi[ocr]"``): without it
an image gets a skipped record saying so, never silence.

Every recognised line becomes a :class:`~scanner.extract.interface.Segment` at
``{"page": n, "box": [x0, y0, x1, y1], "ocr": true}`` (pixels of the image) with the engine's
confidence, which the scanner multiplies into each finding's score. Results are kept in an
encrypted cache (:mod:`scanner.extract.ocrcache`) keyed by the image's bytes, so the daemon never
reads the same picture twice.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import logging
import signal
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any

from .interface import ExtractionError, FileSkipped, Limits, Segment

if TYPE_CHECKING:
    from PIL import Image

log = logging.getLogger(__name__)

ENGINE_MODULE = "rapidocr_onnxruntime"
#: part of every cache key: a new engine or model reads the same picture anew
ENGINE_ID = "rapidocr_onnxruntime-1.4/PP-OCRv4"
ENGINE_NAME = "RapidOCR 1.4 (PP-OCRv4 det + rec, ONNX Runtime)"

#: an A4 page at 600 dpi is 35 megapixels; 30,000 × 30,000 is a bomb, not a scan
MAX_PIXELS = 60_000_000
#: below this, an engine's line is noise (a speck read as a character)
MIN_CONFIDENCE = 0.5

NOT_INSTALLED = (
    '图片需要文字识别（OCR），未安装 OCR 组件：pip install "baomi[ocr]" / '
    "needs OCR: install baomi[ocr]"
)
TURNED_OFF = "图片需要文字识别（OCR），已用 --ocr off 关闭 / needs OCR, turned off with --ocr off"
IMAGE_BOMB = (
    f"图片像素过多（上限 {MAX_PIXELS:,}），疑似图片炸弹，未扫描 / "
    f"image too large (over {MAX_PIXELS:,} pixels); not scanned"
)


def page_timeout_reason(seconds: float) -> str:
    return (
        f"文字识别超时（每页 {seconds:g} 秒），此页未扫描 / "
        f"OCR timed out after {seconds:g} s on this page; not scanned"
    )


@dataclass(frozen=True, slots=True)
class OcrLine:
    """One line of text the engine read, its confidence (0–1) and its box in image pixels."""

    text: str
    confidence: float
    box: tuple[int, int, int, int]


class PageTimeout(BaseException):
    """The per-page OCR time limit passed.

    A BaseException, as KeyboardInterrupt is: the engine wraps its steps in ``except
    Exception`` (and re-raises its own error types), which would swallow an ordinary one.
    Every caller of :func:`recognise` catches it."""


def installed() -> bool:
    """Whether the OCR engine can be imported (the ``ocr`` extra)."""
    return importlib.util.find_spec(ENGINE_MODULE) is not None


def unavailable_reason(limits: Limits) -> str | None:
    """Why OCR will not run under ``limits``, or None when it will."""
    if limits.ocr == "off":
        return TURNED_OFF
    if not installed():
        return NOT_INSTALLED
    return None


#: virtual address space the engine takes on top of the file's allowance: OpenCV, ONNX Runtime
#: and their thread pools (~600 MiB on import), the sessions (~250 MiB), the arena for a page
#: scaled to at most 2000 px (~700 MiB) — measured 1.5 GiB, mostly reserved, never touched
ENGINE_ADDRESS_SPACE = 2048 * 1024 * 1024


def _allow_engine_address_space() -> None:
    """Raise the worker's address-space ceiling (``--file-memory``, RLIMIT_AS) by what the
    engine itself needs, once per process.

    The ceiling is there so that a hostile file cannot take the machine; the engine's libraries
    and models are not the file's, as the rules and dictionaries loaded before it are not
    (scanner.limits.limit_memory counts from the size the worker already has).
    """
    try:
        import resource
    except ImportError:
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if soft == resource.RLIM_INFINITY:
        return
    raised = soft + ENGINE_ADDRESS_SPACE
    if hard != resource.RLIM_INFINITY:
        raised = min(raised, hard)
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (raised, hard))


class _Engine:
    """The engine, loaded once per process on first use (about a second and ~100 MB)."""

    _instance: Any = None
    _lock = threading.Lock()

    @classmethod
    def get(cls) -> Any:
        with cls._lock:
            if cls._instance is None:
                _allow_engine_address_space()
                from rapidocr_onnxruntime import RapidOCR

                # one thread per operator: a worker is one of --jobs processes on the machine's
                # cores already. (Peak memory is the detection model's activations at the
                # 2000 px RapidOCR scales a page to; neither threads nor ONNX Runtime's memory
                # pattern changed it measurably, docs/robustness.md; a smaller side cost text.)
                cls._instance = RapidOCR(intra_op_num_threads=1, inter_op_num_threads=1)
            return cls._instance


def run_engine(image: Image.Image) -> list[OcrLine]:
    """Read ``image`` with the engine, lines in reading order, noise below MIN_CONFIDENCE out."""
    result, _elapsed = _Engine.get()(image.convert("RGB"))
    lines: list[OcrLine] = []
    for polygon, text, score in result or ():
        confidence = float(score)
        if not text.strip() or confidence < MIN_CONFIDENCE:
            continue
        xs = [int(round(float(p[0]))) for p in polygon]
        ys = [int(round(float(p[1]))) for p in polygon]
        lines.append(OcrLine(text, round(confidence, 4), (min(xs), min(ys), max(xs), max(ys))))
    return lines


@contextlib.contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """Raise :class:`PageTimeout` in this thread once ``seconds`` have passed.

    SIGALRM interrupts between the engine's steps (detection, then batches of lines), so a page
    ends at most one model step after its limit; the worker's per-file limit still stands behind
    it. Outside the main thread no signal can be used and only the per-file limit applies.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(_signum: int, _frame: FrameType | None) -> None:
        raise PageTimeout

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def check_size(width: int, height: int) -> None:
    """Refuse an image bomb before a single pixel is decoded."""
    if width * height > MAX_PIXELS:
        raise FileSkipped(IMAGE_BOMB)


def recognise(data: bytes, image: Image.Image, limits: Limits) -> list[OcrLine]:
    """The lines of ``image`` (whose encoded bytes are ``data``): from the cache, or read now
    under the per-page time limit and then cached. Raises :class:`PageTimeout`."""
    from .ocrcache import open_cache

    digest = hashlib.sha256(ENGINE_ID.encode() + b"\0" + data).hexdigest()
    cache = open_cache(limits.ocr_cache_dir)
    if cache is not None:
        cached = cache.get(digest)
        if cached is not None:
            with contextlib.suppress(ValueError, TypeError):
                return [
                    OcrLine(str(t), float(c), (int(a), int(b), int(x), int(y)))
                    for t, c, a, b, x, y in json.loads(cached)
                ]
    _Engine.get()  # loaded outside the page's time: an import is not to be interrupted
    with _deadline(limits.ocr_page_seconds):
        lines = run_engine(image)
    if cache is not None:
        rows = [[line.text, line.confidence, *line.box] for line in lines]
        cache.put(digest, json.dumps(rows, ensure_ascii=False).encode("utf-8"))
    return lines


def segments(lines: Sequence[OcrLine], location: dict[str, Any] | None = None) -> Iterator[Segment]:
    """One segment per line, at ``location`` plus its ``box``, carrying its confidence."""
    for line in lines:
        yield Segment(
            line.text,
            {**(location or {}), "box": list(line.box), "ocr": True},
            confidence=line.confidence,
        )


def open_image(path: Path) -> Image.Image:
    """Open an image lazily (no pixels decoded yet) with Pillow's own bomb check as ours."""
    from PIL import Image, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        image = Image.open(path)
    except Image.DecompressionBombError:
        raise FileSkipped(IMAGE_BOMB) from None
    except (UnidentifiedImageError, OSError, ValueError):
        log.debug("Pillow cannot open %s", path, exc_info=True)
        raise ExtractionError(
            "图片文件已损坏或格式不符 / corrupt image, or not the format its name says"
        ) from None
    check_size(*image.size)
    return image
