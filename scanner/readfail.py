"""Why a document could not be read, as a small fixed set of classes the committee can count.

The scan's reasons are bilingual sentences made from fixed templates (scanner.extract,
scanner.limits, scanner.walk); the store keeps the sentence and this class, and the report
counts files by class and format. A leaf module: the store, the daemon, ``scan`` and the report
all use it, and it imports nothing of baomi.

A class is decided from the English half of the reason, whose wording the templates keep
stable (tests/report/test_blind_spots.py checks every template against this table). Reasons
that leave no document unread (an empty file, a file that vanished, a symbolic link reported
at its target) are not blind spots: :func:`reason_class` gives None for them.
"""

from __future__ import annotations

TIMEOUT = "timeout"
MEMORY = "memory"
ENCRYPTED = "encrypted"
NEEDS_OCR = "needs-ocr"
TOO_LARGE = "too-large"
UNSUPPORTED = "unsupported"
CORRUPT = "corrupt"
PERMISSION = "permission"
CRASHED = "crashed"
OTHER = "other"

# class -> (中文, English), in the order the report lists them
REASON_CLASSES: dict[str, tuple[str, str]] = {
    ENCRYPTED: ("已加密（有密码）", "encrypted"),
    CORRUPT: ("文件损坏", "corrupt"),
    NEEDS_OCR: ("需要文字识别", "needs OCR"),
    UNSUPPORTED: ("格式不支持", "unsupported format"),
    TOO_LARGE: ("过大或疑似压缩炸弹", "too large"),
    TIMEOUT: ("处理超时", "timed out"),
    MEMORY: ("内存超限", "memory limit"),
    PERMISSION: ("没有读取权限", "permission denied"),
    CRASHED: ("处理进程出错", "worker crashed"),
    OTHER: ("其他原因", "other"),
}

# Not blind spots: nothing there to read, or read elsewhere.
_NOT_A_BLIND_SPOT = (
    "empty file",
    "vanished",
    "removed or moved",
    "symbolic link",
    "not a regular file",
    "already scanned",
)

# (words in the English reason, class), first match wins: "the PDF's encryption method is not
# supported" is encrypted, not unsupported; "timed out" comes before everything else.
_RULES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("timed out",), TIMEOUT),
    (("memory",), MEMORY),
    (("password", "encrypt"), ENCRYPTED),
    (("ocr", "no text layer"), NEEDS_OCR),
    (("too large", "zip bomb", "nested too deep", "unpacks to"), TOO_LARGE),
    (("permission denied", "cannot read this folder"), PERMISSION),
    (("not supported", "unsupported", "save it as"), UNSUPPORTED),
    (("worker process died", "internal error"), CRASHED),
    (
        (
            "corrupt",
            "not a valid",
            "damaged",
            "malformed",
            "encoding",
            "not a text file",
            "could not read this",
            "incomplete",
            "points outside",
            "truncated",
        ),
        CORRUPT,
    ),
)


def reason_class(reason: str | None) -> str | None:
    """The class of a skipped/error reason; None when the file is no blind spot."""
    if not reason:
        return OTHER
    english = reason.rsplit(" / ", 1)[-1].lower()
    if any(words in english for words in _NOT_A_BLIND_SPOT):
        return None
    for words, cls in _RULES:
        if any(w in english for w in words):
            return cls
    return OTHER


def class_name(cls: str) -> str:
    """ "中文 English" for a class; an unknown class (a newer version's) as it is."""
    zh, en = REASON_CLASSES.get(cls, (cls, ""))
    return f"{zh} {en}".strip()
