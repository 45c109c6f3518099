"""A rules message asking several things (SPEC §3 retrieval): one line answering each ask.

"要交哪一年的報告？沒過會怎樣" asks two things that two clauses answer; the one line read from the whole message answers
one of them (often the last). Here the message is cut into its asks (`separate_asks`), each ask is answered by
`bot.rules_answer.direct_line` from its own clause, and the lines are joined when they rest on different clauses: in the
order asked, except that a yes / no asked leads (as a single ask's line leads with it), and a part no sentence answers is
said to be so, last. Nothing is made up: each line is `direct_line`'s own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.question_shapes import CONFIRMATION_TAG, RULE_TAG, ZH_WH, ZH_YES_NO, question_pieces
from bot.rules_answer import KIND_NEEDS, POLARITY_LEAD, DirectLine, answer_kind, case_band_row, direct_line
from knowledge.corpus import Corpus
from knowledge.textnorm import fold

# Words that open a further ask inside one piece ("會不會每年改 另外分數會公佈嗎", "…幾分，順便問一下要交什麼"): the
# piece is cut before them when both sides ask.
# (a bare 順便 opens one only after a break: "…就順便把出席證明發一發" is the act asked — do it while at it —, no further ask)
_FURTHER = re.compile(r"[\s，,]*(?:另外|此外|順便問一下|顺便问一下|順便問|顺便问|再問|再问|還想問|还想问|也想問|也想问)|"
                      r"[\s，,]+(?:順便|顺便)")

# An English comparison of two things asked the same of ("the requirement for X vs Y", "X versus Y"): the ask before it
# is asked again of the thing after it.
_VERSUS = re.compile(r"\s+(?:vs\.?|versus|compared (?:to|with)|as opposed to)\s+", re.I)
_FRAME_END = re.compile(r"^(.*\b(?:for|of|in|on)\s+)", re.I)


# An English piece asks when a question mark ends it or a question word or an auxiliary opens it ("what's…", "can I…"); an
# "is" / "where" inside a statement ("total over the 6 yrs is >600", "two papers where I'm corresponding author") does not.
_EN_OPENS_ASK = re.compile(r"^\s*(?:(?:so|and|but|also|then|ok(?:ay)?|hi|hey|well)[\s,]+)*(?:what|whats|what's|how|which|who|where|when|why|"
                           r"is|are|do|does|did|can|could|must|should|will|would|may|am|have|has|any|anything)\b", re.I)

# An ask of the reader, not of the rules ("有人知道嗎", "anyone know?", "請問一下"): no ask of its own.
_FILLER = re.compile(r"^\s*(?:有人知道嗎|有人知道吗|誰知道|谁知道|請問一下|请问一下|謝謝|谢谢|感謝|感谢|thanks?(?: you)?|"
                     r"(?:does )?any(?:one|body) know|pls|please)\s*[?？!！。.]*\s*$", re.I)

# A piece offering another course or a guess at the answer of the ask before it ("…用印章嗎？或學弟幫我簽？",
# "…只挑幾項？", "怎麼算？是所有抽片平均嗎", "…or just the staff?"): the same ask.
_SAME_ASK_OPENS = re.compile(r"^\s*(?:或是|或者|或|還是|还是|抑或|是不是|就是|是(?!否)|\bor\b|\bis it\b|\bso it'?s\b)", re.I)


# An ask of whether one course must be taken ("一定要第一作者嗎", "只能用…嗎", "does it have to be …?") …
_MUST_ASKED = re.compile(r"一定要|一定得|非得|非要|只能|只可以|必須|必须|\b(?:must|has to|have to|only)\b", re.I)
# … followed by a short ask whether another will do ("通訊作者行不行", "影本可以嗎", "is corresponding author ok?"): the
# other course of the same ask, no ask of its own.
# (any word of acceptance: "通訊作者算不算", "影本能不能", "共同作者也算嗎")
_OTHER_WILL_DO = re.compile(r"(?:行不行|可不可以|可以嗎|可以吗|行嗎|行吗|也可以嗎|也可以吗|算不算|也?算嗎|也?算吗|能不能|可否|"
                            r"也?行不|(?:也)?(?:ok|okay)(?:嗎|吗)?)\s*[?？]*\s*$|"
                            r"\b(?:ok|okay|fine|acceptable|allowed|count)\s*(?:too|as well)?\s*\?\s*$", re.I)
OTHER_COURSE_CHARS = 12  # such an ask this short (Han characters, or English words) names only the other course


def _other_course(before: str, piece: str) -> bool:
    """Is `piece` another course offered for a "must it be X?" asked just before ("SCI 一定要第一作者嗎？通訊作者行不行")?"""
    size = len(re.findall(r"[\u4e00-\u9fff]", piece)) or len(piece.split())
    return bool(_MUST_ASKED.search(before) and _OTHER_WILL_DO.search(piece)) and size <= OTHER_COURSE_CHARS \
        and not ZH_WH.search(fold(piece))


# "積分什麼的都準備好了", "证书什么的": "and such" after a noun, no wh-word.
_ET_CETERA = re.compile(r"(?:什麼|甚麼|什么|啥)(?:的|之類的|之类的)")


def _asks(piece: str) -> bool:
    """Does a piece ask something of the rules (a question word, a question mark, 嗎 / A-not-A; in English a question mark
    or an opening question word / auxiliary)?"""
    if _FILLER.match(piece):
        return False
    if piece.isascii():
        return piece.rstrip().endswith("?") or bool(_EN_OPENS_ASK.match(piece))
    folded = _ET_CETERA.sub("", fold(piece))
    return bool(piece.rstrip().endswith(("?", "？")) or ZH_WH.search(folded) or ZH_YES_NO.search(folded))


def _cut_further(piece: str) -> list[str]:
    """A piece cut before each word opening a further ask, when both sides ask."""
    out: list[str] = []
    rest = piece
    while (m := _FURTHER.search(rest, 1)) is not None:
        before, after = rest[:m.start()], rest[m.end():]
        if not (_asks(before) and _asks(after)):
            break
        out.append(before.strip())
        rest = after
    return [*out, rest.strip()]


def _versus(piece: str) -> list[str]:
    """"what's the requirement for X vs Y?" → ["what's the requirement for X?", "what's the requirement for Y?"]."""
    m = _VERSUS.search(piece)
    if m is None or not piece.isascii():
        return [piece]
    left, right = piece[:m.start()].strip(), piece[m.end():].strip()
    frame = _FRAME_END.match(left)
    if frame is None or not right or not _asks(piece):
        return [piece]
    return [left.rstrip(" ,?") + "?", frame.group(1) + right.lstrip()]


# An English wh-ask put to two things in one sentence ("what's the case requirement for tumor embolization and for the
# non-tumor kind?", "how many credits is the annual congress worth, and how many for a monthly meeting?"): the ask before
# the "and" is asked again of the thing after it — each thing answered from its own clause. Only a wh-ask (a figure, a
# requirement, what it is): a yes / no put to two things ("can I claim X and Y?") is one ask.
_WH_OPENS = re.compile(r"^\s*(?:(?:so|and|but|also|then|ok(?:ay)?|hi|hey|well)[\s,]+)*(?:(?:for|on|about|regarding)\s[^,?]{1,60},\s*)?"
                       r"(?:what|whats|what's|how\s+(?:many|much|long)|which)\b", re.I)
_AND_FOR = re.compile(r",?\s+and\s+(?:(?:what|how\s+(?:many|much))(?:'s|\s+is|\s+are|\s+about)?\s+)?(?=(?:for|of)\s)", re.I)
_AND_WH = re.compile(r",?\s+(?:and|but)\s+(?=(?:what|how\s+(?:many|much|long))\b(?:'s|\s+is|\s+are|\s+about|\s+for|\s+at|\s+if)?)",
                     re.I)


def _and_for(piece: str) -> list[str]:
    """"what's the requirement for X and for Y?" → ["what's the requirement for X?", "what's the requirement for Y?"];
    "how many credits is X worth, and how many for Y?" → ["how many credits is X worth?", "how many for Y?"]."""
    if not piece.isascii() or not _WH_OPENS.match(piece):
        return [piece]
    if (m := _AND_FOR.search(piece)) is not None:
        left, right = piece[:m.start()].strip(), piece[m.end():].strip()
        frame = _FRAME_END.match(left)
        if frame is not None and right and _WH_OPENS.match(left):
            right = re.sub(r"^(?:for|of)\s+", "", right, flags=re.I)
            return [left.rstrip(" ,?") + "?", frame.group(1) + right]
    if (m := _AND_WH.search(piece)) is not None:
        left, right = piece[:m.start()].strip(), piece[m.end():].strip()
        if right and _WH_OPENS.match(left) and len(left.split()) >= 3:
            return [left.rstrip(" ,?") + "?", right]
    return [piece]


# A Chinese ask put to two things at once with 各 / 分別 ("腫瘤栓塞跟非腫瘤栓塞各要幾例", "年會和月會分別幾分"): each thing
# asked on its own ("腫瘤栓塞要幾例", "非腫瘤栓塞要幾例") — each answered from its own clause.
_EACH_OF_TWO = re.compile(r"(?P<a>[^，,。？?！!；;、]{2,24}?)\s*(?:跟|和|與|与|以及|及|還有|还有)\s*(?P<b>[^，,。？?！!；;、跟和與与及]{2,16}?)\s*"
                          r"(?:各自|各|分別|分别|個別|个别)(?P<tail>(?:要|需要|需|須|须|可以|可|能|算|給|给|拿|有|可拿|能拿)?"
                          r"[^，,。？?！!；;是]{0,6}?(?:幾|几|多少)\s*(?:個|个)?\s*(?:例|分|案|篇|次)[^，,。？?！!；;]*[？?]?)")


def _each_of_two(piece: str) -> list[str]:
    """"腫瘤栓塞跟非腫瘤栓塞各要幾例？" → ["腫瘤栓塞要幾例？", "非腫瘤栓塞要幾例？"] (the words before the pair kept with the
    first: "指導老師認證，…")."""
    if piece.isascii() or (m := _EACH_OF_TWO.search(piece)) is None:
        return [piece]
    tail = m.group("tail")
    return [piece[:m.start()] + m.group("a") + tail, m.group("b") + tail + piece[m.end():]]


RESTATED_CHARS = 6  # a yes / no piece this short (Han characters) with no subject of its own restates the one before


def _short_yes_no(piece: str) -> bool:
    """Is a Chinese piece a yes / no of a few Han characters (`RESTATED_CHARS`), no question word, naming no subject of its
    own ("會不會每年改", "栓塞嗎")?"""
    han = re.findall(r"[\u4e00-\u9fff]", piece)
    return bool(han) and len(han) <= RESTATED_CHARS and not ZH_WH.search(fold(piece)) and not _FURTHER.search(piece) \
        and answer_kind(piece) == "yes_no"


def _restates(before: str, piece: str) -> bool:
    """Does a short yes / no piece ask again, in other words, the yes / no asked just before it ("…是固定的嗎？會不會每年改",
    "可以嗎？行不行")?"""
    return _short_yes_no(piece) and answer_kind(before) == "yes_no"


# A which-ask ("算哪個領域", "歸哪一類", "which domain …"): a short yes / no after it guesses its answer.
_WHICH_ASKED = re.compile(r"哪(?:個|个|一|些|類|类|種|种|項|项|塊|块|邊|边)|\bwhich\b|\bwhat\s+(?:domain|category|kind|type|area)\b", re.I)
GUESS_WORDS = 3  # an English guess this short ("embolization?", "vascular, right?") names only the answer guessed


def _guesses(before: str, piece: str) -> bool:
    """Is `piece` a guess at the answer of the which-ask just before it ("TIPS 算哪個領域？栓塞嗎", "which domain do TIPS
    cases go under? embolization?")? A short yes / no (a few Han characters, or a few English words) with no question
    word: the same ask — answered alone, "栓塞嗎" met the embolization clause and said yes to a guess about TIPS."""
    if not _WHICH_ASKED.search(fold(before)):
        return False
    if piece.isascii():
        return piece.rstrip().endswith("?") and len(piece.split()) <= GUESS_WORDS and not _EN_OPENS_ASK.match(piece)
    return _short_yes_no(piece)


def separate_asks(question: str) -> list[str]:
    """The separate asks of a rules message, in order: its pieces that ask (a bare confirmation tag joined to the piece
    before it, "…counts double — true?"), each cut further at 另外 / 順便問 and at "vs". One ask: a list of one."""
    pieces = [p.strip() for p in question_pieces(question) if p.strip()]
    joined: list[str] = []
    for p in pieces:
        if joined and (CONFIRMATION_TAG.match(p) or (RULE_TAG.match(fold(p)) and _asks(joined[-1]))):
            # ("…可以嗎？學會有沒有規定": whether there is a rule on it is the same ask)
            joined[-1] = f"{joined[-1].rstrip(' ,，—–-')}, {p}" if p.isascii() else f"{joined[-1].rstrip('，,')}，{p}"
        else:
            joined.append(p)
    asks: list[str] = []
    context = ""  # pieces that ask nothing ("I practice on Kinmen.", "我們下個月要辦研討會。") go with the ask after them
    for p in joined:
        if not _asks(p):
            context += p if not p.isascii() else p + " "
            continue
        for k, cut in enumerate(a for cut in _cut_further(p) for v in _versus(cut) for w in _and_for(v) for a in _each_of_two(w)):
            if asks and not context and k == 0 and (_restates(asks[-1], cut) or _SAME_ASK_OPENS.match(cut)
                                                 or _other_course(asks[-1], cut) or _guesses(asks[-1], cut)):
                asks[-1] += cut  # "標準是固定的嗎？會不會每年改": the same whether, asked again in other words
                continue
            asks.append(context + cut)
            context = ""
    return asks if len(asks) > 1 else [question]


def _part_unsure(lang: str) -> str:
    """What the line says of an ask no quoted sentence answers."""
    return "其餘所問查無直接回答的句子（見下列條文）" if lang == "zh-TW" else \
        "for the other part, none of the quoted sentences answers it directly (see the clauses below)"


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


# A later ask is answered from its own search when its best hit is one of the message's best hits this many (it names its
# own subject: "…for X vs the Y domain?"); otherwise from the message's hits (an elliptic ask: "如果拿了B，誰要去？").
AGREEING_HITS = 2


SMALL_WHOLE = 3  # a whole of this many parts or fewer ("分成哪兩塊": 實地測試 and 書面考核) has parts a later ask may name


def _own_hits(ask: str, hits: list, search: Callable[[str], list], corpus: Corpus | None = None) -> list:
    """The clauses a later ask (or the message read up to it) is answered from: its own search when that agrees with the
    message's best hits (its best is one of the message's `AGREEING_HITS` best: it names its own subject), else the
    message's hits (an elliptic ask; words that alone rank a clause the whole message put lower: "…哪些活動可以拿積分？
    有沒有一條是列全部項目的" read up to its end ranks 第二條's 外科專科醫師 first)."""
    own = search(ask)
    if own and any(own[0].clause.id == h.clause.id for h in hits[:AGREEING_HITS]):
        return own
    # (… or a sibling of the message's best, one of the same whole's parts: "…分成哪兩塊？現場測跟書面審查嗎？現場測要測哪些東西"
    # — the message's best is the written review (1.2.2), the last ask names the other part, the on-site test (1.2.1))
    # (only of a whole of few parts: the items of a long list — 第五條's activities — are no parts an ask picks between)
    if own and hits and corpus is not None and own[0].clause.parent and own[0].clause.parent == hits[0].clause.parent \
            and any(own[0].clause.id == h.clause.id for h in hits) \
            and len(corpus.children(own[0].clause.parent)) <= SMALL_WHOLE:
        return own
    return hits


