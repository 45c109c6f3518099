"""Answer text in the user's language: the parts of an answer assembled, citations (label + verbatim quote).

Every number in a composed answer comes from a calculator result or from quoted clause text. What a
result says (its headline, steps, measures) is its tool's renderer's (calculators/render_*.py).
"""

from __future__ import annotations

import re
from typing import Any

from bot.answer import Citation
from bot.scope import POINTERS
from knowledge.corpus import Corpus

QUOTE_CHARS = 160

COVERAGE_ZH = ("我能回答的是以下三份規定的內容：\n"
               "1. 台灣外科醫學會繼續教育積分認定辦法（外科繼續教育積分、證書展延）\n"
               "2. 台灣介入放射線學會影像導引介入性治療分項專長指導老師認證辦法（指導老師資格、換證）\n"
               "3. 預防保健服務之乳房 X 光攝影醫療機構資格後續審查作業（乳攝機構審查、評等、追蹤完成率扣款）")
COVERAGE_EN = ("I answer questions about three regulations only:\n"
               "1. the Taiwan Surgical Association's CME credit rules (surgical CME credits, certificate renewal)\n"
               "2. the Taiwan Society of Interventional Radiology's instructor certification rules (eligibility, renewal)\n"
               "3. the Health Promotion Administration's follow-up review of mammography screening facilities "
               "(grades, volumes, follow-up completion deductions)")


def cite(corpus: Corpus, clause_id: str, max_chars: int = QUOTE_CHARS) -> Citation | None:
    """A citation with the full label and a verbatim (shortened) quote; None for an unknown id."""
    if corpus.get(clause_id) is None:
        return None
    return Citation(id=clause_id, label=corpus.full_label(clause_id), quote=corpus.quote(clause_id, max_chars))


