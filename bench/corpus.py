"""Deterministic corpus of realistic report files for the benchmark and scale tests.

    python -m bench.corpus --n 1000 --out DIR [--seed 2024]

Report i depends only on (seed, i): the corpus for N=1000 is the first 1000
files of the corpus for N=5000, and one report can be regenerated alone. The
shared pools (people, events, resolutions) are drawn once from the seed and
picked with Zipf-like weights, so index pages fan out as on a real site: a few
officials and resolutions in hundreds of reports, most in a handful.
No set iteration, no clock, no hash(): same seed, same bytes.
"""
from __future__ import annotations

import argparse
import bisect
import datetime as dt
import random
import re
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path

from . import words as w

DEFAULT_SEED = 2024
FIRST_DAY = dt.date(2014, 1, 1)
LAST_DAY = dt.date(2026, 12, 31)
NOUNS = {"hoi-nghi": "hội nghị", "buoi-lam-viec": "buổi làm việc", "hoi-thao": "hội thảo", "le": "buổi lễ"}
FILL_HERE = "<fill>"  # where _join puts the filler paragraphs
FILE_NAME = re.compile(r"^\d{5,}_[0-9a-f]{16}\.txt$")


@dataclass(frozen=True)
class Person:
    name: str
    rank: str  # "" when the text gives none
    positions: tuple[str, ...]
    title: str  # the office word of later short mentions: "Thứ trưởng", "Giám đốc" ...

    def full(self) -> str:
        head = f"{self.rank} {self.name}" if self.rank else f"đồng chí {self.name}"
        return ", ".join([head, *self.positions])

    def short(self, rng: random.Random) -> str:
        # Reports shorten to the given name ("Thứ trưởng Ngọc") or keep the full name.
        name = self.name.split()[-1] if rng.random() < 0.3 and self.title else self.name
        return f"{self.title or self.rank} {name}".strip()


@dataclass(frozen=True)
class Resolution:
    number: str
    symbol: str
    issuer: str
    issued: str  # "d/m/yyyy" or ""
    subject: str
    year: int  # first year a report can cite it

    def mention(self, rng: random.Random) -> str:
        forms = [f"Nghị quyết số {self.symbol}", f"Nghị quyết số {self.number} của {self.issuer}",
                 f"Nghị quyết {self.number} của {self.issuer}",
                 f"Nghị quyết số {self.symbol} của {self.issuer} về “{self.subject}”"]
        if self.issued:
            forms.append(f"Nghị quyết số {self.symbol} ngày {self.issued} của {self.issuer}")
        return rng.choice(forms)


@dataclass(frozen=True)
class Document:
    kind: str
    number: str
    forms: tuple[str, ...]
    year: int  # first year a report can cite it

    def mention(self, rng: random.Random) -> str:
        return rng.choice(self.forms)


@dataclass(frozen=True)
class Event:
    name: str
    kind: str  # hoi-nghi | buoi-lam-viec | hoi-thao | le
    day: dt.date
    host: str
    national: bool


@dataclass
class ReportSpec:
    """One generated report: its file name and text, and what it truly says
    (for the blog-plugin peer build and the fan-out tests)."""

    name: str
    text: str
    date: dt.date
    event: str
    event_kind: str
    province: str
    officials: list[str] = field(default_factory=list)
    resolutions: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    author: str | None = None


@dataclass
class Pool:
    """Items picked with Zipf-like weights: item k has weight 1 / (k+1)**s."""

    items: list
    cum: list[float]

    @classmethod
    def zipf(cls, items: list, s: float = 1.0) -> "Pool":
        return cls(items, list(accumulate(1.0 / (k + 1) ** s for k in range(len(items)))))

    def pick(self, rng: random.Random):
        return self.items[bisect.bisect_left(self.cum, rng.random() * self.cum[-1])]

    def pick_distinct(self, rng: random.Random, k: int, year: int = LAST_DAY.year) -> list:
        """Up to k different items; items with a .year later than `year` are
        skipped (a 2016 report does not cite a 2024 resolution)."""
        chosen: list = []
        for _ in range(k * 6):  # bounded: the head of a Zipf pool repeats often
            item = self.pick(rng)
            if item not in chosen and getattr(item, "year", 0) <= year:
                chosen.append(item)
            if len(chosen) == k:
                break
        return chosen


