"""Other documents: Đề án, Quyết định, Chỉ thị, Chương trình, Kế hoạch ..."""
from pathlib import Path

from digest.extract.documents import documents_issued, extract_documents
from digest.knowledge import load_knowledge

KB = load_knowledge(Path(__file__).resolve().parent.parent / "data")


def docs(text):
    return [(d.kind, d.number, d.title) for d in extract_documents(text, KB)]


def test_numbered_project():
    assert docs("triển khai Đề án 06 của Chính phủ") == [("Đề án", "06", None)]


def test_project_with_issuer_suffix_is_the_same_number():
    assert docs("Đề án 06/CP về dữ liệu dân cư. Đề án 06 đạt kết quả.")[0][:2] == ("Đề án", "06/CP")
    assert len(docs("Đề án 06/CP về dữ liệu dân cư. Đề án 06 đạt kết quả.")) == 1


def test_long_title_followed_by_its_number_in_brackets_is_one_document():
    found = docs("thúc đẩy Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử (Đề án 06) và "
                 "chuyển đổi số")
    assert found == [("Đề án", "06", "phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử")]


def test_decision_with_full_symbol():
    assert docs("ký Quyết định số 3750/QĐ-BCA ban hành Kế hoạch")[0] == ("Quyết định", "3750/QĐ-BCA", None)


def test_party_decision_with_dash_symbol():
    assert docs("quán triệt Quyết định số 90-QĐ/TW ngày 06/12/2022 của Ban Bí thư")[0][1] == "90-QĐ/TW"


def test_symbol_with_the_drafting_unit_after_the_issuer():
    assert docs("tổng kết 10 năm thực hiện Chỉ thị số 03/CT-BCA-X11, ngày 10-4-2009")[0][:2] == \
        ("Chỉ thị", "03/CT-BCA-X11")


def test_plan_with_number():
    assert docs("Kế hoạch số 118 của Đảng ủy Công an Trung ương") == [("Kế hoạch", "118", None)]


def test_quoted_title():
    assert docs('hoàn thiện Đề án “Quy hoạch phát triển công nghệ thông tin”, hạ tầng')[0][2] == \
        "Quy hoạch phát triển công nghệ thông tin"


def test_title_after_về():
    assert docs("hoàn thiện Chỉ thị về tiếp tục thực hiện Nghị quyết số 26, trong đó")[0] == \
        ("Chỉ thị", None, "về tiếp tục thực hiện Nghị quyết số 26")


def test_well_known_project_named_by_its_title_words():
    found = docs("hội nghị triển khai đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử")
    assert found and found[0][0] == "Đề án"


def test_issue_date_written_after_the_number_is_a_bound():
    found = extract_documents("quán triệt Quyết định số 90-QĐ/TW ngày 06/12/2022 của Ban Bí thư", KB)
    assert documents_issued(found, KB)[0][0].isoformat() == "2022-12-06"
