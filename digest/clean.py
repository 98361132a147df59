"""Clean stage: drop page furniture and recognise headline, dateline and byline.

The rules look at the shape of a line (does it end a sentence, how long is it,
is it a timestamp, a poll widget, image residue), never at one outlet's words,
so they hold for reports from sites not seen here.
"""
from __future__ import annotations

import re

from .model import CleanText, SourceText

_OTHER_SPACES = r"\t\u00a0\u2000-\u200a\u202f\u205f\u3000"
# A run of spaces to collapse into one " ": any run but a lone " ", which is left alone since
# replacing it by itself costs a copy each time, and a page holds hundreds of thousands.
_SPACES = re.compile(rf"(?: (?=[ {_OTHER_SPACES}])|[{_OTHER_SPACES}])[ {_OTHER_SPACES}]*")
_DAY = r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}"
_CLOCK = r"\d{1,2}[:h]\d{2}(?::\d{2})?"
_ZONE = r"[(\[]?(?:GMT|UTC)\s*[+-]\s*\d+[)\]]?"  # "(GMT+7)", "[GMT+7]"
_TIMESTAMP = re.compile(
    r"^(?:(?:cập nhật|ngày đăng|đăng lúc|đăng ngày|thời gian đăng|xuất bản|published|posted|updated)\s*:?\s*)?"
    r"(?:(?:thứ\s+\w+|chủ\s+nhật)\s*,?\s*)?"
    rf"(?:{_CLOCK}\s*(?:{_ZONE})?\s*[,|-]?\s*)?"
    rf"(?:(?:thứ\s+\w+|chủ\s+nhật)\s*,?\s*)?{_DAY}"
    rf"(?:\s*[,|-]?\s*{_CLOCK})?\s*(?:{_ZONE})?$",
    re.I,
)
_POLL = re.compile(r"^(?:thăm dò ý kiến|nodata|không có dữ liệu|bình chọn|xem kết quả|gửi bình chọn|"
                   r"bạn đánh giá thế nào.*|chia sẻ|in bài|lượt xem.*|bình luận.*|\d+\s*(?:lượt xem|views?)?)$", re.I)
_IMAGE = re.compile(r"^(?:!\[[^\]]*\]\([^)]*\)|\S*\.(?:jpe?g|png|gif|webp|bmp)\)?|\(?ảnh\s*(?:minh họa|minh hoạ)\)?\.?)$", re.I)
_FURNITURE = re.compile(f"{_POLL.pattern}|{_IMAGE.pattern}", re.I)  # one regex call per line, not two
_CREDIT = re.compile(r"(?:^|[.\s(])(?:Ảnh|Ảnh minh họa|Nguồn ảnh|Photo)\s*:\s*[^.]{1,60}\)?\.?$")
_CAPTION_START = re.compile(r"^(?:Toàn cảnh|Quang cảnh|Các đại biểu|Đại biểu|Ảnh)\b")
# "Đồng thời, Bộ đã tham mưu … chuyên đ": a paragraph cut off where the stored text ends, never a headline
_CONTINUES = re.compile(r"^(?:Đồng thời|Theo đó|Tuy nhiên|Bên cạnh đó|Ngoài ra|Trong đó|Qua đó|Do đó|Vì vậy|"
                        r"Cùng với đó|Sau đó|Trước đó|Mặt khác|Đặc biệt|Trước hết|Từ đó),")
_AUTHOR_TAG = re.compile(r"^(?:Tác giả|Bài(?: và ảnh)?|Bài, ảnh|Nhóm PV|PV)\s*:\s*(.+)$", re.I)
_NAME_WORD = r"[A-ZÀ-ỸĐ][a-zà-ỹđ]+|[A-ZÀ-ỸĐ]{2,}"
_BYLINE = re.compile(
    rf"^(?:(?:{_NAME_WORD})(?:\s+(?:{_NAME_WORD})){{0,3}})"
    rf"(?:\s*(?:[-–—,&]|\bvà\b)\s*(?:{_NAME_WORD})(?:\s+(?:{_NAME_WORD})){{0,3}})*"
    r"(?:\s*\([^()]{1,30}\))?$"
)
# A sentence ends with one of _TERMINALS, maybe followed by closing quotes and brackets.
_TERMINALS = (".", "!", "?", "…", ";", ":")
_CLOSERS = "\"'”’»)]"
_OPENS = (",", ";", "(", "–", "-")  # a line ending so goes on in the next one


def normalize_line(line: str) -> str:
    return _SPACES.sub(" ", line).strip()


def _normalized_lines(text: str) -> list[str]:
    """normalize_line of each line of text. The spaces are collapsed in one pass over the
    whole text (a run of them never holds a line break), which matters for very many lines."""
    return [line.strip() for line in _SPACES.sub(" ", text).split("\n")]


def ends_sentence(line: str) -> bool:
    """Of one line (no line break): string tests, no regex, as this runs for every line."""
    return line.rstrip(_CLOSERS).endswith(_TERMINALS)


def is_timestamp(line: str) -> bool:
    return bool(_TIMESTAMP.match(line))


def is_furniture(line: str) -> bool:
    """Poll widgets, view counters, image residue: never report text."""
    return _FURNITURE.match(line) is not None