_UNUSED_WHY = {"corrected": ("您隨即更正了這個說法，以更正後的為準（見假設）", "corrected: you said something else instead, which is used (see the assumptions)"),
               "instruction": ("這是要求改變結果的指示，不是事實，未採用", "an instruction to change the result, not a fact: not used"),
               "aside": ("您說明這與問題無關，未採用", "you said it does not matter: not used"),
               "set_aside": ("讀到了，但不適用於這項計算（原因見假設）", "read, but it does not apply to this calculation (see the assumptions)"),
               "restated": ("前面已讀到的同一個數字，您又說了一次；只計一次", "the same figure said again; counted once"),
               "own_guess": ("您猜測的門檻或結果，不是輸入；是否達到由計算判斷（見上面結果）",
                             "your own guess of the rule's line or of the result, not an input; the calculation decides (see the result above)"),
               "own_subtotal": ("您自己算的這一項積分，讀為 1 次；計算依規定重算（見上面結果）",
                                "that item's credits as you reckoned them, read as one; the calculation works them out by the rule (see the result above)"),
               "breakdown": ("前面總數的細分，已包含在總數內，不另計", "a breakdown of the count before it, already part of it; not counted again"),
               "except_count": ("沒去的次數；總共有幾場沒有說，參加的次數另外詢問",
                                "how many you missed; how many there were is not said, so how many you attended is asked"),
               "pool": ("總共有幾場（從中參加的次數才計分），不是您參加的次數", "how many there were in all (only those attended count), not a count of yours"),
               "bound_exact": ("範圍的描述；括號裡緊接著的確切數字才是計算用的（見假設）",
                               "a range; the exact figure in brackets right after it is the one used (see the assumptions)"),
               "approx_exact": ("約略的數字；括號裡的確切數字才是計算用的（見假設）",
                                "an approximate figure; the exact one in brackets after it is the one used (see the assumptions)"),
               "list_total": ("前面列出各項加起來的總數，您又說了一次；各項只計一次", "the items just listed counted together, said again; each is counted once"),
               "unit_restated": ("前面同一段期間換個單位重述，不另計", "the length before it said again in another unit; not counted again"),
               "same_restated": ("括號裡把前面的同一個數字再說一次（確切數字或出處），只計一次", "the figure before it said again in brackets (exact, or its source); counted once"),
               "pointer": ("指回前面列出的那個數字，是說明，不另計", "points back to a figure listed before; an explanation, not counted again"),
               "asked_again": ("前面已說過的數字，您問它是否符合規定；由計算結果回答，不另計",
                               "the figure you gave before, asked whether it passes; the result answers it, not counted again"),
               "rest_bound": ("其餘各項的概括，確切分數在括號裡，以括號裡的計算", "sums up the other items; their exact figures in brackets are used"),
               "today_said": ("今天的日期，不是您案件的日期，不是輸入", "today's date, not a date of your case; no input"),
               "list_size": ("前面列出的數字有幾個，不是其中一個數字", "how many figures the list before it holds, not one of them"),
               "items_pointed": ("問題所指的前面那幾項活動有幾項，不是次數", "how many of the activities named before the question is about, no count"),
               "own_aggregate": ("您自己算的合計或平均，已與您列出的數字核對相符；計算用各個數字",
                                 "your own total or average, checked against the figures you listed; the figures are used"),
               "own_claim": ("您（或您轉述的人）算的合計，與計算結果相符；不是輸入，計算依規定（見上面結果）",
                             "the total you (or the person you quote) reckon, which matches the result above; not an input — the rule decides"),
               "claim_mismatch": ("您（或您轉述的人）算的合計，與計算結果不符；不是輸入，未採用，計算依規定（見上面結果）",
                                  "the total you (or the person you quote) reckon, which does NOT match the result above; not an input, not used — the rule decides"),
               "total_mismatch": ("您寫的合計，與您列出的各項相加不符；計算用各項相加（見假設）",
                                  "your stated total, which the items you listed do not add up to; their sum is used (see the assumptions)"),
               "other_key": ("另一個領域的項目，不計入這次問的領域（見假設）", "belongs to another domain: not counted for the one asked about (see the assumptions)"),
               "part_of_total": ("後面您寫的合計的一部分，已包含在合計內，不另計", "part of the total you said after it, already in it; not counted again"),
               "already_counted": ("您說明它已包含在其他數字裡，是說明而不是另一項，不另計；計算用您給的數字",
                                   "you say it is already counted in another figure: a note, not one more fact; not counted again — your figures are used"),
               "rule_line_asked": ("您問是否達到的門檻，與規定的門檻相同；不是您的件數或數字，計算用您自己的數字（見上面結果）",
                                   "the line you ask about, the same as the rule's own; not one of your figures — yours are used (see the result above)"),
               "bar_asked": ("您問結果是否達到的數字，不是輸入；請對照上面算出的結果", "the mark you ask the result against, not an input; compare it with the result above"),
               "event_year": ("您生涯中一件事（退休、畢業、搬遷等）的年份，是背景，不是任何計入項目的年度，未採用",
                              "the year of a step in your career (retiring, graduating, moving), background: no year of anything counted, so not used"),
               "age": ("您的年齡；這項計算沒有以年齡為準的輸入，未採用", "your age; no input of this calculation takes an age, so not used"),
               "zero_year_worry": ("您擔心的「有一年掛零」是展延的規定（第十條：六年中每年都須有積分），不是您的數字；這裡只計算您列出的活動",
                                   "the year at zero you are worried about is the renewal rule's (art. 10: credits in every one of the six "
                                   "years), not one of your figures; only the activities you listed are counted here"),
               "years_in_practice": ("您的執業年數；這項計算沒有以年數為準的輸入，未採用",
                                     "your years in practice; no input of this calculation takes them, so not used"),
               "rule_figure": ("規定本身的數字，您重述了它；不是您的數字，計算依規定", "the rule's own figure, restated: not one of your figures; the calculation applies the rule"),
               "options_asked": ("您在問題中列出的選項，不是輸入；答案見上面算出的結果", "options your question offers, not an input; the result above answers it"),
               "own_difference": ("您自己算的差距，不是輸入；請對照上面算出的結果", "a difference you worked out, not an input; compare it with the result above"),
               "other_key": ("所問項目以外的數字（例如另一個領域的個案），不屬於這項計算（見假設）",
                             "a figure of another item than the one asked about (another domain's cases, say): not part of this calculation (see the assumptions)"),
               "not_input": ("數的是這項計算沒有的項目（床位、機器、人員或編號），不是計算的一部分",
                             "not part of the calculation: it counts something no input of it takes (beds, machines, staff, or a number naming something)"),
               "excluded": ("您說這個數量不計入，未列入計算", "a count you said is not included: not used"),
               "background_year": ("開始任職的年份，是背景說明；這項計算沒有這樣的輸入，未採用",
                                   "the year a job began — background; no input of this calculation takes it, so not used"),
               "rule_date": ("規定本身的修正或公告日期，不是您的日期，未採用", "the regulation's own date (amended or published), not a date of yours: not used"),
               "year_none": ("您說這一年還沒有任何項目，沒有可計的，未列入計算", "a year you said has nothing in it yet: nothing to count, not used"),
               "condition_unmet": ("不符合規定對這項活動的條件，不計分（見假設）",
                                   "does not meet the condition the rule puts on that activity: not credited (see the assumptions)"),
               "time_ago": ("多久以前發生的事（時間），不是計算用的數字，未採用", "how long ago something happened (a time), not a figure of the calculation: not used"),
               "none_done": ("次數為 0：沒有這項活動，不計分", "a count of 0: none of that activity, nothing to count"),
               "left_out": ("您說先不計入的活動次數，不計分", "occasions of an activity you asked to leave out: not counted"),
               "term_length": ("約聘或任職期間的長度；計算依您給的工作天數，未採用",
                               "the length of their contract or post: the work days you gave are what count, so not used"),
               "not_attended": ("您說沒有參加（錯過、缺席或取消）的次數，不計分", "occasions you say you missed (not attended, skipped or cancelled): not counted"),
               "someone_else": ("別人的情形（不是您的數字），未列入計算", "someone else's case, not one of your figures: not used"),
               "calendar": ("關於曆法的說明（例如閏年），日期計算已依實際曆法，不是輸入", "a remark on the calendar (e.g. a leap year); the date arithmetic follows the real calendar, so it is no input"),
               "attribute": ("活動的長度，這類活動的積分不依長度計算，未採用", "how long the activity lasted; its credits do not depend on its length, so not used"),
               "days_by_hours": ("這場活動的天數；積分依您說的時數計算，天數未採用",
                                 "how many days the event took; it is credited by the hours you gave, so the day count is not used"),
               "bound_described": ("您對其中幾個數字的描述（高於或低於），已與您給的數字核對；計算用各個數字", "your description of some of the figures (over or under), checked against the figures you gave; the figures are used"),
               "unit_label": ("車輛、機器、診間或人員的編號（例如 2號乳攝車），是名稱不是數量，未列入計算",
                              "a number naming a van, machine, room or person (e.g. van No. 2): a name, not a quantity, not used"),
               "citation_ref": ("您引用的條文或款目編號，是標示，不是數量，未列入計算",
                                "a clause or item number you cite: a label, not a quantity, so not used"),
               "label": ("類別的名稱（例如 category 0/3/4/5），不是數量，未列入計算", "a category's name (e.g. category 0/3/4/5), not a quantity: not used"),
               "date_given_instead": ("只說到年份的日期；您之後給了另一個完整日期，計算以那個日期為準，未採用這個年份",
                                      "a date said only to its year; you then gave another full date, which the calculation uses instead — not used"),
               "period_named": ("重述所問的一整年（起訖日或起訖月），不是數量，未列入計算",
                                "the first and last day (or month) of the year the figures are for, restated: not a quantity, not used"),
               "month_named": ("月份（什麼時候），不是數量，未列入計算", "a month of the year (when), not a quantity: not used"),
               "year_span": ("一段年度的起訖年（數字所屬的期間），不是數量，未列入計算",
                             "the first or last year of a span of years (when the figures fall), not a quantity: not used"),
               "range_end": ("範圍的另一端；在這個範圍內結論都相同（見假設）",
                             "the other end of a range; the verdict is the same across it (see the assumptions)"),
               "day_reckoned_to": ("年資算到的日期，已用於計算年數，不是另一個數字", "the date the years are reckoned to, used to work them out; no figure of its own"),
               "date_reckoned_to": ("年資算到的日期（今年），已用於計算年數，不是另一個數字", "the date the years are reckoned to (this year), used to work them out; no figure of its own"),
               "year_of_figures": ("數字所屬的年度；這項計算與年度無關，未採用",
                                   "the year the figures are for; this calculation does not depend on the year, so not used")}