@dataclass
class World:
    """Everything shared between reports, drawn once from the seed."""

    staff: Pool  # ministry department officials
    provincial: dict[str, list[Person]]
    resolutions: Pool
    documents: Pool
    events: Pool
    authors: Pool


# ---------------------------------------------------------------- the world

def build_world(seed: int) -> World:
    rng = random.Random(f"world/{seed}")
    used: dict[str, bool] = {leader[0]: True for leader in w.LEADERS + w.DEPUTIES}
    provincial = {name: _provincial_people(rng, name, kind, used) for name, kind in w.PROVINCES}
    staff = [_staff_person(rng, used) for _ in range(1500)]
    return World(staff=Pool.zipf(staff, 1.05), provincial=provincial,
                 resolutions=Pool.zipf(_resolutions(rng), 1.1), documents=Pool.zipf(_documents(rng), 1.1),
                 events=Pool.zipf(_national_events(rng), 0.9), authors=Pool.zipf(_authors(rng), 0.8))


def _person_name(rng: random.Random, used: dict[str, bool], female: bool | None = None) -> str:
    surnames = [s for s, _ in w.SURNAMES]
    weights = [n for _, n in w.SURNAMES]
    if female is None:
        female = rng.random() < 0.15
    while True:
        middle = rng.choice(w.MIDDLE_FEMALE if female else w.MIDDLE_MALE)
        given = rng.choice(w.GIVEN_FEMALE if female else w.GIVEN_MALE)
        name = f"{rng.choices(surnames, weights)[0]} {middle} {given}"
        if name not in used:
            used[name] = True
            return name


def _provincial_people(rng: random.Random, province: str, kind: str, used: dict[str, bool]) -> list[Person]:
    unit = f"Công an {kind} {province}"
    director = Person(_person_name(rng, used, female=False), rng.choice(["Thiếu tướng", "Đại tá"]),
                      (f"Ủy viên Ban Thường vụ {'Thành ủy' if kind == 'thành phố' else 'Tỉnh ủy'}",
                       f"Giám đốc {unit}"), "Giám đốc")
    deputies = [Person(_person_name(rng, used), rng.choice(["Đại tá", "Đại tá", "Thượng tá"]),
                       (rng.choice(["Phó Bí thư Đảng ủy", "Ủy viên Ban Thường vụ Đảng ủy"]),
                        f"Phó Giám đốc {unit}"), "Phó Giám đốc") for _ in range(2)]
    chair = Person(_person_name(rng, used), "", (f"Phó Bí thư {'Thành ủy' if kind == 'thành phố' else 'Tỉnh ủy'}",
                                                 f"Chủ tịch UBND {kind}"), "Chủ tịch")
    return [director, *deputies, chair]


def _staff_person(rng: random.Random, used: dict[str, bool]) -> Person:
    unit = rng.choice(w.DEPARTMENTS + w.CENTRES)
    titles = {"Cục": ["Cục trưởng", "Phó Cục trưởng", "Phó Cục trưởng", "Trưởng phòng"],
              "Văn": ["Chánh Văn phòng", "Phó Chánh Văn phòng"], "Việ": ["Viện trưởng", "Phó Viện trưởng"]}
    title = rng.choice(titles.get(unit[:3], ["Giám đốc", "Phó Giám đốc"]))
    position = f"{title} Bộ Công an" if unit.startswith("Văn phòng") else f"{title} {unit}"
    general = not title.startswith(("Phó", "Trưởng phòng")) and rng.random() < 0.5
    rank = rng.choice(w.GENERAL_RANKS[1:] if general else w.OFFICER_RANKS)
    return Person(_person_name(rng, used), rank, (position,), title)


def _resolutions(rng: random.Random) -> list[Resolution]:
    real = [Resolution(*r) for r in w.RESOLUTIONS]
    made: list[Resolution] = []
    numbers: dict[str, bool] = {r.symbol: True for r in real}
    while len(made) < 120:
        issuer, suffix = rng.choice(w.ISSUERS)
        number = str(rng.randint(1, 140)).zfill(2)
        symbol = f"{number}-{suffix}" if "/" in suffix else f"{number}/{suffix}"
        if symbol in numbers:
            continue
        numbers[symbol] = True
        year = rng.randint(2012, 2026)
        issued = f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/{year}" if rng.random() < 0.5 else ""
        made.append(Resolution(number, symbol, issuer, issued, rng.choice(w.TOPICS).lower(), year))
    return real + made


