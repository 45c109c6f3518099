"""A question's layout read as the sentences the readers know: lines of a list and rows of a pasted table.

People paste what they have: a bulleted list of seminars each with its length and its count under a heading ("院外研討會清單：
\\n- 2hr 的 3 場\\n- 4hr 的 2 場"), or a table of scores copied from a spreadsheet ("| 技術師 | 非緻密 | 緻密 |\\n| 甲 | 350 | 362 |").
The readers go through the same facts said in a sentence ("院外研討會：2hr 的 3 場、4hr 的 2 場", "甲：非緻密 350、緻密 362"),
so the layout is written as that sentence before anything is read; no figure is added, dropped or changed, only the
separators between them (a table's header names each figure of a row, as the words before a figure do in a sentence).

- `inline_lists`: a run of two or more lines, each an item with its own length (hr, hrs, h, hours, 小時, 鐘頭) and its
  count, in either order, with or without a bullet (-, •, *, ·, 1., 1), ①), is one line of items joined as a list, after its
  heading.
- `table_rows`: a table whose header row names its columns and whose rows each start with a label (a person, an item) and
  hold one figure per column — cells split by |, tabs, commas or runs of spaces, a markdown rule row dropped — is one
  bulleted line per row, "- label: column figure、column figure".
"""

from __future__ import annotations

import re

_HAN = re.compile(r"[\u3400-\u9fff]")
# a list line's bullet: a dash or dot, a circled figure, or an item number ("1.", "2)", "3、") — never "(1)", which numbers the
# questions of a message (bot/parts.py), nor a figure with decimals ("3.5 小時")
_BULLET = re.compile(r"^[^\S\n]*(?:[-–—•·*‣▪●◦○]|[\u2460-\u2473]|\d{1,2}[.)、](?!\d))[^\S\n]*")
# an item's length: a figure of hours in any of their spellings ("2hr", "4 hrs", "1.5h", "3.5 小時", "4 鐘頭", "2-hour")
_LENGTH = re.compile(r"(?<![\d.])\d+(?:\.\d+)?[^\S\n]*-?[^\S\n]*(?:小時|小时|個鐘頭|个钟头|鐘頭|钟头|(?:hrs?|hours?|h)(?![A-Za-z]))",
                     re.IGNORECASE)
# its count: another figure, or a count in words ("兩場", "one session", "x 2")
_FIGURE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?")
_COUNT_WORD = re.compile(r"[一二兩两三四五六七八九十][^\S\n]*(?:場|场|次|堂)|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b",
                         re.IGNORECASE)
_BARE_H = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)[^\S\n]*(?-i:h)(?![A-Za-z])")
_ENDS_SENTENCE = re.compile(r"[。.？?！!；;]\s*$")
_ENDS_COLON = re.compile(r"[:：]\s*$")


_QUESTION_NUMBER = re.compile(r"^[^\S\n]*[(（]\s*\d{1,2}\s*[)）]")


def _item(line: str) -> str | None:
    """The item a list line holds (its bullet dropped) when it is a length with its count, else None (a line numbered
    "(1)" is a question of its own, bot/parts.py)."""
    if _QUESTION_NUMBER.match(line):
        return None
    body = _BULLET.sub("", line, count=1).strip()
    length = _LENGTH.search(body)
    if length is None:
        return None
    rest = body[:length.start()] + " " + body[length.end():]
    if not (_FIGURE.search(rest) or _COUNT_WORD.search(rest)):
        return None
    # (a bare "h" is the hours of an item of the list, also before "x 2": "4h x 1" is one of 4 hrs)
    return _BARE_H.sub(r"\1 hrs", body)


def _joined(head: str, items: list[str]) -> str:
    """The heading and its items as one line: "heading：a、b、c" (", " between English items)."""
    zh = any(_HAN.search(i) for i in items) or bool(_HAN.search(head))
    # (English items end as a sentence: the ask on the next line is no part of the last item)
    line = "、".join(items) if zh else ", ".join(items) + ("" if _ENDS_SENTENCE.search(items[-1]) else ".")
    if not head.strip():
        return line
    if _ENDS_COLON.search(head):
        return f"{head.rstrip()} {line}"
    if _ENDS_SENTENCE.search(head):
        return f"{head}\n{line}"
    return f"{head.rstrip()}: {line}"