def unsure_correction(clauses: list[str], lang: str, unplaced: list[str] | None = None) -> str:
    """The line asking which figure or fact a correction that is itself unsure means ("5 次，不對，好像是 6 次還是 7 次"); for a
    correction pointing at a figure that cannot be told (`unplaced`: "the 100 should be 90" of five 100s), which figure."""
    if unplaced and set(clauses) <= set(unplaced):
        if lang == "en":
            said = ", ".join(f"\u201c{c}\u201d" for c in clauses)
            return (f"You corrected a figure in {said}, but which of the figures you gave it replaces cannot be told for certain "
                    "(the place or the figure it names matches no single one of them). Which figure is it? I do not pick one for you.")
        said = "、".join(f"「{c}」" for c in clauses)
        return f"您在{said}更正了一個數字，但無法確定它更正的是您列出的哪一個數字（所說的位置或原數字對不上唯一的一個）：請問是哪一個？我不替您選。"
    if lang == "en":
        said = ", ".join(f"\u201c{c}\u201d" for c in clauses)
        return f"You corrected yourself in {said}, but the correction itself is not certain. Which is it? I do not pick one for you."
    said = "、".join(f"「{c}」" for c in clauses)
    return f"您在{said}更正了說法，但更正後的內容不確定：請問確切是哪一個？我不替您選。"


