"""The store's tables, as SQLAlchemy Core metadata: one schema for SQLite and PostgreSQL.

This is the schema at the newest migration (``scanner/store/migrations/versions``); a test compares
the migrated database with it on both dialects, so a change here needs a migration.

Never a raw secret value in any column: findings keep the masked form and a keyed fingerprint.
Lists and mappings are JSON text (canonical: sorted keys, no spaces) so both dialects hold the
same bytes and nothing depends on a dialect's JSON type.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.types import TypeDecorator

from scanner.names import escape_surrogates

# Named constraints, so later migrations (and SQLite's batch mode) can drop or alter them.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING)


class PathText(TypeDecorator[str]):
    """A file path. Linux names are bytes; one that is not valid UTF-8 reaches Python with
    surrogate escapes, which neither SQLite nor PostgreSQL can store: it is written with those
    bytes escaped (``scanner.names.escape_surrogates``, idempotent, so a path read back and used
    in a query still finds its row)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Any) -> str | None:
        return None if value is None else escape_surrogates(value)


class UtcDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in and out; SQLite keeps no zone, so it is put back on reading."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: store times in UTC with a zone")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


# Small facts about the store itself, such as the id of the fingerprint key it was made with.
settings = Table(
    "settings",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

# A file found to hold secrets (docs/policy.md §3 登记): what, where, whose, when.
files = Table(
    "files",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("host", String(255), nullable=False),
    Column("path", PathText, nullable=False),
    Column("owner", String(255)),
    Column("size", BigInteger),
    Column("mtime", UtcDateTime),
    Column("format", String(16)),
    Column("categories", Text, nullable=False),  # JSON list of category ids
    Column("first_seen", UtcDateTime, nullable=False),
    Column("last_scanned", UtcDateTime, nullable=False),
    # The file server's share it was seen in (``[[share]] name`` in the config, the same on
    # every server that mounts it); None for a file scanned outside any share.
    Column("share", Text),
    # The secrecy mark the document already carried when last scanned (秘密★1年, 机密★ …), as
    # JSON {"text", "retention_years", "state_secret"}; None without one.
    Column("existing_mark", Text),
    # The centre (site id, ``baomi watch --site``) that recorded it; None: recorded without one.
    Column("site", String(64)),
    UniqueConstraint("host", "path"),
    Index(None, "site"),
)

findings = Table(
    "findings",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("file_id", Integer, ForeignKey("files.id", ondelete="CASCADE"), nullable=False),
    Column("entity_type", String(64), nullable=False),
    Column("masked", Text, nullable=False),
    Column("fingerprint", String(64), nullable=False),
    Column("score", Float, nullable=False),
    Column("location", Text, nullable=False),  # JSON object
    Index(None, "file_id"),
    # The same value in several files: find them by fingerprint without the value.
    Index(None, "fingerprint"),
)

labels = Table(
    "labels",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("file_id", Integer, ForeignKey("files.id", ondelete="CASCADE"), nullable=False),
    Column("text", Text, nullable=False),
    Column("categories", Text, nullable=False),  # JSON list
    Column("retention_years", Integer, nullable=False),
    Column("expires", Date, nullable=False),
    Column("method", String(32), nullable=False),
    Column("labelled_at", UtcDateTime, nullable=False),
    Index(None, "file_id"),
    Index(None, "expires"),
)

seals = Table(
    "seals",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("file_id", Integer, ForeignKey("files.id", ondelete="SET NULL")),
    Column("host", String(255), nullable=False),
    Column("original_path", PathText, nullable=False),
    Column("sealed_path", PathText, nullable=False),
    Column("recipients", Text, nullable=False),  # JSON list of {name, fingerprint, ...}
    Column("sealed_size", BigInteger, nullable=False),
    Column("chunk_size", Integer, nullable=False),
    Column("expires", Date),
    Column("sealed_at", UtcDateTime, nullable=False),
    Index(None, "file_id"),
    Index(None, "sealed_path"),
)

# Every unsealing (docs/policy.md §4: time, user, content, purpose).
openings = Table(
    "openings",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("host", String(255), nullable=False),
    Column("sealed_path", PathText, nullable=False),
    Column("actor", String(255), nullable=False),
    Column("reason", Text, nullable=False),
    Column("out_path", PathText, nullable=False),
    Column("request_id", String(64)),
    Column("recipient_fingerprint", String(128), nullable=False),
    Column("opened_at", UtcDateTime, nullable=False),
    Index(None, "sealed_path"),
)

# The hash-chained audit trail (scanner/store/audit.py). seq is assigned by the appender under a
# lock, never by the database, so the chain has no gaps.
audit_events = Table(
    "audit_events",
    metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("ts", String(40), nullable=False),
    Column("actor", String(255), nullable=False),
    Column("host", String(255), nullable=False),
    Column("kind", String(32), nullable=False),
    Column("subject", Text),
    Column("details", Text, nullable=False),  # canonical JSON
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    UniqueConstraint("hash"),
    Index(None, "kind"),
)

# The daemon's work claims (``Store.claim``): which host and process handles one version of one
# file of a share. Bookkeeping for servers that mount the same share, not audit events. version
# is the content's SHA-256: the same file seen through two mounts has different mtimes.
claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("share", String(255), nullable=False),
    Column("relpath", PathText, nullable=False),
    Column("version", String(64), nullable=False),
    Column("host", String(255), nullable=False),
    Column("pid", Integer, nullable=False),
    Column("claimed_at", UtcDateTime, nullable=False),
    Column("finished_at", UtcDateTime),
    Column("outcome", String(32)),
    # Why the last try failed (masked like every free text), the categories known then (JSON
    # list; None when the file could not be read), and when this version first failed: a retry
    # takes the claim again and renews claimed_at.
    Column("reason", Text),
    Column("categories", Text),
    Column("first_failed_at", UtcDateTime),
    # The centre that claims: two centres may name a share alike and hold the same document.
    # '' (not NULL) without a site, so the unique key holds for those claims too.
    Column("site", String(64), nullable=False, server_default=""),
    UniqueConstraint("site", "share", "relpath", "version"),
)

