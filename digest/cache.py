"""A cache of extracted reports, so that a rebuild only extracts what changed.

An entry is keyed by the report's name and text and by a fingerprint of the
code and knowledge files that extraction depends on: change a rule or a data
file and every entry is stale at once. The entries live in one pack file,
written whole (atomically) at the end of a build with only the entries that
build used, so the cache never outgrows the seeds folder. One file, not one
per report: a first build would otherwise create a thousand files more, and
a rebuild read them one by one.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import shutil
from pathlib import Path

from .model import Report, SourceText

PACKAGE = Path(__file__).resolve().parent
_CODE = ["model.py", "clean.py", "knowledge.py", "vietnamese.py", "extract"]
PACK = "reports.pickle"


def fingerprint(data: Path) -> str:
    digest = hashlib.sha256()
    files = [p for name in _CODE for p in sorted((PACKAGE / name).rglob("*.py")) or [PACKAGE / name]]
    files += sorted(p for p in data.rglob("*") if p.is_file())
    for path in files:
        digest.update(str(path.name).encode("utf-8"))
        digest.update(path.read_bytes())
    return digest.hexdigest()


def pack_report(report: Report) -> bytes:
    """A cache entry; extraction workers make it, so the parent never pickles a report."""
    return pickle.dumps(report, protocol=pickle.HIGHEST_PROTOCOL)


class ExtractionCache:
    def __init__(self, folder: Path | None, fingerprint: str):
        self.folder = folder
        self.fingerprint = fingerprint
        self.entries: dict[str, bytes] | None = None  # the pack as last saved, read at the first get
        self.used: dict[str, bytes] = {}

    def key(self, text: SourceText) -> str:
        digest = hashlib.sha256(self.fingerprint.encode())
        digest.update(text.name.encode("utf-8") + b"\0" + text.text.encode("utf-8"))
        return digest.hexdigest()

    def get(self, text: SourceText) -> Report | None:
        if self.folder is None:
            return None
        key = self.key(text)
        entry = self._saved().get(key)
        try:
            report = pickle.loads(entry) if entry is not None else None
        except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
            return None  # an unreadable entry: extract again
        if not isinstance(report, Report):
            return None
        self.used[key] = entry
        return report

    def put(self, text: SourceText, report: Report, entry: bytes | None = None) -> None:
        if self.folder is not None:
            self.used[self.key(text)] = entry if entry is not None else pack_report(report)

    def save(self) -> None:
        """Write the entries this build used, and only those (removed or changed
        reports and old code are forgotten); nothing when they are what is saved."""
        if self.folder is None or self.used == self._saved():
            return
        path = self.folder / PACK
        tmp = path.with_name(f".{PACK}.{os.getpid()}")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(pickle.dumps(dict(sorted(self.used.items())), protocol=pickle.HIGHEST_PROTOCOL))
            os.replace(tmp, path)
        except OSError:
            tmp.unlink(missing_ok=True)  # a cache that cannot be written only costs time
            return
        for old in self.folder.iterdir():  # one folder per entry, as earlier versions kept them
            if old.is_dir() and len(old.name) == 2:
                shutil.rmtree(old, ignore_errors=True)

    def _saved(self) -> dict[str, bytes]:
        if self.entries is None:
            self.entries = _read_pack(self.folder / PACK) if self.folder else {}
        return self.entries


def _read_pack(path: Path) -> dict[str, bytes]:
    try:
        with open(path, "rb") as handle:
            entries = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return {}  # missing or broken: every report is extracted again
    if not isinstance(entries, dict):
        return {}
    return {k: v for k, v in entries.items() if isinstance(k, str) and isinstance(v, bytes)}