def _subject_before(asks: list[str], i: int) -> bool:
    """Does ask `i` leave to an earlier ask the listed term it is about ("RFA 歸哪一類？可以算在血管介入裡嗎": RFA)?"""
    from knowledge.roles import listed_terms  # noqa: PLC0415 - the listed terms a question names

    before = set().union(*(listed_terms(fold(a)) for a in asks[:i]))
    return bool(before) and not listed_terms(fold(asks[i]))


def _later_line(asks: list[str], i: int, hits: list, search: Callable[[str], list], corpus: Corpus, lang: str,
                whole: DirectLine, earlier: set[str]) -> DirectLine:
    """`_later_line_read`, kept to the case's band row: a later ask stating no figure of its own is about the case the
    asks before it state ("疑似陽性差異55%會怎樣？要馬上停嗎還是等下次審查": 乙's row for 55%), never another row its
    words alone meet (丙's 立即停止, 乙's 1 年內 for "超過六成會怎樣？要停多久") — it is read again with the case's row
    first, and failing that said to be unanswered."""
    line = _later_line_read(asks, i, hits, search, corpus, lang, whole, earlier)
    ask, said_before = asks[i], "".join(asks[:i])
    case = next((cid for cid in sorted(earlier) if (c := corpus.get(cid)) is not None and case_band_row(said_before, c)),
                None)

    def other_row(x: DirectLine) -> bool:
        rows = [c for cid in x.cited if (c := corpus.get(cid)) is not None]
        return case is not None and x.confident and case not in x.cited and \
            all(case_band_row(ask, c) is not True for c in rows) and any(case_band_row(said_before, c) is False for c in rows)

    if not other_row(line):
        return line
    first = [*(h for h in hits if h.clause.id == case), *(h for h in hits if h.clause.id != case)]
    joiner = " " if ask.isascii() else ""
    for text in (ask, joiner.join(asks[:i + 1])):
        again = direct_line(text, first, corpus, lang, tied=False)
        if again.confident and not other_row(again):
            return again
    return DirectLine(line.text, line.cited, False, line.kind)


