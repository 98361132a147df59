"""A cache of extracted reports, so that a rebuild only extracts what changed.

An entry is keyed by the report's name and text and by a fingerprint of the
code and knowledge files that extraction depends on: change a rule or a data
file and every entry is stale at once. Entries not used by a build are removed,
so the cache never outgrows the seeds folder.
"""
from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path

from .model import Report, SourceText

PACKAGE = Path(__file__).resolve().parent
_CODE = ["model.py", "clean.py", "knowledge.py", "vietnamese.py", "extract"]


def fingerprint(data: Path) -> str:
    digest = hashlib.sha256()
    files = [p for name in _CODE for p in sorted((PACKAGE / name).rglob("*.py")) or [PACKAGE / name]]
    files += sorted(p for p in data.rglob("*") if p.is_file())
    for path in files:
        digest.update(str(path.name).encode("utf-8"))
        digest.update(path.read_bytes())
    return digest.hexdigest()


class ExtractionCache:
    def __init__(self, folder: Path | None, fingerprint: str):
        self.folder = folder
        self.fingerprint = fingerprint
        self.used: set[str] = set()

    def key(self, text: SourceText) -> str:
        digest = hashlib.sha256(self.fingerprint.encode())
        digest.update(text.name.encode("utf-8") + b"\0" + text.text.encode("utf-8"))
        return digest.hexdigest()

    def get(self, text: SourceText) -> Report | None:
        if self.folder is None:
            return None
        key = self.key(text)
        self.used.add(key)
        try:
            with open(self._path(key), "rb") as handle:
                report = pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
            return None  # missing or unreadable entry: extract again
        return report if isinstance(report, Report) else None

    def put(self, text: SourceText, report: Report) -> None:
        if self.folder is None:
            return
        key = self.key(text)
        self.used.add(key)
        path = self._path(key)
        tmp = path.with_name(f".{path.name}.{os.getpid()}")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(pickle.dumps(report, protocol=pickle.HIGHEST_PROTOCOL))
            os.replace(tmp, path)
        except OSError:
            tmp.unlink(missing_ok=True)  # a cache that cannot be written only costs time

    def prune(self) -> None:
        """Forget entries this build did not use (removed or changed reports, old code)."""
        if self.folder is None or not self.folder.is_dir():
            return
        for path in self.folder.glob("*/*"):
            if path.name not in self.used:
                path.unlink(missing_ok=True)

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / key
