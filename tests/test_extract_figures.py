"""Figures: the counted things two outlets copy from one press release."""
from digest.cli import extract_text
from digest.extract.figures import counted_figures
from digest.knowledge import load_knowledge
from digest.model import SourceText

from conftest import ROOT, SEEDS


def test_figures_leave_out_dates_years_document_numbers_and_time_spans():
    text = ("Ngày 13/4/2015, theo Nghị quyết số 26 của Đảng ủy, sau 7 năm thực hiện, Công an 63 tỉnh "
            "đã khen thưởng 20 tập thể và 1.250 cán bộ.")
    assert counted_figures([text]) == {"20 tap the", "1250 can bo"}


def test_extraction_counts_the_figures_of_the_report_body():
    kb = load_knowledge(ROOT / "data")
    for path in sorted(SEEDS.glob("*.txt")):
        report = extract_text(SourceText(path.name, path.read_text(encoding="utf-8")), kb)
        assert report.figures == counted_figures(report.paragraphs)
    awards = extract_text(SourceText("a.txt", "Ngày 19/7/2022, Bộ Công an tổ chức hội nghị.\n\n"
                                              "Bộ trưởng tặng Bằng khen cho 20 tập thể, 25 cá nhân."), kb)
    assert awards.figures == {"20 tap the", "25 ca nhan"}