def is_bare(line: str, max_words: int = 25) -> bool:
    """A short line that does not end a sentence: headline, caption, link text."""
    return not ends_sentence(line) and not line.endswith(_OPENS) and len(line.split(None, max_words)) <= max_words


def clean(source: SourceText) -> CleanText:
    lines = [line for line in _normalized_lines(source.text) if line]
    furniture = [is_furniture(line) for line in lines]
    dropped = [line for line, drop in zip(lines, furniture) if drop]
    lines = [line for line, drop in zip(lines, furniture) if not drop]
    headline, lines = _take_headline(lines)
    dateline, lines, stamps = _take_dateline(lines)
    dropped += stamps
    author, lines = _take_byline(lines)
    paragraphs, captions, related = _split_captions(lines)
    return CleanText(source=source.name, headline=headline, dateline=dateline, paragraphs=paragraphs,
                     author=author, captions=captions, dropped=dropped + related)


# "Công an triển khai ... sân bay Tân Sơn Nhất 04/06/2025 20:22": the publication time pasted onto
# the headline's line. Only a date with a time of day: "... ngày 19/7/2022" may end a real headline.
_STAMP_AFTER = re.compile(rf"\s+[-–|,]?\s*({_DAY}\s*[,|-]?\s*{_CLOCK}|{_CLOCK}\s*[,|-]?\s*{_DAY})$")


def _take_headline(lines: list[str]) -> tuple[str | None, list[str]]:
    if not lines or is_timestamp(lines[0]) or not is_bare(lines[0], max_words=40):
        return None, lines
    headline, stamp = _split_stamp(lines[0])
    rest = [line for line in lines[1:] if line != headline]  # some pages repeat the headline
    return headline, [stamp, *rest] if stamp else rest


def _split_stamp(line: str) -> tuple[str, str | None]:
    """A headline and the timestamp at its end, which then counts as the dateline."""
    stamp = _STAMP_AFTER.search(line)  # one line per report: no need for a cheaper test first
    if stamp is None or stamp.start() == 0:
        return line, None
    return line[:stamp.start()].rstrip(" -–|,"), stamp.group(1)


# A report's own time stands next to its headline or lead; one more lines than this above the
# lead, behind menus, slogans and section names, is the site's clock in its page header.
HEADER_GAP = 5


def _take_dateline(lines: list[str]) -> tuple[str | None, list[str], list[str]]:
    """The dateline is the timestamp closest before the first real paragraph;
    earlier timestamps near the top belong to related-news items."""
    top = 0
    while top < len(lines) and (is_timestamp(lines[top]) or is_bare(lines[top])):
        top += 1
    stamps = [i for i in range(min(top + 1, len(lines))) if is_timestamp(lines[i])]
    if not stamps:
        return None, lines, []
    if top - stamps[-1] > HEADER_GAP:  # "Thứ Hai, 22/12/2025 14:46 | • Hotline | … | Sự kiện | headline | lead"
        return None, lines[stamps[-1] + 1:], lines[: stamps[-1] + 1]
    dateline = lines[stamps[-1]]
    # everything above the dateline is page furniture (other items' headlines and times)
    furniture = lines[: stamps[-1]]
    return dateline, lines[stamps[-1] + 1:], furniture


def _take_byline(lines: list[str]) -> tuple[str | None, list[str]]:
    for i in range(len(lines) - 1, max(len(lines) - 4, -1), -1):
        tagged = _AUTHOR_TAG.match(lines[i])
        if tagged:
            return tagged.group(1).strip(), lines[:i] + lines[i + 1:]
    if lines and _BYLINE.match(lines[-1]) and len(lines[-1].split()) <= 10 and len(lines) > 1:
        return lines[-1], lines[:-1]
    return None, lines


def _split_captions(lines: list[str]) -> tuple[list[str], list[str], list[str]]:
    """A bare line inside the text is a photo caption; a run of bare lines is the
    headlines of related articles. Both are furniture for the page body; captions
    still name the people in the report, related headlines do not."""
    paragraphs: list[str] = []
    captions: list[str] = []
    related: list[str] = []
    credited = [_credited(line) for line in lines]
    lines = [line for line, _ in credited]
    bare = [caption or (is_bare(line) and not _CONTINUES.match(line))
            or bool(_CAPTION_START.match(line) and len(line.split()) <= 12) for line, caption in credited]
    for i, line in enumerate(lines):
        if not bare[i]:
            paragraphs.append(line)
        elif (i > 0 and bare[i - 1]) or (i + 1 < len(lines) and bare[i + 1]):
            related.append(line)
        else:
            captions.append(line)
    return paragraphs, captions, related


CAPTION_WORDS = 40  # a photo caption is a sentence or two; a longer line is a paragraph


def _credited(line: str) -> tuple[str, bool]:
    """The line, and whether it is a caption because it ends with a photo credit. A short line
    that ends with one is a caption; a paragraph that does ("... Công an tỉnh. Ảnh: Phạm Bằng",
    as pages pasted whole give it) is body, without the credit."""
    credit = _CREDIT.search(line) if ":" in line else None  # no colon, no credit: spares the regex
    if credit is None:
        return line, False
    if len(line.split(None, CAPTION_WORDS)) <= CAPTION_WORDS:
        return line, True
    cut = credit.start() + (line[credit.start()] == ".")  # keep the full stop of the last sentence
    return line[:cut].rstrip(), False
