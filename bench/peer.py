"""The peer: the same corpus as a Material for MkDocs blog (blog plugin), each
report a post with its date and categories (event type and the resolutions it
cites; years come from the plugin's archive). Full build time and site size."""
from __future__ import annotations

import sys
from pathlib import Path

import yaml

from .corpus import ReportSpec
from .measure import discard, measure, tree_bytes

KIND_NAMES = {"hoi-nghi": "Hội nghị", "buoi-lam-viec": "Buổi làm việc", "hoi-thao": "Hội thảo", "le": "Lễ"}


def build_peer(specs: list[ReportSpec], root: Path) -> dict:
    root = root.resolve()
    config = write_blog(specs, root)
    run = measure([sys.executable, "-m", "mkdocs", "build", "--quiet", "--config-file", str(config)], root)
    site = root / "site"
    pages = sum(1 for _ in site.rglob("*.html")) if site.exists() else 0
    return {"seconds": run.seconds, "peak_mb": run.peak_mb, "returncode": run.returncode,
            "site_bytes": tree_bytes(site), "html_pages": pages, "error": run.stderr_tail if run.returncode else ""}


def write_blog(specs: list[ReportSpec], root: Path) -> Path:
    discard(root)
    posts = root / "docs" / "blog" / "posts"
    posts.mkdir(parents=True)
    (root / "docs" / "index.md").write_text("# Bản tin\n\n[Tin bài](blog/index.md)\n", encoding="utf-8")
    (root / "docs" / "blog" / "index.md").write_text("# Tin bài\n", encoding="utf-8")
    for spec in specs:
        (posts / spec.name.replace(".txt", ".md")).write_text(post(spec), encoding="utf-8")
    config = root / "mkdocs.yml"
    config.write_text(yaml.safe_dump({
        "site_name": "Bản tin (peer: blog plugin)", "site_url": "https://example.org/peer/",
        "theme": {"name": "material", "language": "vi"},
        "plugins": ["search", {"blog": {"blog_dir": "blog", "post_excerpt": "optional"}}],
    }, allow_unicode=True), encoding="utf-8")
    return config


def post(spec: ReportSpec) -> str:
    lines = [line.strip() for line in spec.text.split("\n") if line.strip()]
    title = lines[0] if len(lines[0]) < 150 and not lines[0].endswith(".") else spec.event
    meta = {"date": spec.date, "title": title,
            "categories": [KIND_NAMES.get(spec.event_kind, "Khác"), *spec.resolutions]}
    body = "\n\n".join(_escape(line) for line in lines[1:])
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + f"---\n\n# {_escape(title)}\n\n{body}\n"


def _escape(line: str) -> str:
    """Report text is not Markdown: keep it from turning into headings, lists or HTML."""
    line = line.replace("<", "&lt;").replace("*", "\\*").replace("_", "\\_")
    return "\\" + line if line[:1] in "#-+>" or line[:1].isdigit() else line
