"""Link stage: reports of one event share one event page and its date; different
events (other years, other meetings on the same day) stay apart; linking
compares only blocked candidate pairs; the output does not depend on input order."""
from __future__ import annotations

import copy
import random
from itertools import combinations
from pathlib import Path

import pytest
import yaml

from conftest import SEEDS
from digest.clean import clean
from digest.extract import extract_report
from digest.knowledge import load_knowledge
from digest.link import candidate_pairs, facts_of, link
from digest.model import DateInfo, Event, Official, Report, Resolution
from digest.read import read_all
from digest.taxonomy import ReviewItem
from digest.vietnamese import slug

ROOT = Path(__file__).resolve().parent.parent
GOLD = Path("/work/shared/eval/seeds/gold")


def report(source: str, date: str | None = None, *, name: str = "Hội nghị tổng kết công tác năm",
           type_: str = "hoi-nghi", people: tuple[str, ...] = (), text: str = "", resolutions: tuple[str, ...] = (),
           basis: str | None = None) -> Report:
    """A hand-made report: only what linking reads."""
    precision = {10: "day", 7: "month", 4: "year"}.get(len(date or ""), "unknown")
    return Report(
        source=source, slug="", title=f"Bài {source}",
        date=DateInfo(date, precision, basis or ("explicit" if date else "unknown"), date),
        event=Event(name=name, type=type_, slug="tu-trich-xuat"),
        officials=[Official(name=p, slug=slug(p), known=True) for p in people],
        resolutions=[Resolution(number=r, issuer=None, id=r, slug=r.lower(), known=True) for r in resolutions],
        documents=[], author=None, paragraphs=[text or f"Nội dung riêng của bài {source}."])


def events_of(site) -> dict[str, str]:
    return {r.source: r.event.slug for r in site.reports}


@pytest.fixture(scope="module")
def extracted_seeds() -> list[Report]:
    kb = load_knowledge(ROOT / "data")
    texts, _ = read_all(SEEDS)
    return [extract_report(clean(t), kb) for t in texts]


@pytest.fixture
def seed_reports(extracted_seeds) -> list[Report]:
    """A fresh copy for each test: linking fills in slugs and dates."""
    return copy.deepcopy(extracted_seeds)


def test_the_gold_same_event_pairs_of_the_seeds_share_one_event(seed_reports):
    site = link(seed_reports)
    slugs = events_of(site)
    pairs = [(g["source"], other) for g in map(yaml.safe_load, map(Path.read_text, sorted(GOLD.glob("*.yaml"))))
             for other in g.get("same_event_as") or []] if GOLD.is_dir() else []
    pairs = pairs or [("000_4a2885d85c68bb12.txt", "001_da5773750b17e206.txt")]
    for a, b in pairs:
        assert slugs[a] == slugs[b]
    linked = {s for a, b in pairs for s in (a, b)}
    others = [slugs[s] for s in slugs if s not in linked]
    assert len(set(others)) == len(others), "reports of different events must keep their own event"


def test_an_undated_report_takes_the_date_of_its_event_with_the_evidence(seed_reports):
    site = link(seed_reports)
    by_source = {r.source: r for r in site.reports}
    undated, dated = by_source["000_4a2885d85c68bb12.txt"], by_source["001_da5773750b17e206.txt"]
    assert undated.date.value == dated.date.value == "2022-07-19"
    assert undated.date.basis == "event"
    assert "001_da5773750b17e206.txt" in undated.date.evidence
    event = next(e for e in site.events if e.slug == dated.event.slug)
    assert sorted(r.source for r in event.reports) == sorted([dated.source, undated.source])


def test_same_name_same_day_and_same_people_is_one_event():
    a = report("a.txt", "2023-10-10", name="Hội nghị chuyển đổi số lần thứ 2 năm 2023", people=("Tô Lâm",))
    b = report("b.txt", "2023-10-10", name="Hội nghị chuyển đổi số trong CAND lần thứ 2 năm 2023",
               people=("Tô Lâm", "Nguyễn Duy Ngọc"))
    assert len(set(events_of(link([a, b])).values())) == 1


def test_yearly_conferences_of_different_years_stay_apart():
    reports = [report(f"{y}.txt", f"{y}-10-10", name="Hội nghị chuyển đổi số trong Công an nhân dân",
                      people=("Tô Lâm",), text="Khen thưởng 20 tập thể, 25 cá nhân.") for y in (2022, 2023, 2024)]
    assert len(set(events_of(link(reports)).values())) == 3


def test_two_different_meetings_on_the_same_day_stay_apart():
    morning = report("sang.txt", "2024-03-13", name="Hội nghị triển khai Đề án 06 của Chính phủ", people=("Tô Lâm",))
    afternoon = report("chieu.txt", "2024-03-13", name="Hội nghị tổng kết công tác xây dựng Đảng", people=("Tô Lâm",))
    visit = report("tham.txt", "2024-03-13", name="Buổi làm việc triển khai Đề án 06", type_="buoi-lam-viec",
                   people=("Tô Lâm",))
    assert len(set(events_of(link([morning, afternoon, visit])).values())) == 3