def _documents(rng: random.Random) -> list[Document]:
    docs = [Document("Đề án", "06", (
        "Đề án 06", "Đề án 06 của Chính phủ", "Đề án 06/CP",
        "Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia "
        "giai đoạn 2022-2025, tầm nhìn đến năm 2030 (Đề án 06)"), 2022),
        Document("Chương trình", "", ("Chương trình chuyển đổi số trong Công an nhân dân đến năm 2025, "
                                      "định hướng đến năm 2030",), 2022)]
    for _ in range(200):
        kind, suffix = rng.choice([("Quyết định", "QĐ-BCA"), ("Kế hoạch", "KH-BCA"), ("Chỉ thị", "CT-BCA"),
                                   ("Quyết định", "QĐ-TTg")])
        number = str(rng.randint(1, 9999) if kind == "Quyết định" else rng.randint(1, 400))
        docs.append(Document(kind, number, (f"{kind} số {number}/{suffix}", f"{kind} số {number}"),
                             rng.randint(2014, 2026)))
    return docs


def _national_events(rng: random.Random) -> list[Event]:
    events = [Event(f"Hội nghị chuyển đổi số trong Công an nhân dân lần thứ {y - 2021} năm {y}", "hoi-nghi",
                    dt.date(y, 10, 10), "Bộ Công an", True) for y in range(2022, 2027)]
    events += [Event(f"Hội nghị Công an toàn quốc lần thứ {y - 1944}", "hoi-nghi", dt.date(y, 12, rng.randint(10, 20)),
                     "Bộ Công an", True) for y in range(2014, 2027)]
    while len(events) < 400:
        events.append(_random_national_event(rng))
    return events


def _random_national_event(rng: random.Random) -> Event:
    day = _random_day(rng)
    host = rng.choice(["Bộ Công an", "Đảng ủy Công an Trung ương", rng.choice(w.DEPARTMENTS)])
    kind, name = rng.choice([
        ("hoi-nghi", f"Hội nghị trực tuyến toàn quốc triển khai Đề án 06 năm {day.year}"),
        ("hoi-nghi", f"Hội nghị sơ kết 6 tháng công tác đầu năm {day.year} của {host}"),
        ("hoi-nghi", f"Hội nghị tổng kết công tác năm {day.year} của {host}"),
        ("hoi-nghi", f"Hội nghị trực tuyến toàn quốc quán triệt, triển khai các nghị quyết của Đảng năm {day.year}"),
        ("hoi-thao", f"Hội thảo khoa học cấp quốc gia “{rng.choice(w.TOPICS)}” năm {day.year}"),
        ("le", f"Lễ công bố quyết định thành lập {rng.choice(w.CENTRES)}"),
        ("buoi-lam-viec", f"buổi làm việc của lãnh đạo Bộ Công an với {rng.choice(w.DEPARTMENTS)}"),
    ])
    return Event(name, kind, day, host, True)


def _authors(rng: random.Random) -> list[str]:
    authors = list(w.AUTHORS)
    rng.shuffle(authors)
    return authors


def _random_day(rng: random.Random) -> dt.date:
    return FIRST_DAY + dt.timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))


# ---------------------------------------------------------------- one report

def file_name(index: int, rng: random.Random) -> str:
    return f"{index:05d}_{rng.getrandbits(64):016x}.txt"


def make_report(world: World, seed: int, index: int) -> ReportSpec:
    rng = random.Random(f"report/{seed}/{index}")
    name = file_name(index, rng)
    province, kind = rng.choices(w.PROVINCES, weights=[6, 5, 2, 2, 2] + [1] * 58)[0]
    event = world.events.pick(rng) if rng.random() < 0.7 else _local_event(rng, province, kind)
    spec = ReportSpec(name=name, text="", date=event.day, event=event.name, event_kind=event.kind, province=province)
    spec.text = _compose(rng, world, spec, event, kind)
    return spec


