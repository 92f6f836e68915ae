"""Archives: .zip, and .tar with or without compression (.tar.gz .tgz .tar.bz2 .tar.xz), and a
lone gzip-compressed file (``名单.csv.gz``).

Every member is read by its own type and located at ``member: ["资料/名单.xlsx"]``; archives
inside archives are opened down to ``Limits.max_archive_depth``. The bomb guards count the whole
tree: members and unpacked bytes at every level together, and each zip member's compression
ratio. Member names are never used as paths on disk (members are spooled under numbered names),
so ``../`` in a name cannot reach anything.
"""

from __future__ import annotations

import errno
import gzip
import logging
import tarfile
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, cast

from .interface import ExtractionError, FileSkipped, MiB, Segment
from .members import (
    MEMBER_PROTECTED,
    ContainerExtractor,
    Unpacking,
    bomb_reason,
    member_segments,
    unread,
)

log = logging.getLogger(__name__)

NOT_ZIP = "不是有效的 zip 压缩包（已损坏或不完整） / not a valid zip archive (corrupt or truncated)"
NOT_TAR = "不是有效的 tar 压缩包（已损坏或不完整） / not a valid tar archive (corrupt or truncated)"
ARCHIVE_PROTECTED = (
    "压缩包设置了密码，其中的文件无法读取 / password-protected archive; its files cannot be read"
)
# below this a high ratio is normal (a text file of repeated lines compresses 1000:1)
_RATIO_FLOOR = MiB
_UTF8_NAMES = 0x800


def member_name(info: zipfile.ZipInfo) -> str:
    """The name as the Chinese Windows that made the zip wrote it (GBK unless flagged UTF-8)."""
    if info.flag_bits & _UTF8_NAMES:
        return info.filename
    try:
        return info.filename.encode("cp437").decode("gbk")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return info.filename


class ZipExtractor(ContainerExtractor):
    format = "zip"
    extensions = (".zip",)

    def contents(self, path: Path, state: Unpacking, member: list[str]) -> Iterator[Segment]:
        limits = state.limits
        try:
            archive = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
            raise ExtractionError(NOT_ZIP) from None
        with archive:
            files = [info for info in archive.infolist() if not info.is_dir()]
            if len(files) > state.members_left:
                raise FileSkipped(
                    bomb_reason(
                        f"成员总数超过 {limits.max_zip_members}",
                        f"more than {limits.max_zip_members} members in all",
                    )
                )
            total = sum(info.file_size for info in files)
            if total > state.bytes_left:
                limit = limits.max_unzipped_bytes // MiB
                raise FileSkipped(
                    bomb_reason(
                        f"解压后 {total // MiB} MiB（上限 {limit} MiB）",
                        f"unpacks to {total // MiB} MiB (limit {limit} MiB)",
                    )
                )
            if files and all(info.flag_bits & 0x1 for info in files):
                raise ExtractionError(ARCHIVE_PROTECTED)
            for info in files:
                inside = [*member, member_name(info)]
                if info.flag_bits & 0x1:
                    yield unread(inside, "error", MEMBER_PROTECTED)
                    continue
                ratio = info.file_size / max(info.compress_size, 1)
                if info.file_size > _RATIO_FLOOR and ratio > limits.max_zip_ratio:
                    yield unread(
                        inside,
                        "skipped",
                        bomb_reason(
                            f"压缩比 {ratio:.0f}:1（上限 {limits.max_zip_ratio:.0f}:1）",
                            f"compressed {ratio:.0f}:1 (limit {limits.max_zip_ratio:.0f}:1)",
                        ),
                    )
                    continue
                try:
                    stream = archive.open(info)
                except (zipfile.BadZipFile, NotImplementedError, RuntimeError, ValueError):
                    yield unread(inside, "error", NOT_ZIP)
                    continue
                except OSError as error:
                    # a member offset pointing before the file start: damage, not a disk fault
                    if error.errno != errno.EINVAL:
                        raise
                    yield unread(inside, "error", NOT_ZIP)
                    continue
                with stream:
                    yield from member_segments(state, inside, stream, info.file_size)


class TarExtractor(ContainerExtractor):
    format = "tar"
    extensions = (".tar", ".tgz", ".gz", ".tbz2", ".bz2", ".txz", ".xz")

    def contents(self, path: Path, state: Unpacking, member: list[str]) -> Iterator[Segment]:
        try:
            archive = tarfile.open(path, "r:*")  # noqa: SIM115 - closed by the with below
        except tarfile.ReadError:
            if path.suffix.lower() == ".gz":
                yield from self._gzip(path, state, member)
                return
            raise ExtractionError(NOT_TAR) from None
        except (tarfile.TarError, EOFError, OSError):
            raise ExtractionError(NOT_TAR) from None
        packed = max(path.stat().st_size, 1)
        unpacked = 0
        limits = state.limits
        with archive:
            try:
                for info in archive:
                    if not info.isreg():
                        continue  # folders, links and devices hold no document text
                    unpacked += info.size
                    if unpacked > _RATIO_FLOOR and unpacked / packed > limits.max_zip_ratio:
                        raise FileSkipped(
                            bomb_reason(
                                f"压缩比超过 {limits.max_zip_ratio:.0f}:1",
                                f"compressed more than {limits.max_zip_ratio:.0f}:1",
                            )
                        )
                    stream = archive.extractfile(info)
                    if stream is None:
                        continue
                    with stream:
                        yield from member_segments(state, [*member, info.name], stream, info.size)
            except (tarfile.TarError, EOFError, zlib.error):
                raise ExtractionError(NOT_TAR) from None

    @staticmethod
    def _gzip(path: Path, state: Unpacking, member: list[str]) -> Iterator[Segment]:
        """A single compressed file: its size is only known by unpacking it once."""
        limit = min(state.bytes_left, state.limits.max_file_bytes)
        size = 0
        try:
            with gzip.open(path, "rb") as stream:
                while chunk := stream.read(MiB):
                    size += len(chunk)
                    if size > limit:
                        raise FileSkipped(bomb_reason("解压后过大", "unpacks too large"))
            # inside an archive the file on disk has a spooled name; the member's is the real one
            name = Path(member[-1]).stem if member else path.stem
            with path.open("rb") as raw, gzip.GzipFile(fileobj=raw, mode="rb") as stream:
                yield from member_segments(state, [*member, name], cast(IO[bytes], stream), size)
        except (OSError, EOFError, gzip.BadGzipFile):
            raise ExtractionError(NOT_TAR) from None