# Copies of sealed files on the backup site (docs/policy.md §5: back up regularly, to a different
# place). Only sealed files are ever copied; sha256 and size are those of the copy.
backups = Table(
    "backups",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("sealed_path", PathText, nullable=False),
    Column("backup_path", PathText, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("size", BigInteger, nullable=False),
    Column("host", String(255), nullable=False),
    Column("share", String(255), nullable=False),
    Column("backed_up_at", UtcDateTime, nullable=False),
    Index(None, "sealed_path"),
)

# Access requests (查阅 consult / 借阅 borrow, docs/policy.md §6): an application for one sealed
# file, with a purpose and an end date; `baomi open --request ID` cites an approved, unexpired one.
# status: pending → approved | rejected; returned (a borrowed copy came back); expiry is `until`.
access_requests = Table(
    "access_requests",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(16), nullable=False),  # consult | borrow
    Column("sealed_path", PathText, nullable=False),
    # SHA-256 of the sealed file's header (unique to one sealing, and the content is bound to
    # it): the request is for that file, not for whatever is later copied to the same path
    Column("sealed_digest", String(64)),
    Column("file_id", Integer, ForeignKey("files.id", ondelete="SET NULL")),
    Column("purpose", Text, nullable=False),
    Column("requester", String(255), nullable=False),
    Column("host", String(255), nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("until", Date, nullable=False),  # consult: valid until; borrow: return date
    Column("status", String(16), nullable=False),
    Column("returned_at", UtcDateTime),
    Index(None, "sealed_path"),
)

# Each approval a request collects (roles from rules/: 科室负责人, 分管领导, 保密委员会主任).
approvals = Table(
    "approvals",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "request_id", Integer, ForeignKey("access_requests.id", ondelete="CASCADE"), nullable=False
    ),
    Column("role", String(64), nullable=False),
    Column("approver", String(255), nullable=False),
    Column("decision", String(16), nullable=False),  # approve | reject
    Column("note", Text),
    Column("decided_at", UtcDateTime, nullable=False),
    UniqueConstraint("request_id", "role"),
)