def _place_left_out(ask: str, line: DirectLine) -> bool:
    """Does the ask ask where ("在哪個網站能查到篩檢量", "which website?") and the line give no place (no address, no web
    site)? The whole message's line, read for its first ask, then does not stand for it."""
    from bot.rules_answer import DETAIL_NEEDS  # noqa: PLC0415 - what a line of each kind must keep

    return answer_kind(ask) == "where" and not DETAIL_NEEDS["where"].search(fold(line.text))


def _later_line_read(asks: list[str], i: int, hits: list, search: Callable[[str], list], corpus: Corpus, lang: str,
                     whole: DirectLine, earlier: set[str]) -> DirectLine:
    """The line answering a later ask (`asks[i]`, i > 0), none of whose clauses an earlier ask's line (`earlier`) states
    unless that clause holds what this ask asks for.

    From its own search when that agrees with the message's best hits (it names its own subject: "…for X vs the Y
    domain?"), else from the message's hits (an elliptic ask: "如果拿了B，誰要去？"); the last ask from the whole message's
    line when that states a clause of its own (read with all the message's words); failing all, from the message read up
    to it, and then from the message's hits other than the clauses already given. A last ask none of these answers is
    the whole message's line's when that one is confident (it states a clause already given: the ask adds nothing)."""
    ask = asks[i]
    from bot.rules_answer import leaves_figure_open  # noqa: PLC0415 - the rules answer's reading of "no fixed figure"

    if (judged := next((cid for cid in sorted(earlier) if (c := corpus.get(cid)) is not None and leaves_figure_open(ask, c.text)),
                       None)) is not None:
        # "…給幾分？有固定分數嗎" after 5.10's "依…相關程度核給": the clause already given is the answer (no fixed figure),
        # not another clause sharing 分數
        return DirectLine(whole.text, [judged], True, answer_kind(ask))
    if i == len(asks) - 1 and whole.confident and not earlier & set(whole.cited):
        if not _place_left_out(ask, whole):
            return whole
        # ("在哪個網站能查到篩檢量" after "會不會超標，怎麼算的": the whole line, read for the first ask, gives no address —
        # the ask's own line does; where that gives none either, "修了要去哪裡看" met by 另行公告, the whole line stands)
        placed = direct_line(ask, _own_hits(ask, hits, search, corpus), corpus, lang, tied=False)
        return placed if placed.confident and not _place_left_out(ask, placed) else whole  # (decided before the ask's own line is read: that line, its search and the one it may be swapped
        # for are never used then — the same answer, without their cost)
    line = direct_line(ask, _own_hits(ask, hits, search, corpus), corpus, lang, tied=False)
    need = KIND_NEEDS.get(answer_kind(ask))
    if line.confident and set(line.cited) <= earlier and need is not None and not need.search(fold(line.text)) and \
            (rest := [h for h in hits if h.clause.id not in earlier]) and \
            (other := direct_line(ask, rest, corpus, lang, tied=False)).confident and need.search(fold(other.text)):
        line = other  # "…算血管介入嗎？血管介入要做多少例": the clause already given holds no count; the message's next does
    joiner = " " if ask.isascii() else ""
    upto = joiner.join(asks[:i + 1]).rstrip("?？ ") + ("？" if lang == "zh-TW" else "?")
    if line.confident and line.kind in ("yes_no", "choice") and POLARITY_LEAD.match(line.text) and _subject_before(asks, i):
        read = direct_line(upto, _own_hits(upto, hits, search), corpus, lang, tied=False)
        if read.confident and read.kind in ("yes_no", "choice") and POLARITY_LEAD.match(read.text):
            return read  # ("TIPS算哪一类？可以算进血管介入的病例数吗": read with TIPS, its own item says 可以)
        if not (read.confident and read.cited[:1] == line.cited[:1] and
                (m := POLARITY_LEAD.match(read.text)) and m.group(0) == POLARITY_LEAD.match(line.text).group(0)):
            # "RFA 歸哪一類？可以算在血管介入裡嗎": the yes / no leaves its subject (RFA) to the ask before it — read alone it
            # met 血管介入's TIPS item, whose 可以 is about TIPS; read with its subject, that clause gives no such 可以
            return DirectLine(POLARITY_LEAD.sub("", line.text, count=1), line.cited, line.confident, line.kind)
    if line.confident and line.kind in ("yes_no", "choice") and not POLARITY_LEAD.match(line.text) and \
            (read := direct_line(upto, _own_hits(upto, hits, search), corpus, lang, tied=False)).confident and \
            read.kind in ("yes_no", "choice") and read.cited[:1] == line.cited[:1] and POLARITY_LEAD.match(read.text):
        return read  # "TIPS 歸在哪一類？可以併入血管介入的100例裡面嗎": the yes / no leaves its subject to the ask before it
        # (TIPS) — read with it, the same clause settles it (可以)
    if line.confident:
        return line
    line = direct_line(upto, _own_hits(upto, hits, search), corpus, lang, tied=False)
    if line.confident and not earlier & set(line.cited):
        return line
    if not line.confident:  # (the whole message's line, confident, stands for its last ask: "…加分嗎？加幾分")
        return whole if i == len(asks) - 1 and whole.confident else line
    texts = [" ".join(x for x in (c.text, c.gist_zh, c.gist_en) if x) for cid in earlier if (c := corpus.get(cid))]
    need = KIND_NEEDS.get(answer_kind(ask))
    if need is not None and not any(need.search(fold(t)) for t in texts):
        # (the earlier ask's clause holds nothing of the kind asked — "要附什麼證明？" after 5.4's 30 分: its note lists
        # them): the message's other hits answer
        rest = [h for h in hits if h.clause.id not in earlier]
        return direct_line(ask, rest, corpus, lang, tied=False) if rest else line
    return line


