"""Mail: .eml (RFC 5322, with the standard library's ``email``) and Outlook .msg (an OLE2 file
of MAPI properties, [MS-OXMSG], read with olefile).

The headers a person reads (From, To, Cc, Subject), the body (plain text, or HTML turned into
text when there is no plain part), then every attachment read as a document of its own type, at
``member: ["附件.docx"]``.
"""

from __future__ import annotations

import contextlib
import email
import email.policy
import io
import logging
from collections.abc import Iterator
from email.header import decode_header, make_header
from email.message import EmailMessage, Message
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from .interface import ExtractionError, Segment
from .members import ContainerExtractor, Unpacking, member_segments, safe_name, unread, with_member
from .ole import open_ole

log = logging.getLogger(__name__)

NOT_MSG = "不是有效的 Outlook 邮件（.msg 已损坏） / not a valid Outlook message (corrupt .msg)"
NOT_EML = "不是有效的邮件文件（.eml 已损坏） / not a valid mail file (corrupt .eml)"
_HEADERS = ("From", "To", "Cc", "Subject")


def too_many(count: int, limit: int) -> str:
    return (
        f"邮件附件过多（{count} 个，只读取前 {limit} 个） / "
        f"too many attachments ({count}; only the first {limit} were read)"
    )


class _HtmlText(HTMLParser):
    """Visible text of an HTML body: block elements become line breaks, scripts are dropped."""

    _BLOCKS = frozenset({"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "table", "td"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in ("script", "style", "head"):
            self.hidden += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n" if tag != "td" else "\t")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head") and self.hidden:
            self.hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def html_text(html: str) -> str:
    parser = _HtmlText()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)


def _lines(text: str, base: dict[str, Any]) -> Iterator[Segment]:
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            yield Segment(line, {**base, "line": number})


def _placed(segments: Iterator[Segment], member: list[str]) -> Iterator[Segment]:
    for segment in segments:
        yield with_member(segment, member) if member else segment


def _attachments(
    state: Unpacking, member: list[str], items: list[tuple[str, bytes]]
) -> Iterator[Segment]:
    limit = state.limits.max_attachments
    for name, data in items[:limit]:
        yield from member_segments(state, [*member, name], io.BytesIO(data), len(data))
    if len(items) > limit:
        yield unread(member, "skipped", too_many(len(items), limit))


def _part_text(part: Message) -> str:
    try:
        content = part.get_content() if isinstance(part, EmailMessage) else part.get_payload()
    except (LookupError, UnicodeError, AssertionError):
        payload = part.get_payload(decode=True)
        content = payload.decode("gb18030", "replace") if isinstance(payload, bytes) else ""
    return content if isinstance(content, str) else ""


class EmlExtractor(ContainerExtractor):
    format = "eml"
    extensions = (".eml",)

    def contents(self, path: Path, state: Unpacking, member: list[str]) -> Iterator[Segment]:
        with path.open("rb") as stream:
            try:
                message = email.message_from_binary_file(stream, policy=email.policy.default)
            except Exception:
                log.debug("cannot parse mail %s", path, exc_info=True)
                raise ExtractionError(NOT_EML) from None
        yield from _placed(self._message(message), member)
        items: list[tuple[str, bytes]] = []
        for number, part in enumerate(message.walk(), 1):
            if part.get_content_maintype() == "multipart" or not _is_attachment(part):
                continue
            name = part.get_filename() or f"附件{number}{_default_suffix(part)}"
            if part.get_content_type() == "message/rfc822":
                inner = part.get_payload()
                first = inner[0] if isinstance(inner, list) and inner else None
                data = first.as_bytes() if isinstance(first, Message) else b""
            else:
                payload = part.get_payload(decode=True)
                data = payload if isinstance(payload, bytes) else b""
            items.append((safe_name(name), data))
        yield from _attachments(state, member, items)

    @staticmethod
    def _message(message: Message) -> Iterator[Segment]:
        for header in _HEADERS:
            value = message.get(header)
            if value:
                yield Segment(str(value), {"part": "header", "header": header})
        plain = [
            p
            for p in message.walk()
            if p.get_content_type() == "text/plain" and not _is_attachment(p)
        ]
        html = [
            p
            for p in message.walk()
            if p.get_content_type() == "text/html" and not _is_attachment(p)
        ]
        for number, part in enumerate(plain or html, 1):
            text = _part_text(part)
            if part.get_content_type() == "text/html":
                text = html_text(text)
            base = {"part": "body"} if number == 1 else {"part": "body", "body": number}
            yield from _lines(text, base)


