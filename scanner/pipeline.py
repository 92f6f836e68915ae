"""One file in, one record out: extract → detect → classify → label.

Text is analysed in batches of whole segments (about :data:`BATCH_CHARS` characters), so a large
sheet or PDF streams and Presidio's per-call costs are paid once per batch, not per cell. A
segment's field (the column header or form label it sits under) is put in front of it as
"姓名：张三" so detection sees the label the layout implies; anything found inside that prefix is
discarded, only the segment's own text is reported.

A scan never modifies a file.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from bisect import bisect_right
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, cast

from scanner.detect.classify import Classifier, Evidence, Label, label_for, with_mark
from scanner.detect.engine import DEFAULT_MIN_SCORE, Detector
from scanner.detect.marks import ExistingMark, MarkFinder
from scanner.detect.masking import mask
from scanner.detect.recognizers.phone import PHONE
from scanner.detect.recognizers.window import FIELD_MARK
from scanner.detect.rulepacks import RuleSet, load_rules
from scanner.extract import extract
from scanner.extract.interface import DEFAULT_LIMITS, ExtractionError, FileSkipped, Limits, Segment
from scanner.fsutil import Folder, Snapshot
from scanner.names import escape_name
from scanner.walk import Candidate

BATCH_CHARS = 64_000
#: members of an archive or mail that could not be read, listed in a record at most; the rest
#: are counted (a mail of a thousand broken attachments must not make a record of megabytes)
MAX_UNREAD_LISTED = 100
STATUS_OK, STATUS_ERROR, STATUS_SKIPPED = "ok", "error", "skipped"

#: what detection returns for one batch, as compact as it travels between processes:
#: (entity_type, start, end, score) in the detector's order
Hits = list[tuple[str, int, int, float]]
#: the entities of a batch that stand in the document's own text: (entity_type, offset in the
#: batch's text), in the detector's order — what classification needs of the findings
People = list[tuple[str, int, int]]  # (entity type, start, end) in the batch's text
#: where a batch's segments sit in its text, for a helper that turns hits into findings:
#: (starts, ends, each segment's location, each segment's confidence)
Layout = tuple[list[int], list[int], list[dict[str, Any]], list[float | None]]


@dataclass(frozen=True, slots=True)
class RenderJob:
    """A batch sent to a helper that also makes its findings and renders each as its JSON
    object (``Scanner.render_reveal``): the coordinating worker then only classifies."""

    text: str
    layout: Layout
    reveal: bool


@dataclass(frozen=True, slots=True)
class Rendered:
    """A helper's answer to a :class:`RenderJob`: the batch's entities for classification and
    its findings' JSON objects, in order, as ``render_line`` would write them
    (:func:`render_findings`), in UTF-8 (:func:`fragment_bytes`: what the record keeps, and
    bytes cross a pipe without being decoded and encoded again)."""

    people: People
    findings: bytes
    #: the same without the publisher's lines (:func:`publisher_line`), for a document no
    #: category applies to; None when the batch has none
    unlisted: bytes | None = None


class HelperLink(Protocol):
    """One end of a pipe to a process that runs :meth:`Scanner.detect_text` (scanner.runner)."""

    def send(self, obj: Any) -> None: ...

    def recv(self) -> Any: ...


@dataclass(slots=True)
class Finding:
    entity_type: str
    score: float
    value: str
    location: dict[str, Any]

    def __reduce__(self) -> tuple[type[Finding], tuple[str, float, str, dict[str, Any]]]:
        # A dense file's record crosses the worker's pipe with 200,000 findings: the slots
        # dataclass's own __getstate__/__setstate__ pair costs ~10 µs each way per finding, a
        # plain constructor call a fifth of that.
        return Finding, (self.entity_type, self.score, self.value, self.location)

    def to_dict(self, reveal: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "entity_type": self.entity_type,
            "score": round(self.score, 2),
            "masked": mask(self.entity_type, self.value),
        }
        if reveal:
            out["value"] = self.value
        out["location"] = self.location
        return out


@dataclass(slots=True)
class FileResult:
    path: str
    status: str
    error: str | None = None
    format: str | None = None
    categories: list[str] = field(default_factory=list)
    label: Label | None = None
    findings: list[Finding] = field(default_factory=list)
    reasons: dict[str, list[str]] = field(default_factory=dict)
    public: bool = False
    seconds: float = 0.0
    chars: int = 0
    #: parts of an archive, mail or OFD not read: location (``member`` ...), status, reason
    unread: list[dict[str, Any]] = field(default_factory=list)
    unread_total: int = 0
    #: a secrecy mark the document already carries (秘密★1年, 此件不公开 …)
    existing_mark: ExistingMark | None = None
    #: the JSON Lines record, rendered by the worker that scanned the file (scanner.runner) so
    #: that the parent only writes it; ``findings`` then stay in the worker and
    #: ``entity_counts`` (entity type -> findings) stands in for them
    rendered: str | None = None
    entity_counts: dict[str, int] | None = None
    #: the findings already rendered as JSON, batch by batch (``Scanner.render_reveal``,
    #: :func:`splice_findings`), a piece of UTF-8 per batch: a dense file's findings as JSON
    #: text take half the memory they would as a ``str`` (mostly ASCII, in a ``str`` two bytes a
    #: character for its masked names); ``findings`` is then empty and ``entity_counts`` stands
    #: in for them
    finding_fragments: list[bytes] | None = None

    def counts_by_entity(self) -> dict[str, int]:
        """How many findings of each entity type, whether the findings came along or not."""
        if self.entity_counts is not None:
            return self.entity_counts
        counts: dict[str, int] = {}
        for f in self.findings:
            counts[f.entity_type] = counts.get(f.entity_type, 0) + 1
        return counts

    def leave_findings(self, line: str) -> None:
        """Keep the rendered record and the counts only: what the parent of a worker needs."""
        self.entity_counts = self.counts_by_entity()
        self.rendered = line
        self.findings = []
        self.finding_fragments = None

    def to_dict(self, reveal: bool = False) -> dict[str, Any]:
        """The JSON Lines record (docs/design.md); raw values only with ``reveal``."""
        out: dict[str, Any] = {
            "path": escape_name(self.path),
            "status": self.status,
            "error": self.error,
            "format": self.format,
            "categories": list(self.categories),
            "label": (
                {"text": self.label.text, "retention_years": self.label.retention_years}
                if self.label
                else None
            ),
            "findings": [f.to_dict(reveal) for f in self.findings],
            "reasons": self.reasons,
            "public": self.public,
        }
        if self.existing_mark is not None:
            out["existing_mark"] = self.existing_mark.to_dict()
        if self.unread_total:
            out["unread"] = list(self.unread)
            out["unread_total"] = self.unread_total
        return out


#: FIELD_MARK as a document's own character (U+E000 is private use: a real document has no
#: reason to hold it) becomes U+FFFD, one character for one, so offsets stay: only the pipeline
#: opens fields. A run of them in a file would otherwise open a "field" at every character, and
#: each reader of fields (the classifier's and the learned reading's header markers, the marks'
#: field prefixes) searched from each for its "：" — 100,000 of them stalled a scan for 38 s.
_UNMARK = str.maketrans({FIELD_MARK: "\ufffd"})


def _unmarked(text: str) -> str:
    return text.translate(_UNMARK) if FIELD_MARK in text else text


class _Batch:
    """Segments joined into one text, with the map back from offsets to segments."""

    __slots__ = ("parts", "starts", "ends", "segments", "size", "boilerplate")

    def __init__(self, boilerplate: bool = False) -> None:
        self.boilerplate = boilerplate
        self.parts: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.segments: list[Segment] = []
        self.size = 0

    def add(self, seg: Segment) -> None:
        if seg.field:
            prefix = f"{FIELD_MARK}{_unmarked(seg.field)}："
            self.parts.append(prefix)
            self.size += len(prefix)
        self.starts.append(self.size)
        text = _unmarked(seg.text)
        self.parts.append(text)
        self.size += len(text)
        self.ends.append(self.size)
        self.segments.append(seg)
        self.parts.append("\n")
        self.size += 1

    def text(self) -> str:
        return "".join(self.parts)

    def layout(self) -> Layout:
        segs = self.segments
        return self.starts, self.ends, [s.location for s in segs], [s.confidence for s in segs]


def _findings(text: str, layout: Layout, hits: Hits, out: list[Finding]) -> People:
    """Turn a batch's hits into findings (appended to ``out``); the entities that stand in the
    document's own text, for classification. A hit inside a field prefix ("姓名：" put in front of
    a cell) or across two segments is not the document's text and is dropped."""
    starts, ends, locations, confidences = layout
    people: People = []
    for entity_type, r_start, r_end, score in hits:
        i = bisect_right(starts, r_start) - 1
        if i < 0 or r_end > ends[i]:
            continue
        base = starts[i]
        loc = dict(locations[i])
        loc["start"], loc["end"] = r_start - base, r_end - base
        confidence = confidences[i]
        if confidence is not None:
            score *= confidence
        out.append(Finding(entity_type, score, text[r_start:r_end], loc))
        people.append((entity_type, r_start, r_end))
    return people