def inline_lists(text: str) -> str:
    """`text` with each run of two or more lines of lengths and counts written as one line of items after its heading."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        run: list[str] = []
        while i + len(run) < len(lines) and (item := _item(lines[i + len(run)])) is not None:
            run.append(item)
        if len(run) < 2:
            out.append(lines[i])
            i += 1
            continue
        head = out.pop() if out else ""
        out.append(_joined(head, run))
        i += len(run)
    return "\n".join(out)


# a table's cells: split by a pipe, a tab, a comma or two spaces and more (one space parts words, "non dense")
_PIPE_RULE = re.compile(r"^[\s|:+-]*-{2,}[\s|:+-]*$")
_SPLITTERS = (re.compile(r"[^\S\n]*\|[^\S\n]*"), re.compile(r"\t+"), re.compile(r"[^\S\n]*[,，][^\S\n]*"),
              re.compile(r"[^\S\n]{2,}|\u3000+"))
_NUMBER_CELL = re.compile(r"^\d+(?:\.\d+)?\s*(?:分|%|％|天|日|次|例|篇|場|场)?$")


def _cells(line: str, splitter: re.Pattern[str]) -> list[str]:
    """The cells of a table line (the empty ones at its ends, outside a pipe table's borders, dropped)."""
    cells = [c.strip() for c in splitter.split(line.strip())]
    if cells and cells[0] == "":
        cells = cells[1:]
    if cells and cells[-1] == "":
        cells = cells[:-1]
    return cells


def _table_at(lines: list[str], i: int) -> tuple[int, list[str]] | None:
    """The table starting at line `i` (its header there): how many lines it takes and its rows written as bulleted lines."""
    for splitter in _SPLITTERS:
        header = _cells(lines[i], splitter)
        if len(header) < 3 or any(_NUMBER_CELL.match(c) or not c for c in header[1:]):
            continue
        rows: list[str] = []
        j = i + 1
        while j < len(lines):
            if _PIPE_RULE.match(lines[j]) and splitter is _SPLITTERS[0]:
                j += 1
                continue
            cells = _cells(lines[j], splitter)
            if len(cells) != len(header) or _NUMBER_CELL.match(cells[0]) or not all(_NUMBER_CELL.match(c) for c in cells[1:]):
                break
            zh = bool(_HAN.search(lines[i] + lines[j]))
            said = ("、" if zh else ", ").join(f"{name} {value}" for name, value in zip(header[1:], cells[1:]))
            rows.append(f"- {cells[0]}: {said}")
            j += 1
        if rows:
            return j - i, rows
    return None


def table_rows(text: str) -> str:
    """`text` with each table of figures (a header naming its columns, rows led by a label) written as bulleted lines."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        found = _table_at(lines, i)
        if found is None:
            out.append(lines[i])
            i += 1
            continue
        taken, rows = found
        out += rows
        i += taken
    return "\n".join(out)


# "113年：年會1次、月會2次 114年：國際會議2次、月會3次", "2024: annual 1, monthly 2 2025: monthly 3": a year heading with its
# colon, typed after a space inside a line, begins a section of its own — the clause break a new line would have been (the
# figures before it are the year before's, never the next heading's)
_YEAR_SECTION = re.compile(r"(?<=[^\s,，、。;；:：(（])[^\S\n]+(?=(?:民國|民国)?\s*(?:(?:9\d|1[0-3]\d)\s*年(?:度)?|(?:19|20)\d\d\s*(?:年(?:度)?)?)\s*[:：])")


_COUNT_SAID = re.compile(r"\d|[一二兩两三四五六七八九十]\s*(?:次|場|场|篇|個|个|天|堂)|\b(?:once|twice|one|two|three|four|five|six)\b", re.IGNORECASE)
_YEAR_OF_WORDS = re.compile(r"(?:\b(?:in|during|for|of|since|by|from|until|till|to|through|the|year|yr|fy|cy)|在|於|于|到|至|從|从|自)$", re.IGNORECASE)


def year_sections(text: str) -> str:
    """A year heading with a colon after a space, inside a line, opens a clause: the space becomes a clause break ."""
    def brk(m: re.Match[str]) -> str:
        if text[max(0, m.start() - 2):m.start()] in ("民國", "民国") or _YEAR_OF_WORDS.search(text, max(0, m.start() - 12), m.start()):
            return m.group(0)  # ("seminars in 2025: …", "民國 113年：", "到 2025:": the heading's own year, no section of another)
        since = max(text.rfind(ch, 0, m.start()) for ch in ",，、。;；:：\n") + 1
        if not _COUNT_SAID.search(text, since, m.start()):
            return m.group(0)  # ("Non-SCI papers 2025: one …", "sci papers 2025:": no section before it — the year heads its kind)
        return "；" + m.group(0)[1:] if _HAN.search(text[max(0, m.start() - 1):m.start()]) else ";" + m.group(0)
    return _YEAR_SECTION.sub(brk, text)


def read_layout(text: str) -> str:
    """`text` with its tables (`table_rows`) and lists of lengths and counts (`inline_lists`) written as sentences, and year
    sections typed on one line (`year_sections`) broken into clauses."""
    return year_sections(inline_lists(table_rows(text)))