def _is_attachment(part: Message) -> bool:
    if part.get_content_maintype() == "multipart":
        return False
    disposition = (part.get("Content-Disposition") or "").split(";")[0].strip().lower()
    if disposition == "attachment" or part.get_content_type() == "message/rfc822":
        return True
    return bool(part.get_filename()) or part.get_content_maintype() not in ("text", "multipart")


def _default_suffix(part: Message) -> str:
    return ".eml" if part.get_content_type() == "message/rfc822" else ".bin"


# MAPI property tags ([MS-OXPROPS]); "001F" is UTF-16, "001E" 8-bit, "0102" binary
_MSG_HEADERS = (("From", "0C1A"), ("To", "0E04"), ("Cc", "0E03"), ("Subject", "0037"))
_BODY, _HTML = "1000", "1013"
_ATTACH_DATA, _ATTACH_LONG_NAME, _ATTACH_NAME = "3701", "3707", "3704"


def _property(ole: Any, storage: str, tag: str) -> str | None:
    prefix = f"{storage}__substg1.0_{tag}"
    for kind, codec in (("001F", "utf-16-le"), ("001E", "gb18030")):
        if ole.exists(prefix + kind):
            return str(ole.openstream(prefix + kind).read().decode(codec, "replace").rstrip("\0"))
    if ole.exists(prefix + "0102"):
        return str(ole.openstream(prefix + "0102").read().decode("utf-8", "replace"))
    return None


class MsgExtractor(ContainerExtractor):
    format = "msg"
    extensions = (".msg",)

    def contents(self, path: Path, state: Unpacking, member: list[str]) -> Iterator[Segment]:
        limit = state.limits.max_file_bytes
        with open_ole(path, NOT_MSG) as ole:
            if not ole.exists("__properties_version1.0"):
                raise ExtractionError(NOT_MSG)
            segments: list[Segment] = []
            for header, tag in _MSG_HEADERS:
                value = _property(ole, "", tag)
                if value and "=?" in value:  # RFC 2047 words, as some writers leave them
                    with contextlib.suppress(ValueError, LookupError):
                        value = str(make_header(decode_header(value)))
                if value and value.strip():
                    segments.append(Segment(value, {"part": "header", "header": header}))
            body = _property(ole, "", _BODY)
            if body is None:
                html = _property(ole, "", _HTML)
                body = html_text(html) if html else ""
            segments.extend(_lines(body, {"part": "body"}))
            items: list[tuple[str, bytes]] = []
            storages = sorted(
                {
                    entry[0]
                    for entry in ole.listdir(streams=True, storages=True)
                    if entry[0].startswith("__attach_version1.0_")
                }
            )
            for number, storage in enumerate(storages, 1):
                prefix = storage + "/"
                name = _property(ole, prefix, _ATTACH_LONG_NAME) or _property(
                    ole, prefix, _ATTACH_NAME
                )
                stream = f"{prefix}__substg1.0_{_ATTACH_DATA}0102"
                if not ole.exists(stream):
                    # an embedded Outlook item or OLE object: not a file that can be read here
                    items.append((safe_name(name or f"附件{number}.msg"), b""))
                    continue
                if ole.get_size(stream) > limit:
                    items.append((safe_name(name or f"附件{number}"), b""))
                    continue
                items.append(
                    (safe_name(name or f"附件{number}.bin"), ole.openstream(stream).read())
                )
        yield from _placed(iter(segments), member)
        yield from _attachments(state, member, items)