_NOT_DIGITS = re.compile(r"\D")
PERSON = "PERSON"


def publisher_line(entity_type: str, value: str) -> bool:
    """A phone number that, in a document no category applies to and which names nobody or
    reads as published material, is its publisher's own line rather than anyone's personal
    data: a number that is not a mobile (a switchboard, a department's line, a hotline).
    Mobiles stay — a published list (公示) still names its people's own numbers — and so do
    addresses and mailboxes: on published contact lines they were found to be people's
    (docs/rules.md)."""
    if entity_type != PHONE:
        return False
    digits = _NOT_DIGITS.sub("", value)
    if digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    return not (len(digits) == 11 and digits.startswith("1"))


def render_findings(findings: Sequence[Finding], reveal: bool) -> str:
    """The findings as ``render_line`` writes them inside a record's list: each JSON object,
    joined by ``, `` (one ``json.dumps`` of the list, without its brackets: a third faster than
    one call per finding)."""
    import json

    from scanner.names import has_surrogates, json_safe

    if not findings:
        return ""
    objects = [f.to_dict(reveal) for f in findings]
    line = json.dumps(objects, ensure_ascii=False)
    if has_surrogates(line):
        line = json.dumps(json_safe(objects), ensure_ascii=False)
    return line[1:-1]