def _doc_of(cid: str) -> str:
    return cid.split("/", 1)[0]


def _in_message_regulation(ask: str, line: DirectLine, hits: list, whole: DirectLine, corpus: Corpus,
                           lang: str) -> DirectLine:
    """`line` (one ask's), kept to the regulation the whole message is about: the thing asked names it ("…application fee
    the first time? and … a replacement cert" is the instructor certificate's 第八條 throughout — the first ask alone, its
    words shared with the surgical society's fee for an event's credits (4.3), met that clause). An ask answered from another
    regulation than the whole message's line (or, unsure, its best hit) that its own words do not name is answered again
    from the message's regulation's hits; failing that it is said to be unanswered — one line never joins two regulations'
    clauses into one statement."""
    if not line.confident or not hits:
        return line
    doc = _doc_of(whole.cited[0]) if whole.confident and whole.cited else hits[0].clause.doc
    if all(_doc_of(cid) == doc for cid in line.cited):
        return line
    from knowledge.lookup import doc_hints  # noqa: PLC0415 - the regulations a text names by their own words

    try:
        named = set(doc_hints(fold(ask)))
    except Exception:  # noqa: BLE001 - a hint, not a requirement
        named = set()
    if any(_doc_of(cid) in named for cid in line.cited):
        return line  # ("外科年會幾分？乳攝的停權標準呢": each ask names its own regulation)
    own = [h for h in hits if h.clause.doc == doc]
    again = direct_line(ask, own, corpus, lang, tied=False) if own else None
    if again is not None and again.confident:
        return again
    return DirectLine(line.text, line.cited, False, line.kind)