def test_same_kind_of_meeting_in_two_provinces_on_one_day_stays_apart():
    one = report("mot.txt", "2021-07-01", name="Hội nghị sơ kết 6 tháng đầu năm 2021", people=("Nguyễn Văn A",))
    two = report("hai.txt", "2021-07-01", name="Hội nghị sơ kết 6 tháng đầu năm 2021", people=("Trần Văn B",))
    slugs = events_of(link([one, two]))
    assert slugs["mot.txt"] != slugs["hai.txt"]


def test_an_undated_report_with_the_same_figures_joins_and_takes_the_date():
    awards = "Bộ trưởng tặng Bằng khen cho 20 tập thể, 25 cá nhân; Cục trưởng tặng Giấy khen cho 23 tập thể."
    dated = report("dated.txt", "2022-07-19", text=awards, resolutions=("26-NQ/ĐUCA",))
    undated = report("undated.txt", None, text="Tại hội nghị, " + awards, resolutions=("26-NQ/ĐUCA",))
    site = link([undated, dated])
    by_source = {r.source: r for r in site.reports}
    assert by_source["undated.txt"].event.slug == by_source["dated.txt"].event.slug
    assert (by_source["undated.txt"].date.value, by_source["undated.txt"].date.basis) == ("2022-07-19", "event")


def test_figures_alone_without_a_shared_document_or_name_do_not_link_an_undated_report():
    dated = report("dated.txt", "2022-07-19", name="Hội nghị về an ninh mạng", text="Có 20 tập thể, 25 cá nhân.")
    undated = report("undated.txt", None, name="Lễ ra mắt tổ công nghệ số", text="Có 20 tập thể, 25 cá nhân.")
    slugs = events_of(link([dated, undated]))
    assert slugs["dated.txt"] != slugs["undated.txt"]


def test_one_undated_report_cannot_chain_two_days_into_one_event():
    awards = "Tặng Bằng khen cho 20 tập thể, 25 cá nhân."
    first = report("a.txt", "2022-07-19", text=awards, resolutions=("26-NQ/ĐUCA",))
    second = report("b.txt", "2023-07-19", text=awards, resolutions=("26-NQ/ĐUCA",))
    bridge = report("c.txt", None, text=awards, resolutions=("26-NQ/ĐUCA",))
    slugs = events_of(link([first, second, bridge]))
    assert slugs["a.txt"] != slugs["b.txt"]


def test_an_event_slug_set_by_an_editor_is_kept_and_not_merged():
    a = report("a.txt", "2023-10-10", name="Hội nghị chuyển đổi số lần thứ 2", people=("Tô Lâm",))
    b = report("b.txt", "2023-10-10", name="Hội nghị chuyển đổi số lần thứ 2", people=("Tô Lâm",))
    b.event.slug = "hoi-nghi-rieng"
    site = link([a, b], applied=[ReviewItem("override", "b.txt", "đã sửa: event", fields=("event",))])
    assert events_of(site) == {"a.txt": "hoi-nghi-2023-10-10", "b.txt": "hoi-nghi-rieng"}


def test_event_slugs_are_distinct_for_distinct_events_on_one_day():
    reports = [report(f"{i}.txt", "2024-01-05", name=name, people=(f"Người {i}",))
               for i, name in enumerate(["Hội nghị A về an ninh", "Hội nghị B về kinh tế", "Hội nghị A về an ninh"])]
    slugs = events_of(link(reports))
    assert len(set(slugs.values())) == 3


def test_candidate_pairs_grow_linearly_not_with_all_pairs():
    rng = random.Random(7)
    words = ["an ninh", "chuyển đổi số", "dân cư", "căn cước", "tổng kết", "sơ kết", "đề án", "kế hoạch"]
    reports = [report(f"{i:05d}.txt", f"20{rng.randint(14, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                      name=f"Hội nghị {rng.choice(words)} {rng.choice(words)} tỉnh {i % 63}",
                      text=f"Khen thưởng {rng.randint(4, 60)} tập thể, {rng.randint(4, 60)} cá nhân.")
               for i in range(3000)]
    pairs = candidate_pairs([facts_of(r) for r in reports])
    assert len(pairs) < 20 * len(reports) < len(list(combinations(range(len(reports)), 2)))


def test_hundreds_of_reports_of_one_event_become_one_event_page():
    reports = [report(f"{i:04d}.txt", "2022-10-10", name="Hội nghị chuyển đổi số trong Công an nhân dân lần thứ 1",
                      people=("Tô Lâm", f"Giám đốc {i}")) for i in range(500)]
    site = link(reports)
    assert len(site.events) == 1 and len(site.events[0].citations) == 500


def test_the_result_does_not_depend_on_the_order_of_the_input(seed_reports):
    extra = [report(f"x{i}.txt", "2022-07-19" if i % 2 else None, text="Có 20 tập thể, 25 cá nhân.",
                    resolutions=("26-NQ/ĐUCA",)) for i in range(6)]

    def summary(reports):
        site = link(reports)
        return [(r.source, r.slug, r.event.slug, r.date) for r in site.reports], [e.slug for e in site.events]

    first = summary(copy.deepcopy(seed_reports + extra))
    shuffled = copy.deepcopy(seed_reports + extra)
    random.Random(3).shuffle(shuffled)
    assert summary(shuffled) == first