def splice_findings(line: str, fragments: Sequence[str | bytes]) -> str:
    """A record rendered with no findings, with ``fragments`` (:func:`render_findings` of each
    batch) put in as its findings: the line ``json.dumps`` gives for the whole record (its list
    is ``[`` + objects joined by ``, `` + ``]``). A ``"`` inside a JSON string is always escaped,
    so the key is the only place ``"findings": []`` can stand. A fragment may be the UTF-8 of
    one (:func:`fragment_bytes`)."""
    head, key, tail = line.partition('"findings": []')
    if not key:
        raise ValueError("not a record without findings")
    # joined as UTF-8 and decoded once: a dense file's line is tens of MB, and each ``str``
    # concatenation of it would be another copy
    parts = [fragment_bytes(head), b'"findings": [']
    for f in fragments:
        if f:
            parts += (fragment_bytes(f) if isinstance(f, str) else f, b", ")
    if len(parts) > 2:
        parts.pop()
    parts += (b"]", fragment_bytes(tail))
    return b"".join(parts).decode("utf-8", "surrogatepass")


def fragment_bytes(fragment: str) -> bytes:
    """A batch's rendered findings as they are kept until the record is written: UTF-8 (a lone
    surrogate, which :func:`render_findings` already escaped, would still come back unchanged)."""
    return fragment.encode("utf-8", "surrogatepass")


