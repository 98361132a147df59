"""The real site: `mkdocs build --strict` on the generated pages, checked in its HTML."""
import re


def html(build, path):
    return (build.site / path).read_text(encoding="utf-8")


def test_the_site_builds_strict_in_vietnamese(seed_site):
    home = html(seed_site, "index.html")
    assert '<html lang="vi"' in home
    assert "Bản tin Công an nhân dân" in home


def test_navigation_lists_index_pages_not_reports(seed_site):
    home = html(seed_site, "index.html")
    nav = home[home.index("md-sidebar--primary"): home.index("md-sidebar--secondary")]
    assert "ban-tin/bao-cao/" not in nav
    for label in ("Theo năm", "Nghị quyết", "Cán bộ", "Sự kiện", "Cần rà soát"):
        assert label in nav


def test_every_report_has_its_html_page_linked_from_its_year_or_the_undated_list(seed_site):
    reports = sorted((seed_site.site / "ban-tin" / "bao-cao").glob("*/index.html"))
    assert len(reports) == len(list(seed_site.seeds.glob("*.txt")))
    listed = "".join(p.read_text(encoding="utf-8") for p in (seed_site.site / "ban-tin" / "nam").rglob("index.html"))
    for page in reports:
        assert f"bao-cao/{page.parent.name}/" in listed, page.parent.name


def test_report_pages_show_dates_as_day_month_year(seed_site):
    pages = [p.read_text(encoding="utf-8") for p in (seed_site.site / "ban-tin" / "bao-cao").glob("*/index.html")]
    shown = [m for text in pages for m in re.findall(r"Ngày:</strong> ([^<]+)", text)]
    assert shown and all(re.match(r"(Thứ \w+|Chủ Nhật), \d{2}/\d{2}/\d{4}|Chưa rõ ngày|\d{2}/\d{4}|\d{4}", s) for s in shown)


def test_page_furniture_is_not_in_the_report_pages(seed_site):
    text = "".join(p.read_text(encoding="utf-8") for p in (seed_site.site / "ban-tin" / "bao-cao").glob("*/index.html"))
    for furniture in ("noData", "Thăm dò ý kiến", "Không có dữ liệu", ".JPG)"):
        assert furniture not in text


def test_the_footer_speaks_vietnamese(seed_site):
    home = html(seed_site, "index.html")
    footer = home[home.index("md-footer-meta"):]
    assert "Made with" not in footer
    assert "Bản tin tổng hợp từ báo chí" in footer