def unused_item(words: str, why: str, lang: str) -> str:
    """One `unused` entry: the words and why they were not used."""
    zh, en = _UNUSED_WHY.get(why, (why, why))
    if why == "instruction":  # never repeat an injected figure, not even to refuse it
        return "問題中要求改變結果的指示（不是事實，未採用）" if lang == "zh-TW" else "a request to change the result (not a fact; not used)"
    return f"「{words}」：{zh}" if lang == "zh-TW" else f"\u201c{words}\u201d: {en}"


# the fact of a total the person said as a bound, checked (bot/ledger.py: "your total (> 600), checked")
_TOTAL_BOUND_FACT = re.compile(r"your total \((>=|<=|>|<) [\d.]+\), checked$")


# ledger facts of figures another part of the same message computed with (bot/ledger.py)
OTHER_PART_FACTS = ("another part", "read by another part")


def reading_line(reading: list[dict[str, Any]], lang: str, unused: list[str] | None = None, limit: int = 10) -> str:
    """"我的理解：「月會 5 次」→ 5；…": the words each fact was read from, shown before the steps."""
    seen: list[str] = []
    elsewhere = False
    for r in reading:
        if not r.get("text"):
            continue
        if str(r.get("fact", "")).startswith(OTHER_PART_FACTS):
            elsewhere = True  # another part's figure: that part's reading shows it, never this one's as if read here
            continue
        value = r["value"]
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        item = f"「{r['text']}」→ {value}" if lang == "zh-TW" else f"\u201c{r['text']}\u201d \u2192 {value}"
        bound = _TOTAL_BOUND_FACT.match(str(r.get("fact", "")))
        if bound is not None:  # "加起來有過600": the person's total said as a bound, checked against the items' sum
            side = {">=": "≥", "<=": "≤"}.get(bound.group(1), bound.group(1))
            item = (f"「{r['text']}」→ 合計 {side} {value}（與各項相加核對相符）" if lang == "zh-TW" else
                    f"\u201c{r['text']}\u201d \u2192 total {side} {value} (checked against the items)")
        if item not in seen:
            seen.append(item)
    tail = ""
    if elsewhere and seen:
        tail = "（其餘數字屬其他題）" if lang == "zh-TW" else " (the other figures belong to the other part)"
    if unused:
        tail += ("\n我沒有用到：" + "；".join(unused)) if lang == "zh-TW" else ("\nNot used: " + "; ".join(unused))
    if not seen:
        return tail.strip()
    more = len(seen) - limit
    shown = "；".join(seen[:limit]) if lang == "zh-TW" else "; ".join(seen[:limit])
    if more > 0:
        shown += f"（另 {more} 項）" if lang == "zh-TW" else f" (+{more} more)"
    return ("我的理解：" if lang == "zh-TW" else "How I read it: ") + shown + tail


def render_calculation(headlines: list[str], steps: list[str], measures: list[str], assumptions: list[str],
                       citations: list[Citation], lang: str, reading: str = "") -> str:
    zh = lang == "zh-TW"
    parts = ["\n".join(headlines), reading]
    if steps:
        parts.append(("計算步驟：" if zh else "Steps:") + "\n" + "\n".join(f"{i}. {s}" for i, s in enumerate(steps, 1)))
    if measures:
        parts.append(("輔導措施（原文）：" if zh else "Measures:") + "\n" + "\n".join(f"- {m}" for m in measures))
    if assumptions:
        parts.append(("假設：" if zh else "Assumptions:") + "\n" + "\n".join(f"- {a}" for a in assumptions))
    parts.append(render_citations(citations, lang))
    return "\n\n".join(p for p in parts if p)


