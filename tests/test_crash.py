"""Crashes and interruptions: a build killed at any point (SIGKILL, nothing
gets to clean up) leaves either the old output or the new one, never a mix.

docs/: the owned folder ban-tin/, the link index.md and the hand-written pages
are hashed as one tree and compared with the hashes of the old and the new
complete builds. site/: the same for digest.publish (mkdocs build, Pagefind,
swap). Kill points are random with a fixed seed.

Cost: a full build of 1,000 reports takes 15 s to a minute, so the twenty
kills of the docs test stop the write stage (a subprocess running exactly the
write_pages call of build_site.py on the new build's pages), while three kills
stop build_site.py itself: one the moment its staging folder appears, two at
random points of its reading and extracting. The site test publishes a small site, so every kill stops
digest.publish itself.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS, Build, new_build, run_generator

pytestmark = pytest.mark.slow

KILLS = 20
SITE_KILLS = 12
N_OLD = 1000
CHANGED = 100  # reports removed, edited and added between the old and the new build
SEED = 20241027
# One build date for every publish below, so a run crossing midnight cannot
# change sitemap.xml (MkDocs stamps the build date there; see test_reproducible).
FIXED_DAY = {"SOURCE_DATE_EPOCH": "1767225600"}
WRITER = """
import pickle, sys
from pathlib import Path
from digest.write import write_pages
write_pages(pickle.loads(Path(sys.argv[1]).read_bytes()), Path(sys.argv[2]))
"""


# -- trees and hashes ---------------------------------------------------------------

def tree_hash(folder: Path) -> str:
    """Names, link targets and contents of everything under folder, except the
    hidden folders at its top that MkDocs does not publish: staging leftovers
    (the next build removes them) and the extraction cache."""
    digest = hashlib.sha256()
    for top, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not (top == str(folder) and d.startswith(".")))
        entries = files + [d for d in dirs if os.path.islink(os.path.join(top, d))]
        for name in sorted(e for e in entries if not (top == str(folder) and e.startswith("."))):
            path = Path(top, name)
            digest.update(str(path.relative_to(folder)).encode() + b"\0")
            digest.update(b"->" + os.readlink(path).encode() if path.is_symlink() else path.read_bytes())
            digest.update(b"\0")
    return digest.hexdigest()


def _staging(name: str) -> bool:
    return ".staging-" in name


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if _staging(p.name))


def restore(snapshot: Path, target: Path) -> None:
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(snapshot, target, symlinks=True)


def kill_group(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.wait()


def start(command: list[str], **env: str) -> subprocess.Popen:
    # its own process group, so mkdocs and pagefind children die with it
    return subprocess.Popen(command, cwd=ROOT, start_new_session=True, env={**os.environ, **env},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def kill_at(command: list[str], after: float, **env: str) -> bool:
    """Run command and SIGKILL it `after` seconds in; True when it had finished."""
    process = start(command, **env)
    try:
        process.wait(timeout=after)
        return True
    except subprocess.TimeoutExpired:
        kill_group(process)
        return False


# -- docs/ --------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def corpora(tmp_path_factory) -> tuple[Path, Path]:
    """Old: reports 0..999. New: the first CHANGED removed, the next CHANGED
    edited, CHANGED more added."""
    root = tmp_path_factory.mktemp("crash-corpus")
    everything = root / "all"
    made = subprocess.run([sys.executable, "-m", "bench.corpus", "--n", str(N_OLD + CHANGED), "--out", str(everything)],
                          cwd=ROOT, capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    files = sorted(everything.glob("*.txt"))
    old, new = root / "old", root / "new"
    old.mkdir()
    new.mkdir()
    for path in files[:N_OLD]:
        shutil.copy(path, old / path.name)
    for path in files[CHANGED:]:
        shutil.copy(path, new / path.name)
    for path in files[CHANGED:2 * CHANGED]:
        with (new / path.name).open("a", encoding="utf-8") as out:
            out.write("\nBài viết đã được cập nhật thêm thông tin.\n")
    return old, new


def test_a_killed_build_leaves_the_old_docs_or_the_new_never_a_mix(tmp_path, corpora):
    old_seeds, new_seeds = corpora
    build = new_build(tmp_path / "project", seeds=old_seeds)
    options = lambda seeds: ["--seeds", str(seeds), "--docs", str(build.docs), "--quiet"]
    generate = lambda seeds: [sys.executable, str(ROOT / "build_site.py"), *options(seeds)]
    started = time.perf_counter()
    assert run_generator(*options(old_seeds)).returncode == 0
    full_build = time.perf_counter() - started
    old_hash = tree_hash(build.docs)
    old_docs = tmp_path / "old-docs"
    restore(build.docs, old_docs)
    rng = random.Random(SEED)

    # build_site.py itself, killed the moment it starts writing
    killed_while_writing = kill_when_staging_appears(generate(new_seeds), build.docs, rng.uniform(0, 0.3))
    # the next complete build repairs whatever the kill left and gives the new output
    finished = run_generator(*options(new_seeds))
    assert finished.returncode == 0, finished.stderr
    new_hash = tree_hash(build.docs)
    assert new_hash != old_hash
    assert killed_while_writing in (old_hash, new_hash)
    assert leftovers(build.docs) == []
    assert_stale_pages_gone(build, old_seeds, new_seeds)
    new_pages = tmp_path / "new-pages.pickle"
    new_pages.write_bytes(pickle.dumps(pages_of(build.docs)))

    # build_site.py killed while reading and extracting
    for share in (rng.uniform(0.05, 0.25), rng.uniform(0.25, 0.5)):
        restore(old_docs, build.docs)
        kill_at(generate(new_seeds), share * full_build)
        assert tree_hash(build.docs) in (old_hash, new_hash), "docs/ was left half old, half new"

    # the write stage, killed at random points
    writer = [sys.executable, "-c", WRITER, str(new_pages), str(build.docs)]
    restore(old_docs, build.docs)
    started = time.perf_counter()
    assert kill_at(writer, 600)
    duration = time.perf_counter() - started
    assert tree_hash(build.docs) == new_hash, "the writer must do what build_site.py does"
    outcomes = []
    # up to 3x the timed run: later runs may be slower (on ext4, files created right after a tree was
    # deleted cost more), and kill points that all fall before the swap would test only one side
    for _ in range(KILLS):
        restore(old_docs, build.docs)
        kill_at(writer, rng.uniform(0, 3 * duration))
        state = tree_hash(build.docs)
        assert state in (old_hash, new_hash), "docs/ was left half old, half new"
        outcomes.append("new" if state == new_hash else "old")
    assert {"old", "new"} <= set(outcomes), f"kill points missed the swap: {outcomes}"
    assert hand_written(build.docs) == hand_written(old_docs) == hand_written(ROOT / "docs")


def kill_when_staging_appears(command: list[str], docs: Path, delay: float) -> str:
    process = start(command)
    while process.poll() is None and not leftovers(docs):
        time.sleep(0.002)
    time.sleep(delay)
    kill_group(process)
    return tree_hash(docs)


def pages_of(docs: Path) -> list:
    from digest.render import Page

    owned = docs / "ban-tin"
    return [Page(path=f"ban-tin/{p.relative_to(owned).as_posix()}", text=p.read_bytes().decode("utf-8"))
            for p in sorted(owned.rglob("*")) if p.is_file() and p.name != ".manifest.json"]


def assert_stale_pages_gone(build: Build, old_seeds: Path, new_seeds: Path) -> None:
    sources = {line.split(":", 1)[1].strip() for page in build.pages("bao-cao")
               for line in page.read_text(encoding="utf-8").splitlines()[:3] if line.startswith("source:")}
    removed = {p.name for p in old_seeds.glob("*.txt")} - {p.name for p in new_seeds.glob("*.txt")}
    assert len(removed) == CHANGED and not removed & sources
    assert sources == {p.name for p in new_seeds.glob("*.txt")}


def hand_written(docs: Path) -> dict[str, bytes]:
    return {str(p.relative_to(docs)): p.read_bytes() for p in sorted(docs.rglob("*"))
            if p.is_file() and not p.is_symlink() and "ban-tin" not in p.relative_to(docs).parts[:1]
            and not p.relative_to(docs).parts[0].startswith(".")}


# -- site/ ----------------------------------------------------------------------------------

def test_a_killed_publish_leaves_the_old_site_or_the_new_never_a_mix(tmp_path, corpora):
    _, new_seeds = corpora
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    build = new_build(tmp_path / "project", seeds=seeds)
    publish = lambda site: [sys.executable, "-m", "digest.publish", "--config", str(build.config), "--site", str(site)]
    assert build.generate().returncode == 0
    assert kill_at(publish(build.site), 600, **FIXED_DAY)
    old_hash = tree_hash(build.site)
    old_site = tmp_path / "old-site"
    restore(build.site, old_site)

    sorted(seeds.glob("*.txt"))[0].unlink()
    for path in sorted(new_seeds.glob("*.txt"))[:3]:
        shutil.copy(path, seeds / path.name)
    assert build.generate().returncode == 0
    started = time.perf_counter()
    assert kill_at(publish(tmp_path / "new-site"), 600, **FIXED_DAY)
    duration = time.perf_counter() - started
    new_hash = tree_hash(tmp_path / "new-site")
    assert new_hash != old_hash

    rng = random.Random(SEED)
    outcomes = []
    for _ in range(SITE_KILLS):
        restore(old_site, build.site)
        kill_at(publish(build.site), rng.uniform(0, 1.3 * duration), **FIXED_DAY)
        state = tree_hash(build.site)
        assert state in (old_hash, new_hash), "site/ was left half old, half new"
        outcomes.append("new" if state == new_hash else "old")
    assert "old" in outcomes, f"no kill landed before the swap: {outcomes}"
    assert kill_at(publish(build.site), 600, **FIXED_DAY)
    assert tree_hash(build.site) == new_hash
    assert leftovers(build.site.parent) == [], "the next publish clears what killed ones left"
