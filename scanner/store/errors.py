"""What a person reads when the store fails: :class:`StoreError`, never a driver's traceback.

Shared by ``scanner.store`` (which re-exports it) and ``scanner.store.audit``. Messages never carry
the password of a database URL: it is masked in URLs and scrubbed from any driver message.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import exc as sa_exc

from scanner.errors import BaomiError


class StoreError(BaomiError):
    """The store cannot be used; the message says why and what to do (Chinese / English)."""


# user:password@ in a URL that SQLAlchemy could not even parse.
_USERINFO = re.compile(r"(://[^:/@\s]*):[^@\s]*@")


def mask_url_text(text: str) -> str:
    """Mask the password in a URL-like string (for URLs that did not parse)."""
    text = _USERINFO.sub(r"\1:***@", text)
    if "@" in text and ":***@" not in text:
        # Not even user:password@host: keep only what follows the last "@".
        text = "…@" + text.rpartition("@")[2]
    return text


def scrub(text: str, secret: str | None) -> str:
    """Remove ``secret`` (a password) from a message, whatever the driver put in it."""
    text = mask_url_text(text)
    if secret:
        text = text.replace(secret, "***")
    return text


def driver_reason(exc: BaseException) -> str:
    """The driver's own first line (psycopg, sqlite3), without SQLAlchemy's SQL dump."""
    orig = getattr(exc, "orig", None) or exc
    lines = [ln.strip() for ln in str(orig).splitlines() if ln.strip()]
    return lines[0] if lines else type(orig).__name__


@contextmanager
def translated(what: str, where: str, password: str | None = None) -> Iterator[None]:
    """Turn database errors inside the block into a :class:`StoreError` about ``what``."""
    try:
        yield
    except StoreError:
        raise
    except sa_exc.OperationalError as exc:
        reason = scrub(driver_reason(exc), password)
        if "locked" in reason or "busy" in reason:
            hint = "数据库忙，请稍后重试 / the store is busy (another process holds it); try again"
        else:
            hint = (
                "无法访问数据库 / cannot reach the store: check the server, the URL and "
                "the permissions"
            )
        raise StoreError(f"{hint} ({what}, {where}): {reason}") from None
    except sa_exc.DBAPIError as exc:
        reason = scrub(driver_reason(exc), password)
        raise StoreError(f"数据库操作失败 / store error ({what}, {where}): {reason}") from None