def _local_event(rng: random.Random, province: str, kind: str) -> Event:
    day = _random_day(rng)
    host = f"Công an {kind} {province}"
    event_kind, name = rng.choice([
        ("hoi-nghi", f"Hội nghị sơ kết 6 tháng đầu năm {day.year}"),
        ("hoi-nghi", f"Hội nghị tổng kết công tác năm {day.year - 1} và triển khai nhiệm vụ năm {day.year}"),
        ("buoi-lam-viec", "buổi làm việc với Đoàn công tác của Bộ Công an"),
        ("le", "Lễ ra mắt mô hình Tổ công nghệ số cộng đồng"),
        ("hoi-thao", "Hội thảo về chuyển đổi số trong công tác bảo đảm an ninh, trật tự"),
    ])
    return Event(name, event_kind, day, host, False)


def _compose(rng: random.Random, world: World, spec: ReportSpec, event: Event, kind: str) -> str:
    deputies = _deputies(rng, event.day, rng.choice([0, 0, 1, 2]))
    locals_ = rng.sample(world.provincial[spec.province], rng.choice([1, 1, 2]))
    staff = world.staff.pick_distinct(rng, rng.choice([0, 1, 1, 2, 3]))
    if event.national:
        head = _chair(rng, event.day)
    else:  # a provincial event is led by a visiting deputy minister or the province's own leader
        head = deputies.pop(0) if deputies else locals_[0]
    year = event.day.year
    resolutions = world.resolutions.pick_distinct(rng, rng.choice([0, 1, 1, 2, 3]), year)
    documents = world.documents.pick_distinct(rng, rng.choice([0, 1, 1, 2]), year)
    people = _unique([head, *deputies, *locals_, *staff])
    spec.officials = [p.name for p in people]
    spec.resolutions = [r.symbol for r in resolutions]
    spec.documents = [d.forms[0] for d in documents]
    noun = NOUNS[event.kind]
    opening, named = _opening(rng, event, head, deputies, noun)
    body = [opening, _attendance(rng, spec.province, kind, [p for p in locals_ if p != head], noun, event)]
    named += locals_
    body += _middle(rng, people, named, resolutions, documents, event)
    caption = _caption(rng, [p.short(rng) for p in people[:2]], f"Công an {kind} {spec.province}", noun)
    tail = _tail(rng, world, spec)
    return _join(rng, _top_lines(rng, spec, event) + body + tail, caption if rng.random() < 0.6 else [])


def _unique(people: list[Person]) -> list[Person]:
    return [p for i, p in enumerate(people) if p not in people[:i]]


def _chair(rng: random.Random, day: dt.date) -> Person:
    leaders = [row for row in w.LEADERS if row[3] <= day.isoformat() <= row[4]]
    if day.isoformat() >= w.PRIME_MINISTER[3] and rng.random() < 0.08:
        leaders = [w.PRIME_MINISTER + (0,)]
    name, rank, positions, *_ = leaders[0]
    title = "Thủ tướng" if name == w.PRIME_MINISTER[0] else "Bộ trưởng"
    return Person(name, rank, tuple(positions), title)


def _deputies(rng: random.Random, day: dt.date, k: int) -> list[Person]:
    serving = [row for row in w.DEPUTIES if row[3] <= day.isoformat() <= row[4]]
    chosen = rng.sample(serving, min(k, len(serving)))
    return [Person(name, rank, tuple(positions), "Thứ trưởng") for name, rank, positions, *_ in chosen]


# ---------------------------------------------------------------- text parts

def _date_phrase(rng: random.Random, day: dt.date) -> str:
    part = rng.choice(["Sáng", "Chiều", "Ngày", "Sáng ngày", "Tối"])
    forms = [f"{part} {day.day}/{day.month}/{day.year}", f"{part} {day.day}/{day.month}",
             f"Ngày {day.day}-{day.month}", f"Ngày {day.day:02d}/{day.month:02d}/{day.year}",
             f"{part} {day.day}.{day.month}"]
    return rng.choices(forms, weights=[4, 3, 1, 2, 1])[0]


def _dateline(rng: random.Random, day: dt.date) -> str:
    hour, minute = rng.randint(6, 22), rng.randint(0, 59)
    published = day + dt.timedelta(days=rng.choice([0, 0, 0, 1]))
    if rng.random() < 0.5:
        return f"{hour:02d}:{minute:02d}, {published.day}/{published.month}/{published.year}"
    return f"{hour:02d}:{minute:02d} {published.day:02d}/{published.month:02d}/{published.year}"