class Scanner:
    """Scans files with one rule set; safe to build once and reuse for many files."""

    def __init__(
        self,
        rules: RuleSet | None = None,
        min_score: float = DEFAULT_MIN_SCORE,
        limits: Limits = DEFAULT_LIMITS,
        entities: Iterable[str] | None = None,
    ) -> None:
        self.rules = rules or load_rules()
        self.detector = Detector(self.rules, min_score=min_score, entities=entities)
        self.classifier = Classifier(self.rules.categories)
        self.limits = limits
        #: processes that detect the batches of a large file while this one turns their hits
        #: into findings (set by the runner per file, when cores would otherwise sit idle);
        #: results stay in batch order
        self.helpers: Sequence[HelperLink] = ()
        #: read each file whole into memory once (a :class:`~scanner.fsutil.Snapshot`) and
        #: parse it from there: ``protect`` sets it, so a PDF's or a workbook's parser seeking
        #: back and forth does not read the share's file several times over
        self.read_once = False
        #: make each batch's findings and render them as JSON as the batch is detected (with
        #: raw values when True), in the helpers when there are some: set by a runner whose
        #: worker sends the record as its JSON Lines line; the result then carries
        #: ``finding_fragments``, not ``findings``, and a large file's findings are never held
        #: all at once as objects
        self.render_reveal: bool | None = None

    def detect_text(self, text: str) -> Hits:
        return [(r.entity_type, r.start, r.end, r.score) for r in self.detector.analyze(text)]

    def helper_answer(self, job: str | RenderJob) -> Hits | Rendered:
        """What a helper process does with what its worker sends (scanner.runner): a text's
        hits, or a :class:`RenderJob`'s findings rendered."""
        if isinstance(job, str):
            return self.detect_text(job)
        findings: list[Finding] = []
        people = _findings(job.text, job.layout, self.detect_text(job.text), findings)
        rendered = fragment_bytes(render_findings(findings, job.reveal))
        private = [f for f in findings if not publisher_line(f.entity_type, f.value)]
        if len(private) == len(findings):
            return Rendered(people, rendered)
        return Rendered(people, rendered, fragment_bytes(render_findings(private, job.reveal)))

    def _detected(self, batches: Iterable[_Batch]) -> Iterator[tuple[_Batch, str, Hits | Rendered]]:
        """Each batch with its text and hits, in order. With helpers this process only
        coordinates: each helper holds one batch at a time, and the moment a helper's answer
        is read it gets the next batch, before the answer is handed on, so the helpers detect
        (and, with ``render_reveal``, make and render the findings) while this process
        classifies. One batch per pipe at a time: a helper blocked writing a large answer while
        this process blocks writing it the next text would be a deadlock."""
        idle: deque[HelperLink] = deque(self.helpers)
        reveal = self.render_reveal
        if not idle:
            for batch in batches:
                text = batch.text()
                if reveal is None:
                    yield batch, text, self.detect_text(text)
                else:
                    # The record goes out as its line: render each batch's findings as it is
                    # detected, as a helper would, so this process holds a batch's findings at
                    # a time and the file's as JSON text — not 200,000 findings of a
                    # 4 M-character roster as objects until the end (~250 MiB).
                    yield batch, text, self.helper_answer(RenderJob(text, batch.layout(), reveal))
            return

        def job(batch: _Batch, text: str) -> str | RenderJob:
            return text if reveal is None else RenderJob(text, batch.layout(), reveal)

        pending: deque[tuple[_Batch, str, HelperLink]] = deque()
        try:
            for batch in batches:
                text = batch.text()
                if idle:
                    link = idle.popleft()
                    link.send(job(batch, text))
                    pending.append((batch, text, link))
                    continue
                done, done_text, link = pending.popleft()
                hits = _answer(link)
                link.send(job(batch, text))
                pending.append((batch, text, link))
                yield done, done_text, hits
            while pending:
                done, done_text, link = pending.popleft()
                yield done, done_text, _answer(link)
        finally:
            # A file that failed half way leaves answers in the pipes; the next file must not
            # read them as its own.
            for _batch, _text, link in pending:
                with contextlib.suppress(EOFError, OSError):
                    link.recv()

    def scan_text(
        self, text: str, location: dict[str, Any] | None = None, field: str | None = None
    ) -> FileResult:
        """Scan a piece of text as if it were a one-segment document (tests, rule examples);
        ``field`` makes it a table cell under that column header. A snippet is not a document
        someone published: every line it holds is reported, whatever its categories."""
        segments = [Segment(text, dict(location or {}), field)]
        return self._scan_segments("<text>", "txt", segments, snippet=True)

    def scan_candidate(self, cand: Candidate) -> FileResult:
        if cand.status is not None:
            return FileResult(str(cand.path), cand.status, error=cand.reason)
        return self.scan_file(cand.path)

    def scan_file(self, path: Path, source: Path | None = None) -> FileResult:
        """Scan the file at ``path``; with ``source``, its bytes are read from there (a
        :class:`~scanner.fsutil.Snapshot` of it already read) while ``path`` still names it,
        decides its format and passes the guards."""
        if source is None and self.read_once:
            snap = snapshot_of(path, self.limits.max_file_bytes)
            if snap is not None:
                with snap:
                    return self.scan_file(path, snap.path())
        started = time.perf_counter()
        name = os.fspath(path)
        try:
            fmt, segments = extract(path, self.limits, source=source)
            result = self._scan_segments(name, fmt, segments)
        except FileSkipped as exc:
            result = FileResult(name, STATUS_SKIPPED, error=exc.reason)
        except ExtractionError as exc:
            result = FileResult(name, STATUS_ERROR, error=exc.reason)
        result.seconds = time.perf_counter() - started
        return result

    def _scan_segments(
        self, name: str, fmt: str, segments: Iterable[Segment], snippet: bool = False
    ) -> FileResult:
        ev = Evidence()
        marks = MarkFinder()
        findings: list[Finding] = []
        fragments: list[bytes] | None = None  # the findings, rendered batch by batch
        unlisted: list[bytes] = []  # the same without the publisher's lines
        types: list[str] = []  # every finding's entity type, in order
        lines = 0  # the publisher's lines among them
        unread: list[dict[str, Any]] = []
        counted = [0]

        def readable() -> Iterator[Segment]:
            for seg in segments:
                if seg.unread is None:
                    yield seg
                    continue
                counted[0] += 1
                if len(unread) < MAX_UNREAD_LISTED:
                    unread.append(
                        {**seg.location, "status": seg.unread.status, "reason": seg.unread.reason}
                    )

        for batch, text, hits in self._detected(_batches(readable())):
            marks.observe(text, batch.boilerplate)
            if not batch.boilerplate:
                # A footer "内部资料 注意保密" on the office template says nothing about whether
                # this document is a published notice; the classification reads the body.
                self.classifier.observe(ev, text)
            if isinstance(hits, Rendered):
                people = hits.people
                if fragments is None:
                    fragments = []
                fragments.append(hits.findings)
                unlisted.append(hits.findings if hits.unlisted is None else hits.unlisted)
            else:
                people = _findings(text, batch.layout(), hits, findings)
            types.extend(entity_type for entity_type, _, _ in people)
            lines += sum(1 for kind, start, end in people if publisher_line(kind, text[start:end]))
            if not batch.boilerplate:
                self.classifier.note_people(ev, text, people)
        self.classifier.count_entities(ev, types)
        mark = marks.result()
        decision = with_mark(self.classifier.decide(ev), mark)
        counts = Counter(types)
        if (
            lines
            and not decision.categories
            and not snippet
            and (decision.public or not counts[PERSON])
        ):
            # A document that is no secret and names nobody, or reads as published material:
            # its landlines are its publisher's (docs/rules.md, "The publisher's lines"), not
            # anyone's personal data. Where it names people (a staff list the categories
            # missed), a line may be one person's office line: it stays.
            findings = [f for f in findings if not publisher_line(f.entity_type, f.value)]
            fragments = None if fragments is None else unlisted
            counts[PHONE] -= lines
            counts = +counts
        return FileResult(
            path=name,
            status=STATUS_OK,
            format=fmt,
            categories=list(decision.categories),
            label=label_for(decision.categories, self.rules.labels, mark),
            findings=findings,
            reasons=decision.reasons,
            public=decision.public,
            chars=ev.chars,
            unread=unread,
            unread_total=counted[0],
            existing_mark=mark,
            entity_counts=None if fragments is None else dict(counts),
            finding_fragments=fragments,
        )