def test_reports_are_in_time_order_with_previous_and_next(seed_reports):
    site = link(seed_reports)
    dated = [r for r in site.reports if r.date.value]
    assert [r.date.value for r in dated] == sorted(r.date.value for r in dated)
    assert site.reports[-1].date.value is None  # undated ones come last, never dropped
    for before, after in zip(site.reports, site.reports[1:]):
        assert site.neighbours[before.source][1] is after
        assert site.neighbours[after.source][0] is before


def test_review_lists_unknown_dates_unknown_officials_duplicates_and_skips(seed_reports):
    twin = copy.deepcopy(seed_reports[2])
    twin.source = "zz_copy.txt"
    site = link(seed_reports + [twin], skips=[type("Skip", (), {"name": "hong.txt", "problem": "tệp nhị phân"})()])
    kinds = {(i.kind, i.subject) for i in site.review}
    assert ("skipped", "hong.txt") in kinds
    assert ("date", "004_5f1b8cd1af97ee54.txt") in kinds
    assert any(k == "duplicate" and "zz_copy.txt" in s for k, s in kinds)
    unknown = {t.name for t in site.officials if not t.known}
    assert unknown and unknown == {s for k, s in kinds if k == "official"}
    assert not any(k == "duplicate" and "000_4a2885d85c68bb12.txt" in s for k, s in kinds), \
        "two outlets covering one event are not duplicates"


def test_reports_whose_title_and_six_hex_digits_agree_still_get_pages_of_their_own():
    import hashlib
    # two file names whose sha1 starts with the same six hex digits (found by search)
    names = {}
    i = 0
    while True:
        name = f"bao-cao-{i}.txt"
        prefix = hashlib.sha1(name.encode()).hexdigest()[:6]
        if prefix in names:
            break
        names[prefix] = name
        i += 1
    first, second = names[prefix], name
    a, b, c = report(first, "2023-05-12"), report(second, "2023-05-13"), report("khac.txt", "2023-05-14")
    for r in (a, b, c):
        r.title = "Hội nghị"
    site = link([a, b, c])
    slugs = [r.slug for r in site.reports]
    assert len(set(slugs)) == 3
    assert c.slug == "hoi-nghi-" + hashlib.sha1(b"khac.txt").hexdigest()[:6]  # the others keep their short slugs
    assert a.slug.startswith("hoi-nghi-" + prefix) and len(a.slug) == len("hoi-nghi-") + 10


def test_officials_whose_names_differ_in_more_than_tone_placement_are_two_people():
    a = report("a.txt", "2023-03-03", people=("Lê Văn Tuyến",))  # known: the deputy minister
    b = report("b.txt", "2023-04-04", people=())
    b.officials = [Official(name="Lê Văn Tuyền", slug=slug("Lê Văn Tuyền"), rank="Đại tá")]
    c = report("c.txt", "2023-05-05", people=())
    c.officials = [Official(name="Lê Văn Tuyền", slug=slug("Lê Văn Tuyền")),  # the same colonel again,
                   Official(name="LÊ VĂN TUYỀN", slug=slug("Lê Văn Tuyền"))]  # also in capitals
    site = link([a, b, c])
    terms = {t.name: t for t in site.officials}
    assert set(terms) == {"Lê Văn Tuyến", "Lê Văn Tuyền"}
    assert terms["Lê Văn Tuyến"].slug == "le-van-tuyen"  # the known one keeps the plain slug
    colonel = terms["Lê Văn Tuyền"]
    assert colonel.slug.startswith("le-van-tuyen-") and len(colonel.citations) == 3
    assert b.officials[0].slug == c.officials[0].slug == c.officials[1].slug == colonel.slug
    assert a.officials[0].slug == "le-van-tuyen"


def test_an_undated_report_is_listed_for_review_with_what_it_wrote():
    site = link([report("a.txt", None), report("b.txt", "2023-05-05")])
    items = [i for i in site.review if i.kind == "date"]
    assert [(i.subject, i.note) for i in items] == [("a.txt", "Không xác định được ngày")]
    undated = report("c.txt", None)
    undated.date = DateInfo(None, "unknown", "unknown", "Chiều 10/10")
    items = [i for i in link([undated]).review if i.kind == "date"]
    assert items[0].note == "Không xác định được ngày (bài ghi: Chiều 10/10)"


def test_an_event_named_only_by_its_kind_does_not_repeat_the_kind_in_its_slug():
    reports = [report(f"{i}.txt", None, name="Buổi làm việc", type_="buoi-lam-viec", text=f"Bài {i} riêng.")
               for i in range(3)]
    slugs = sorted({r.event.slug for r in link(reports).reports})
    assert len(slugs) == 3 and not any("buoi-lam-viec-buoi-lam-viec" in s for s in slugs)