def _top_lines(rng: random.Random, spec: ReportSpec, event: Event) -> list[str]:
    lines: list[str] = []
    if rng.random() < 0.08:  # related-news block: headlines, each with its own time
        for headline in rng.sample(w.RELATED_HEADLINES, 2):
            lines += [headline, _dateline(rng, _random_day(rng))]
    if rng.random() < 0.55:
        title = rng.choice([event.name[0].upper() + event.name[1:], rng.choice(w.SLOGAN_TITLES)])
        lines += [title, title] if rng.random() < 0.05 else [title]
    if rng.random() < 0.04:
        lines.append(str(rng.randint(20, 999)))  # view counter
    if rng.random() < 0.35:
        lines.append(_dateline(rng, spec.date))
    return lines


def _opening(rng: random.Random, event: Event, head: Person, deputies: list[Person],
             noun: str) -> tuple[str, list[Person]]:
    """The first paragraph, and who it names."""
    when = _date_phrase(rng, event.day)
    verb = "dự và chỉ đạo" if head.title in ("Bộ trưởng", "Thứ trưởng", "Thủ tướng") else "chủ trì"
    sentence = f"{when}, {event.host} tổ chức {event.name}. {head.full()} {verb} {noun}."
    if deputies and rng.random() < 0.6:
        sentence += " Tham dự còn có các đồng chí: " + "; ".join(d.full() for d in deputies) + "."
        return sentence, [head, *deputies]
    return sentence, [head]


def _attendance(rng: random.Random, province: str, kind: str, locals_: list[Person], noun: str,
                event: Event) -> str:
    unit = f"Công an {kind} {province}"
    if not locals_:
        return f"Tham dự {noun} có đại diện lãnh đạo các phòng nghiệp vụ, Công an các huyện, thị xã, thành phố."
    lead, *others = locals_
    if not event.national:
        text = f"Đến dự {noun} có {lead.full()}."
    else:
        text = rng.choice([
            f"Tại điểm cầu {unit}, {lead.full()} chủ trì {noun}.",
            f"Tại điểm cầu {unit}, tham dự {noun} có {lead.full()} cùng đại diện lãnh đạo các phòng nghiệp vụ.",
            f"{noun.capitalize()} được tổ chức trực tuyến đến Công an 63 tỉnh, thành phố. Tại điểm cầu {unit}, "
            f"{lead.rank + ' ' if lead.rank else 'đồng chí '}{lead.name} – {lead.positions[-1]} chủ trì.",
        ])
    if others:
        text += f" Cùng dự có {others[0].full()}."
    return text


def _middle(rng: random.Random, people: list[Person], named: list[Person], resolutions: list[Resolution],
            documents: list[Document], event: Event) -> list[str]:
    """Citations and quotes in a shuffled order; everyone not named yet gets a quote."""
    paragraphs = [_cite(rng, item, event.day.year) for item in [*resolutions, *documents]]
    for person in people[1:]:
        if person not in named:
            paragraphs.append(_quote(rng, person, first=True))
        elif rng.random() < 0.4:
            paragraphs.append(_quote(rng, person, first=False))
    rng.shuffle(paragraphs)
    return paragraphs + [_direction(rng, people[0])]


def _cite(rng: random.Random, item: Resolution | Document, year: int) -> str:
    mention = item.mention(rng)
    return rng.choice([
        f"Sau {rng.randint(1, 8)} năm thực hiện {mention}, lực lượng CAND đã đạt được nhiều kết quả quan trọng.",
        f"Các đơn vị đã triển khai nghiêm túc, có hiệu quả {mention}. {rng.choice(w.FILLER)}",
        f"Năm {year}, toàn lực lượng tiếp tục quán triệt, thực hiện {mention}, coi đây là nhiệm vụ trọng tâm.",
        f"Hội nghị đã đánh giá kết quả triển khai thực hiện {mention} và đề ra nhiệm vụ thời gian tới.",
    ])