def _yes_no_elsewhere(question: str, first: str) -> bool:
    """Whether the yes / no the whole message's line was read for is another ask's than the first ("…算不算追蹤完成數？
    另外…學分修夠了這個不影響吧": the whole's is the aside's 不影響吧, which its clause does not settle — the first ask's 算
    is the one to lead with)."""
    from bot.rules_answer import yes_no_piece  # noqa: PLC0415 - the rules answer's own reading of the yes / no asked

    piece = yes_no_piece(fold(question)).strip(" ?？")
    if not piece or piece in fold(first):
        return False
    # (only an ask opened as another matter, 另外 / 順便問: "SCI 論文要附抽印本嗎？直接給期刊網址可以嗎" offers another course
    # of the same ask, whose 可以 the first ask's 需要 must not seem to answer)
    at = fold(question).find(piece)
    return at > 0 and bool(re.search(r"(?:另外|此外|順便|再問|還想問|也想問)[^?？]*$", fold(question)[:at + len(piece)]))


# The whole message's kinds that name what is covered ("哪些單位辦的課可以算？"): a later yes / no on one thing named
# ("教學醫院辦的算不算") leads its line; a figure or a period asked first keeps the line it gave ("月會一次幾分？離島有加倍嗎").
# ("TIPS 歸在哪一類？可以併入血管介入的100例裡面嗎": where a thing is listed names what it is counted in — the later 可以 leads)
_NAMING_KINDS = frozenset({"who", "other", "definition", "where"})