def snapshot_of(path: Path, max_bytes: int) -> Snapshot | None:
    """The file's bytes read once (opened without following a link), or None: then the
    extractor reads ``path`` itself and its guards report what is wrong with it."""
    try:
        with Folder.open(path.parent) as folder, folder.open_original(path.name) as orig:
            if orig.info.st_size == 0 or orig.info.st_size > max_bytes:
                return None
            return orig.snapshot()
    except (OSError, ValueError):
        return None


def _answer(link: HelperLink) -> Hits:
    hits = link.recv()
    if isinstance(hits, BaseException):
        raise hits  # MemoryError in the helper is this file's, as if detected here
    return cast(Hits, hits)


def _is_boilerplate(seg: Segment) -> bool:
    """Page headers and footers: a template's text, repeated on every document of an office."""
    return seg.location.get("part") in ("header", "footer", "master")


def _batches(segments: Iterable[Segment]) -> Iterator[_Batch]:
    batch = _Batch()
    for seg in segments:
        if not seg.text.strip():
            continue
        boiler = _is_boilerplate(seg)
        if boiler != batch.boilerplate:
            if batch.segments:
                yield batch
            batch = _Batch(boiler)
        batch.add(seg)
        if batch.size >= BATCH_CHARS:
            yield batch
            batch = _Batch(boiler)
    if batch.segments:
        yield batch