# Transmissions (传递, docs/policy.md §4): a sealed file re-sealed for another recipient.
transfers = Table(
    "transfers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("sealed_path", PathText, nullable=False),
    Column("out_path", PathText, nullable=False),
    Column("recipient_name", String(255), nullable=False),
    Column("recipient_fingerprint", String(64), nullable=False),
    Column("method", String(64), nullable=False),
    Column("approved_by", Text, nullable=False),  # JSON list of {"role", "name"}
    Column("emergency", Integer, nullable=False, default=0),  # approvals to follow
    Column("approved_after_at", UtcDateTime),
    Column("actor", String(255), nullable=False),
    Column("host", String(255), nullable=False),
    Column("transferred_at", UtcDateTime, nullable=False),
)

# Declassifications (解密, docs/policy.md §8): the decision and what was done to the file.
declassifications = Table(
    "declassifications",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("path", PathText, nullable=False),
    Column("file_id", Integer, ForeignKey("files.id", ondelete="SET NULL")),
    Column("reason", String(32), nullable=False),  # published | not-needed | expired
    Column("note", Text),
    Column("approved_by", Text, nullable=False),  # JSON list
    Column("action", String(32), nullable=False),  # unmarked | unsealed | recorded
    Column("actor", String(255), nullable=False),
    Column("host", String(255), nullable=False),
    Column("declassified_at", UtcDateTime, nullable=False),
    # the report decides each registered file's state from its newest record, by file id or
    # (recorded by path alone) by path: without these, a scan of this table per file
    Index(None, "file_id"),
    Index(None, "path"),
)

# Destruction records (销毁记录, docs/policy.md §8): time, place (host), method, people; kept at
# least `keep_until` (a setting: the policy leaves the number of years open).
destructions = Table(
    "destructions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("path", PathText, nullable=False),
    Column("file_id", Integer, ForeignKey("files.id", ondelete="SET NULL")),
    Column("method", String(32), nullable=False),
    Column("reason", Text, nullable=False),
    Column("approved_by", Text, nullable=False),  # JSON list
    Column("people", Text, nullable=False),  # JSON list: who carried it out and approved it
    Column("size", BigInteger),
    Column("actor", String(255), nullable=False),
    Column("host", String(255), nullable=False),
    Column("destroyed_at", UtcDateTime, nullable=False),
    Column("keep_until", Date, nullable=False),
    Index(None, "file_id"),  # as declassifications'
    Index(None, "path"),
)

# What a seal is about to do, written before the sealed file exists (issue 10): the original's
# path, identity and content digest, then the sealed file's digest once it is complete. Only a
# matching row lets a later run delete an original beside a leftover NAME.baomi; a forged sealed
# file has none. The row is removed when the run finishes.
seal_intents = Table(
    "seal_intents",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("original_path", PathText, nullable=False),
    Column("device", BigInteger, nullable=False),
    Column("inode", BigInteger, nullable=False),
    Column("size", BigInteger, nullable=False),
    Column("sha256", String(64), nullable=False),  # of the original's content
    Column("sealed_path", PathText),
    Column("sealed_sha256", String(64)),  # of the complete sealed file, before it is renamed
    Column("host", String(255), nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Index(None, "original_path"),
)

# Files of a type that can hold a document which no scan could read (issue 11: the committee's
# blind spots): encrypted, corrupt, needing OCR, over the time or memory limit, unsupported.
# One row per file and host, removed when a later scan reads the file. reason_class is one of
# scanner.readfail.REASON_CLASSES; reason is the scan's own bilingual text (made from fixed
# templates, never from the document) with digit runs masked.
unreadable = Table(
    "unreadable",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("host", String(255), nullable=False),
    Column("path", PathText, nullable=False),
    Column("share", Text),
    Column("format", String(16)),
    Column("reason_class", String(32), nullable=False),
    Column("reason", Text, nullable=False),
    Column("attempts", Integer, nullable=False),
    Column("first_seen", UtcDateTime, nullable=False),
    Column("last_seen", UtcDateTime, nullable=False),
    Column("site", String(64)),  # as files.site
    UniqueConstraint("host", "path"),
    Index(None, "reason_class"),
)
