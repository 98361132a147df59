"""Vietnamese text: one identity per name, alphabetical order, slugs."""
import unicodedata

from digest.vietnamese import canonical_tones, fold, identity, nfc, slug, sort_key, strip_invisible


def test_old_and_new_tone_placement_are_one_identity():
    assert identity("Uỷ viên") == identity("Ủy viên")
    assert identity("Hoà Bình") == identity("Hòa Bình")
    assert identity("Thuý") == identity("Thúy")


def test_identity_ignores_case_spacing_and_normal_form():
    nfd = unicodedata.normalize("NFD", "Lương Tam Quang")
    assert identity(nfd) == identity("LƯƠNG  TAM QUANG")


def test_identity_keeps_other_diacritics_apart():
    assert identity("Lâm") != identity("Lam")
    assert identity("Đức") != identity("Dức")


def test_canonical_tones_moves_only_open_oa_oe_uy():
    assert canonical_tones("Uỷ ban, hoà, khoẻ, thuỷ") == "Ủy ban, hòa, khỏe, thủy"
    assert canonical_tones("Hoàng, thuyết, quý, quỷ") == "Hoàng, thuyết, quý, quỷ"


def test_canonical_tones_leaves_vowels_with_a_shape_mark_alone():
    # ệ in Huệ carries a circumflex and a dot: it is not an old-style oa/oe/uy
    assert canonical_tones("Nguyễn Thị Huệ, thuế, khuếch, tinh nhuệ") == "Nguyễn Thị Huệ, thuế, khuếch, tinh nhuệ"


def test_canonical_tones_reads_decomposed_text_and_returns_nfc():
    assert canonical_tones("Thuy\u0309 ba\u0300") == "Thủy bà"


def test_fold_removes_every_diacritic_and_d_stroke():
    assert fold("Ủy viên Đảng ủy") == "uy vien dang uy"


def test_alphabet_order_puts_breve_circumflex_and_d_stroke_after_their_base():
    names = ["Đỗ", "Dương", "Âu", "Ân", "Ăn", "An", "Ơn", "Ôn", "On", "Bùi"]
    assert sorted(names, key=sort_key) == ["An", "Ăn", "Ân", "Âu", "Bùi", "Dương", "Đỗ", "On", "Ôn", "Ơn"]


def test_tones_order_after_letters():
    assert sorted(["má", "mà", "ma", "mạ", "mã", "mả"], key=sort_key) == ["ma", "mà", "mả", "mã", "má", "mạ"]
    assert sorted(["Lê Văn B", "Lê Văn A"], key=sort_key) == ["Lê Văn A", "Lê Văn B"]


def test_slug_is_ascii_and_the_same_for_every_spelling():
    assert slug("Uỷ viên Bộ Chính trị") == slug("Ủy viên Bộ Chính trị") == "uy-vien-bo-chinh-tri"
    assert slug("Đặng Thị Hường") == "dang-thi-huong"
    assert slug("<script>") == "script"
    assert slug("!!!") == "khong-ten"


def test_invisible_characters_are_removed_and_text_is_nfc():
    assert strip_invisible("Tô\u200b Lâm\u202e") == "Tô Lâm"
    # C1 controls and the noncharacters XML forbids (an Atom feed holding one is rejected whole)
    assert strip_invisible("Hội\x85 nghị\ufffe tổng\uffff kết\ufdd0") == "Hội nghị tổng kết"
    assert nfc(unicodedata.normalize("NFD", "Lâm")) == "Lâm"


def test_tone_spellings_gives_both_placements_of_a_phrase_once_each():
    from digest.vietnamese import tone_spellings
    assert tone_spellings("Ủy ban Văn hoá, Giáo dục") == ["Ủy ban Văn hóa, Giáo dục", "Uỷ ban Văn hoá, Giáo dục"]
    assert tone_spellings("phòng, chống") == ["phòng, chống"]
    assert tone_spellings("Quý, quá, Huệ") == ["Quý, quá, Huệ"]  # qu- and ê keep their marks
