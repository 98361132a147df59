"""No broken link anywhere: crawl the HTML that `mkdocs build --strict` made and
follow every internal href and src (with its #anchor), for the seeds alone and
for the seeds together with the dev reports."""
from __future__ import annotations

import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import yaml

from conftest import ROOT, SEEDS, new_build

DEV_REPORTS = Path("/work/shared/eval/dev/reports")


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src") and value is not None and tag != "use":
                self.links.append(value)
            if name in ("id", "name") and value:
                self.ids.add(value)


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def _site_prefix() -> str:
    """The path part of site_url: root-relative links (404.html) start with it."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    return urlsplit(config.get("site_url") or "/").path or "/"


def _target(site: Path, page: Path, link: str, prefix: str) -> tuple[Path, str] | None:
    """The file a link points to and its anchor; None for links that leave the site."""
    parts = urlsplit(link)
    if parts.scheme or parts.netloc:
        return None
    path = unquote(parts.path)
    if path.startswith("/"):
        if not path.startswith(prefix):
            return (site / "__outside_the_site__", "")
        base, path = site, path[len(prefix):]
    else:
        base = page.parent
    target = (base / path).resolve() if path else page
    if target.is_dir() or path.endswith("/"):
        target = target / "index.html"
    return target, unquote(parts.fragment)


def broken_links(site: Path) -> list[str]:
    site = site.resolve()
    prefix = _site_prefix()
    parsed: dict[Path, _Page] = {}
    problems = []
    pages = sorted(site.rglob("*.html"))
    assert pages, f"no HTML in {site}"
    for page in pages:
        for link in parsed.setdefault(page, _parse(page)).links:
            found = _target(site, page, link, prefix)
            if found is None:
                continue
            target, anchor = found
            where = f"{page.relative_to(site)}: {link}"
            if site not in target.parents:
                problems.append(f"{where} leaves the site folder")
            elif not target.is_file():
                problems.append(f"{where} -> missing {target.relative_to(site)}")
            elif anchor and target.suffix == ".html":
                if anchor not in parsed.setdefault(target, _parse(target)).ids:
                    problems.append(f"{where} -> no #{anchor} in {target.relative_to(site)}")
    return problems


def test_every_internal_link_of_the_seed_site_resolves(seed_site):
    assert broken_links(seed_site.site) == []


def test_the_crawler_notices_a_missing_page_and_a_missing_anchor(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_text('<a href="a/">a</a> <a href="b/">b</a> <a href="a/#x">x</a>'
                                         '<a href="a/#y">y</a> <a href="https://example.org/">out</a>')
    (tmp_path / "a" / "index.html").write_text('<h1 id="x">x</h1>')
    assert broken_links(tmp_path) == ["index.html: b/ -> missing b/index.html",
                                      "index.html: a/#y -> no #y in a/index.html"]


@pytest.fixture(scope="module")
def seeds_and_dev_site(tmp_path_factory):
    if not DEV_REPORTS.is_dir():
        pytest.skip(f"{DEV_REPORTS} is not on this machine")
    root = tmp_path_factory.mktemp("seeds-and-dev")
    seeds = root / "reports"
    seeds.mkdir()
    for source in [*SEEDS.glob("*.txt"), *DEV_REPORTS.glob("*.txt")]:
        shutil.copy(source, seeds / source.name)
    build = new_build(root / "project", seeds)
    generated = build.generate()
    assert generated.returncode == 0, generated.stderr
    built = build.mkdocs()
    assert built.returncode == 0, built.stderr
    return build


def test_every_internal_link_of_the_seeds_and_dev_site_resolves(seeds_and_dev_site):
    assert broken_links(seeds_and_dev_site.site) == []


def test_every_report_page_links_to_its_year_event_officials_and_resolutions(seeds_and_dev_site):
    site = seeds_and_dev_site.site
    for page in seeds_and_dev_site.pages("bao-cao"):
        meta = yaml.safe_load(page.read_text(encoding="utf-8").split("---\n")[1])
        html = site / "ban-tin" / "bao-cao" / page.stem / "index.html"
        links = {urlsplit(link).path for link in _parse(html).links}
        expected = [f"../../su-kien/{meta['event']['slug']}/",
                    f"../../nam/{meta['date'][:4]}/" if meta["date"] else "../../nam/chua-ro-ngay/"]
        expected += [f"../../can-bo/{o['slug']}/" for o in meta["officials"]]
        expected += [f"../../nghi-quyet/{r['slug']}/" for r in meta["resolutions"]]
        assert [x for x in expected if x not in links] == [], page.name


def test_every_link_of_a_site_with_split_lists_resolves(tmp_path):
    """Pagers and links into second pages, in a real MkDocs build: 420 reports
    citing one official and one resolution, so their lists take three pages."""
    from digest.link import link
    from digest.render import render_site
    from digest.taxonomy import PAGE_SIZE
    from digest.write import write_pages
    from test_indexes import fanned_out

    n = 2 * PAGE_SIZE + 20
    build = new_build(tmp_path / "project")
    write_pages(render_site(link(fanned_out(n)), ROOT / "templates"), build.docs)
    assert (build.docs / "ban-tin" / "can-bo" / "to-lam" / "trang-3.md").is_file()
    built = build.mkdocs()
    assert built.returncode == 0, built.stderr
    assert broken_links(build.site) == []