def render_citations(citations: list[Citation], lang: str) -> str:
    if not citations:
        return ""
    head = "依據：" if lang == "zh-TW" else "Sources:"
    return head + "\n" + "\n".join(f"[{i}] {c.label}（{c.id}）：「{c.quote}」" if lang == "zh-TW" else
                                   f"[{i}] {c.label} ({c.id}): “{c.quote}”" for i, c in enumerate(citations, 1))


def render_retrieval(citations: list[Citation], lang: str, lead: str) -> str:
    """The direct first line (bot.rules_answer), then the clauses that say so, quoted."""
    zh = lang == "zh-TW"
    head = "條文原文：" if zh else "What the rules say (quoted in the original Chinese):"
    body = "\n".join((f"{i}. {c.label}：\n「{c.quote}」" if zh else f"{i}. {c.label} ({c.id}):\n“{c.quote}”")
                     for i, c in enumerate(citations, 1))
    return f"{lead}\n\n{head}\n{body}"


def render_clarify(what_zh: str, what_en: str, questions: list[str], problems: list[str], lang: str) -> str:
    zh = lang == "zh-TW"
    parts = []
    if problems:
        parts.append(("無法用這些數字計算：" if zh else "I can't calculate with these figures:") + "\n" +
                     "\n".join(f"- {p}" for p in problems))
    if questions:
        parts.append((f"要計算{what_zh}，還需要以下資料：" if zh else f"To work out {what_en}, I still need:") + "\n" +
                     "\n".join(f"{i}. {q}" for i, q in enumerate(questions, 1)))
    parts.append("請直接回覆，我會接著算。" if zh else "Just reply with these and I'll finish the calculation.")
    return "\n\n".join(parts)


def render_out_of_scope(reason: str, lang: str) -> str:
    zh = lang == "zh-TW"
    if reason in POINTERS:
        zh_pointer, en_pointer = POINTERS[reason]
        lead = (("這個問題不屬於我收錄的三份規定（外科醫學會繼續教育積分、介入放射線學會指導老師認證、"
                 "乳房 X 光攝影醫療機構後續審查），我不會拿這些規定來回答它。" + zh_pointer) if zh else
                ("This question is not about the three regulations I cover, and I will not stretch them to answer it. "
                 + en_pointer))
    elif reason == "empty":
        lead = "沒有收到問題內容。請用文字提出問題。" if zh else "I didn't receive a question. Please type your question."
    elif reason in ("other_society", "other_specialty", "other_body"):
        lead = ("這個問題涉及其他學會、其他專科或其他機關的規定，不在我收錄的規定範圍內，我無法回答；請洽該單位。" if zh else
                "This is about another society's, specialty's or authority's rules, which I do not have; please ask that body.")
    elif reason == "other_screening":
        lead = ("這個問題是關於其他篩檢項目，不在我收錄的規定範圍內（我只有乳房 X 光攝影醫療機構後續審查的規定）。" if zh else
                "This is about another screening programme, which the regulations I cover do not address (I only have the mammography facility review).")
    elif reason == "clinical":
        lead = ("這是臨床醫療問題，不在我收錄的規定範圍內；我只回答規定的內容。" if zh else
                "This is a clinical question; I only answer what the regulations say.")
    elif reason == "unlike_ours":
        lead = ("這個問題看來不是關於我收錄的三份規定，我不會拿這些規定來回答它；若它其實是問其中一份，請寫明是哪一份、哪一項再問一次。" if zh else
                "This question does not look like one about the three regulations I cover, so I will not stretch them to answer "
                "it; if it is about one of them, please ask again naming which one and what.")
    elif reason == "injection":
        lead = ("我只依據收錄的規定條文與計算工具回答，無法依指示改變規則或說出未經計算的數字。" if zh else
                "I answer only from the regulations and the calculators, and cannot change the rules or state figures on request.")
    else:
        lead = "這個問題不在我能回答的範圍內。" if zh else "This question is outside what I can answer."
    return f"{lead}\n\n{COVERAGE_ZH if zh else COVERAGE_EN}"