def _quote(rng: random.Random, person: Person, first: bool) -> str:
    """A first mention gives rank, name and offices; a later one is short."""
    if first:
        who = person.full() if rng.random() < 0.7 else f"{person.rank} {person.name} ({person.positions[-1]})".strip()
    else:
        who = person.short(rng)
    return rng.choice([
        f"Phát biểu tại hội nghị, {who} nhấn mạnh: {rng.choice(w.FILLER)}",
        f"Báo cáo tại hội nghị, {who} cho biết: {rng.choice(w.FILLER)} {rng.choice(w.FILLER)}",
        f"\"{rng.choice(w.FILLER)[:-1]}\", {who} nói.",
        f"Dưới sự điều hành của {who}, các đại biểu đã thảo luận, đề xuất nhiều giải pháp.",
    ])


def _direction(rng: random.Random, chair: Person) -> str:
    short = chair.short(rng)
    return (f"Phát biểu chỉ đạo, {short} ghi nhận, biểu dương những kết quả đạt được và yêu cầu thời gian tới "
            f"tiếp tục quyết liệt, đồng bộ các giải pháp. {rng.choice(w.FILLER)}")


def _caption(rng: random.Random, people: list[str], unit: str, noun: str) -> list[str]:
    lines = [".JPG)"] if rng.random() < 0.2 else []
    credit = f" Ảnh: {rng.choice(w.PHOTO_CREDITS)}" if rng.random() < 0.4 else ""
    lines.append(rng.choice([
        f"{rng.choice(people)} phát biểu chỉ đạo tại {noun}.{credit}",
        f"Toàn cảnh {noun}{'.' + credit if credit else ''}",
        f"Các đại biểu dự {noun} tại điểm cầu {unit}.{credit}",
        f"Quang cảnh {noun}.{credit}",
    ]))
    return lines


def _tail(rng: random.Random, world: World, spec: ReportSpec) -> list[str]:
    return [FILL_HERE, *_byline(rng, world, spec), *_poll(rng)]


def _byline(rng: random.Random, world: World, spec: ReportSpec) -> list[str]:
    if rng.random() < 0.25:
        return []
    first = world.authors.pick(rng)
    spec.author = first
    form = rng.random()
    if form < 0.25:
        return [f"Tác giả: {first}"]
    if form < 0.4:
        return [first.upper()]
    if form < 0.55:
        second = world.authors.pick(rng)
        return [f"{first} – {second} ({rng.choice(w.UNIT_TAGS)})"]
    return [first]


def _poll(rng: random.Random) -> list[str]:
    return ["Thăm dò ý kiến", "noData", "Không có dữ liệu"] if rng.random() < 0.1 else []


def _join(rng: random.Random, parts: list[str], caption: list[str]) -> str:
    """Fill the body with recombined sentences up to a 2-4 KB report, put the
    caption somewhere in the middle, and join with the report's line style."""
    target = rng.randint(2000, 4000)
    at = parts.index(FILL_HERE)
    head, tail = parts[:at], parts[at + 1:]
    while _size(head + tail + caption) < target:
        head.append(" ".join(rng.sample(w.FILLER, rng.randint(2, 4))))
    if rng.random() < 0.6:
        head[-1] += "/."
    if caption and len(head) > 3:
        spot = rng.randint(len(head) - 3, len(head) - 1)
        head[spot:spot] = caption
    separator = "\n\n" if rng.random() < 0.5 else "\n"
    return separator.join(head + tail) + "\n"


def _size(lines: list[str]) -> int:
    return sum(len(line.encode()) + 1 for line in lines)


# ---------------------------------------------------------------- whole corpus

def generate(n: int, seed: int = DEFAULT_SEED) -> list[ReportSpec]:
    world = build_world(seed)
    return [make_report(world, seed, i) for i in range(n)]


def write(specs: list[ReportSpec], out: Path) -> int:
    """Write the files; leave a file untouched when its bytes are already there
    (so mtimes say what changed) and remove corpus files of an earlier, larger run."""
    out.mkdir(parents=True, exist_ok=True)
    wanted = {spec.name for spec in specs}
    for old in sorted(out.glob("*.txt")):
        if FILE_NAME.match(old.name) and old.name not in wanted:
            old.unlink()
    written = 0
    for spec in specs:
        path = out / spec.name
        data = spec.text.encode("utf-8")
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
            written += 1
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    specs = generate(args.n, args.seed)
    written = write(specs, args.out)
    print(f"{len(specs)} reports in {args.out} ({written} written)")


if __name__ == "__main__":
    main()
