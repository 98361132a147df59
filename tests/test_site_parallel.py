"""The site build in several processes (digest/mkdocs_parallel.py) gives the
serial build's site, byte for byte, and fails as the serial build would."""
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest
import yaml
from mkdocs.exceptions import PluginError

from digest import mkdocs_parallel
from digest.mkdocs_parallel import shares

from conftest import ROOT


def page(tmp_path: Path, name: str, size: int):
    path = tmp_path / name
    path.write_text("x" * size, encoding="utf-8")
    return SimpleNamespace(src_uri=name, abs_src_path=str(path))


def test_every_page_goes_to_exactly_one_share_and_the_shares_are_balanced(tmp_path):
    pages = [page(tmp_path, f"p{i}.md", size) for i, size in enumerate([900, 500, 400, 300, 300, 200, 100, 100])]
    split = shares(pages, [], 2)
    assert sorted(f.src_uri for share in split for f in share) == sorted(f.src_uri for f in pages)
    loads = [sum(Path(f.abs_src_path).stat().st_size for f in share) for share in split]
    assert abs(loads[0] - loads[1]) <= 100


def test_navigation_pages_stay_with_the_first_process(tmp_path):
    nav_page = page(tmp_path, "index.md", 10)
    split = shares([page(tmp_path, "a.md", 50), page(tmp_path, "b.md", 40)], [nav_page], 3)
    assert nav_page in split[0]
    assert [len(share) for share in split] == [1, 1, 1]


def test_shares_do_not_depend_on_the_order_pages_come_in(tmp_path):
    pages = [page(tmp_path, f"p{i}.md", 100) for i in range(7)]
    first = [[f.src_uri for f in share] for share in shares(pages, [], 3)]
    again = [[f.src_uri for f in share] for share in shares(list(reversed(pages)), [], 3)]
    assert first == again


def test_the_number_of_processes_comes_from_digest_site_jobs(monkeypatch):
    monkeypatch.setenv("DIGEST_SITE_JOBS", "3")
    assert mkdocs_parallel.jobs() == 3
    monkeypatch.setenv("DIGEST_SITE_JOBS", "many")
    with pytest.raises(PluginError, match="DIGEST_SITE_JOBS must be a whole number"):
        mkdocs_parallel.jobs()


def mkdocs_build(build, site: Path, jobs: int) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(build.config),
                           "--site-dir", str(site)], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "DIGEST_SITE_JOBS": str(jobs)})


def tree(folder: Path) -> dict:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_three_processes_build_the_same_site_as_one(scratch):
    assert scratch.generate().returncode == 0
    serial, parallel = scratch.root / "serial", scratch.root / "parallel"
    assert mkdocs_build(scratch, serial, 1).returncode == 0
    built = mkdocs_build(scratch, parallel, 3)
    assert built.returncode == 0, built.stderr
    assert tree(parallel) == tree(serial)
    assert "excluded from the built site" not in built.stderr


def test_a_warning_in_a_workers_page_fails_the_whole_build(scratch):
    assert scratch.generate().returncode == 0
    # the largest page goes to a worker, not to the first process
    (scratch.docs / "lon.md").write_text("# Lớn\n\n" + "Chữ. " * 50_000 + "\n\n[hỏng](khong-co.md)\n",
                                         encoding="utf-8")
    built = mkdocs_build(scratch, scratch.root / "site", 2)
    assert built.returncode != 0
    assert "lon.md" in built.stderr and "khong-co.md" in built.stderr


def site_url() -> str:
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)["site_url"]


def test_mkdocs_serve_started_from_another_folder_regenerates_and_serves_the_pages(scratch):
    # serve builds in one process (the parallel hook steps aside); its pre-build hook
    # runs the generator, which must import from the project wherever serve runs
    import socket
    import time
    import urllib.request

    assert scratch.generate().returncode == 0
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--config-file", str(scratch.config),
                               "--dev-addr", f"127.0.0.1:{port}"], cwd=scratch.root.parent,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                              env={**os.environ, "DIGEST_SITE_JOBS": "3"})
    try:
        report = scratch.pages("bao-cao")[0].relative_to(scratch.docs).with_suffix("").as_posix()
        base = f"http://127.0.0.1:{port}{urlsplit(site_url()).path}"  # serve mounts the site at site_url's path
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"{base}{report}/", timeout=5) as response:
                    page = response.read().decode("utf-8")
                break
            except OSError:
                assert time.monotonic() < deadline and server.poll() is None, "mkdocs serve did not come up"
                time.sleep(0.5)
        assert "md-content__inner" in page
        with urllib.request.urlopen(f"{base}ban-tin/can-bo/", timeout=5) as response:
            assert response.status == 200
    finally:
        server.terminate()
        _, errors = server.communicate(timeout=30)
    assert "worker" not in errors and "Traceback" not in errors