def several_asks_line(question: str, hits: list, search: Callable[[str], list], corpus: Corpus, lang: str,
                      whole: DirectLine) -> DirectLine | None:
    """One line answering each ask of a message asking several things, each from its own clause, in order; None when the
    message asks one thing, or its asks rest on the clause the whole message's line `whole` states (it then stands).

    `search(ask)`: the ask's clauses (the engine's: the message's `hits` as the ask's words alone rank them — no encode of
    its own). The first ask is answered from its own search (its words name its subject), a later one by `_later_line`. A part no
    sentence answers is said to be so, for that part."""
    asks = separate_asks(question)
    if len(asks) < 2:
        return None
    from bot.rules_answer import offered_guess  # noqa: PLC0415 - the rules answer's reading of a guess offered

    if whole.confident and POLARITY_LEAD.match(whole.text) and \
            question.isascii() and any(offered_guess(fold(asks[i - 1]), fold(asks[i])) for i in range(1, len(asks))):
        return None  # "how is it picked …? best set per breast type then the lower of the two?": the guess confirms the
        # wh-ask's answer — one ask, whose yes / no the whole message's line leads with (English only: a Chinese guess, "看
        # 什麼？學分、影像評估、攝影量？", keeps its parts — each listed thing is answered from its own clause)
    lines: list[DirectLine] = []
    for i, ask in enumerate(asks):
        earlier = {cid for x in lines if x.confident for cid in x.cited}
        lines.append(direct_line(ask, search(ask), corpus, lang, tied=False) if i == 0 else
                     _later_line(asks, i, hits, search, corpus, lang, whole, earlier))
    # (a part whose line states a clause the message's own search did not find answers another question than the message
    # asks — "學員來看case要幫他們簽什麼嗎" alone met the renewal points' clause: that part is said to be unanswered instead)
    found = {h.clause.id for h in hits}
    # (… the list two of its found items share is found with them: "管「人」的那部分涵蓋哪幾種職類" met by 放射師 and 判讀醫師 is
    # answered by the staff section listing both)
    parents = [h.clause.parent for h in hits if h.clause.parent]
    found |= {p for p in parents if parents.count(p) >= 2}
    lines = [x if not x.confident or set(x.cited) <= found else DirectLine(x.text, x.cited, False, x.kind) for x in lines]
    lines = [_in_message_regulation(ask, x, hits, whole, corpus, lang) for ask, x in zip(asks, lines, strict=True)]
    answered = [x for x in lines if x.confident]
    if not answered:
        return None
    clauses = {cid for x in answered for cid in x.cited}
    if len(answered) == len(lines) and len({tuple(x.cited) for x in answered}) < 2 and clauses <= set(whole.cited) \
            and whole.confident and not ((whole.kind not in ("yes_no", "choice") or _yes_no_elsewhere(question, asks[0]))
                                         and POLARITY_LEAD.match(answered[0].text) and not POLARITY_LEAD.match(whole.text)) \
            and not (whole.kind in _NAMING_KINDS and not POLARITY_LEAD.match(whole.text)
                     and any(x.kind == "yes_no" and POLARITY_LEAD.match(x.text) for x in answered[1:])):
        return None  # (every ask rests on the clause the whole message's line already states — unless the first ask's
        # yes / no is one that line does not lead with: "…counts double — true? anything to file?"; or a later ask's, the
        # whole line answering a wh-ask: "哪些單位辦的課可以算？…教學醫院辦的算不算" — its 算 leads the clause's line)
    parts: list[str] = []
    cited: list[str] = []
    dropped_lead = None  # the yes / no lead of a later ask whose clause an earlier line already gives
    for x in answered:
        if not set(x.cited) & set(cited):  # (a later ask a clause already given answers: its line is given)
            parts.append(x.text.rstrip("。."))
            cited += [cid for cid in x.cited if cid not in cited]
        elif dropped_lead is None and x.kind == "yes_no" and (m := POLARITY_LEAD.match(x.text)):
            dropped_lead = m.group(0)
    if dropped_lead is not None and not any(POLARITY_LEAD.match(p) for p in parts):
        # "要交哪些質保紀錄？年度的和非年度的都要嗎？": the second ask's clause is the first's, its line not repeated — but
        # its yes / no (需要) still leads, as a single ask's does
        parts[0] = dropped_lead + (parts[0] if dropped_lead.endswith("：") else _lower_first(parts[0]))
    # the yes / no asked leads the line (as a single ask's does), the other asks follow — unless the message asks a figure
    # first ("月會一次幾分？離島能不能加倍"): the figure asked first is answered first
    lead = 0 if answered[0].kind == "number" else next((k for k, p in enumerate(parts) if POLARITY_LEAD.match(p)), 0)
    parts.insert(0, parts.pop(lead))
    parts[1:] = [POLARITY_LEAD.sub("", p, count=1) for p in parts[1:]]  # (the lead given once: "Yes: …; yes: …" is not)
    parts += [_part_unsure(lang)] if len(answered) < len(lines) else []
    if lang == "zh-TW":
        text = "；".join(parts) + "。"
    else:
        text = "; ".join([parts[0], *(_lower_first(p) for p in parts[1:])]) + "."
    return DirectLine(text, cited, True, answered[0].kind)
