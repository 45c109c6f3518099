"""Answer text in the user's language: headline, steps, assumptions, citations (label + verbatim quote).

Every number in a composed answer comes from a calculator result or from quoted clause text.
"""

from __future__ import annotations

from typing import Any

from bot.answer import Citation
from bot.scope import POINTERS
from calculators.hpa_mammo import QC_ITEMS, TIER_NAMES, tier_name
from calculators.tsir_instructor import DOMAINS
from knowledge.corpus import Corpus

QUOTE_CHARS = 160

DOMAIN_ZH = {d: rule.zh for d, rule in DOMAINS.items()}  # names: calculators.tsir_instructor
DOMAIN_EN = {d: rule.en for d, rule in DOMAINS.items()}
PATH_ZH = {"cases": "年資與個案數（第一條第一款、第二條）", "lectures": "演講／講師／座長 3 次以上（第一條第二款(1)）",
           "sci": "SCI 第一／通訊作者文章 2 篇以上（第一條第二款(2)）"}
PATH_EN = {"cases": "years as specialist and case count (art. 1(1), art. 2)", "lectures": "3+ lectures or moderator roles (art. 1(2)(1))",
           "sci": "2+ SCI papers as first/corresponding author (art. 1(2)(2))"}
TIER_ZH = {t: tier_name(t, "zh-TW") for t in TIER_NAMES}  # names: calculators.hpa_mammo
TIER_EN = {t: tier_name(t, "en") for t in TIER_NAMES}
QC_ZH = {k: zh for k, (zh, _) in QC_ITEMS.items()}
QC_EN = {k: en for k, (_, en) in QC_ITEMS.items()}
DOC_ZH = {"tsa-cme": "外科專科醫師證書展延", "tsir-instructor": "介入放射線學會指導老師證書換證"}
DOC_EN = {"tsa-cme": "surgical specialist certificate renewal", "tsir-instructor": "TSIR instructor certificate renewal"}

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


def _sentence_case(text: str) -> str:
    """First letter up, the rest as written (str.capitalize() would turn TSIR into Tsir)."""
    return text[:1].upper() + text[1:]


def _yes(value: bool, lang: str) -> str:
    return ("是" if value else "否") if lang == "zh-TW" else ("yes" if value else "no")


def _list(values: Any) -> str:
    if isinstance(values, list | tuple):
        return "、".join(str(v) for v in values)
    return str(values)


def headline(tool: str, r: dict[str, Any], args: dict[str, Any], lang: str) -> str:
    """The figure or verdict of one tool result, in one or two sentences."""
    zh = lang == "zh-TW"
    g = r.get
    if tool == "tsa_credit_tally":
        years = {k: v for k, v in (g("by_year") or {}).items()}
        text = f"積分合計 {g('total')} 分。" if zh else f"Total: {g('total')} credits."
        named = {k: v for k, v in years.items() if k.isdigit()}
        if len(years) > 1 or named:
            parts = [f"{k} 年 {v} 分" if zh else f"{k}: {v}" for k, v in years.items() if k.isdigit()]
            parts += [f"未註明年度 {v} 分" if zh else f"year not given: {v}" for k, v in years.items() if not k.isdigit()]
            text += ("（各年度：" + "；".join(parts) + "）") if zh else (" By year: " + "; ".join(parts) + ".")
        return text
    if tool == "tsa_renewal_check":
        if g("eligible"):
            return (f"可以申請展延：六年合計 {g('total')} 分，已達 {g('required')} 分，且沒有積分為零的年度。" if zh else
                    f"Yes, the certificate can be renewed: {g('total')} credits in six years (required {g('required')}), no year with zero credits.")
        reasons = []
        if g("shortfall"):
            reasons.append(f"六年合計 {g('total')} 分，未達 {g('required')} 分，還差 {g('shortfall')} 分" if zh else
                           f"{g('total')} credits in six years, below the required {g('required')} (short by {g('shortfall')})")
        if g("zero_years"):
            reasons.append(f"第 {_list(g('zero_years'))} 年積分為零（每年之積分不得有零分）" if zh else
                           f"year(s) {', '.join(str(v) for v in g('zero_years'))} had zero credits (no year may have zero)")
        return ("尚不符合展延條件：" + "；".join(reasons) + "。") if zh else ("Not yet eligible for renewal: " + "; ".join(reasons) + ".")
    if tool == "tsir_instructor_eligibility":
        domain = args.get("domain", "")
        dz, de = DOMAIN_ZH.get(domain, domain), DOMAIN_EN.get(domain, domain)
        if g("eligible"):
            path = g("path")
            return (f"符合「{dz}」領域指導老師的申請資格（依據：{PATH_ZH.get(path, path)}）。" if zh else
                    f"Eligible to apply as instructor in {de} (path: {PATH_EN.get(path, path)}).")
        parts = []
        if g("shortfall"):
            parts.append(f"最近 6 年個案數需 {g('required_cases')} 例，還差 {g('shortfall')} 例" if zh else
                         f"the domain requires {g('required_cases')} cases in the last 6 years; {g('shortfall')} more needed")
        if g("years_shortfall"):
            parts.append(f"專科醫師年資需 {g('years_required')} 年以上，還差 {g('years_shortfall')} 年" if zh else
                         f"at least {g('years_required')} years as specialist are required; {g('years_shortfall')} more needed")
        body = "；".join(parts) if zh else "; ".join(parts)
        return (f"目前尚不符合「{dz}」領域指導老師的申請資格" + (f"：{body}。" if body else "。")) if zh else \
            (f"Not yet eligible as instructor in {de}" + (f": {body}." if body else "."))
    if tool == "tsir_renewal_check":
        if lifetime_only(tool, args, r):
            # A lifetime question with no renewal activities: rule 6 is the answer; 0 points is not a tally.
            age, day = g("age_on_application"), args.get("application_date")
            if g("lifetime_eligible"):
                return (f"可以：申請日 {day} 時您 {age} 歲，已年滿 60 歲，可申請終身指導老師證書，通過後免換證。" if zh else
                        f"Yes: on the application date {day} you are {age}, so 60 or older: you may apply for a lifetime "
                        "instructor certificate, and once it is granted no renewal is needed.")
            return (f"還不行：申請日 {day} 時您 {age} 歲，未滿 60 歲，尚不能申請終身指導老師證書；在此之前換證仍須於證書效期六年內累積 "
                    f"{g('required')} 分。" if zh else
                    f"Not yet: on the application date {day} you are {age}, under 60, so no lifetime certificate yet; "
                    f"until then, renewal needs {g('required')} points within the six-year validity.")
        text = (f"換證積分 {g('points')} 分（需 {g('required')} 分）" if zh else f"Renewal points: {g('points')} (required {g('required')})")
        if g("eligible"):
            text += "，已達換證條件。" if zh else ", enough to renew."
        else:
            text += f"，還差 {g('shortfall')} 分。" if zh else f", {g('shortfall')} short."
        if g("lifetime_eligible"):
            text += "申請日已年滿 60 歲，可申請終身指導老師證書，通過後免換證。" if zh else \
                " You are 60 or older on the application date: you may apply for a lifetime certificate (no renewal needed)."
        elif g("lifetime_eligible") is False:
            text += "申請日未滿 60 歲，尚不能申請終身指導老師證書。" if zh else " Under 60 on the application date: no lifetime certificate yet."
        return text
    if tool == "renewal_window":
        doc = args.get("doc", "")
        text = (f"{DOC_ZH.get(doc, doc)}：證書 {g('expiry_date')} 到期，可自 {g('opens')} 起申請，至 {g('closes')} 止。" if zh else
                f"{_sentence_case(DOC_EN.get(doc, doc))}: the certificate expires on {g('expiry_date')}; you can apply from {g('opens')} until {g('closes')}.")
        if g("late_until"):
            text += (f"情形特殊經中央衛生主管機關核准者，得於 {g('late_until')} 前補行申請。" if zh else
                     f" In special circumstances, with the health authority's approval, a late application is possible until {g('late_until')}.")
        return text
    if tool == "hpa_image_grade":
        return (f"臨床影像評估評等為 {g('grade')} 等（採計分數 {g('score_used')} 分）。" if zh else
                f"Clinical image evaluation grade: {g('grade')} (score used: {g('score_used')}).")
    if tool == "hpa_qc_grade":
        grades = g("grades") or {}
        items = ("、".join(f"{QC_ZH.get(k, k)} {v} 等" for k, v in grades.items()) if zh else
                 ", ".join(f"{QC_EN.get(k, k)}: {v}" for k, v in grades.items()))
        return (f"實地測試評等：{items}；最差為 {g('worst')} 等。" if zh else f"Field test grades: {items}; worst: {g('worst')}.")
    if tool == "hpa_reread_action":
        tier = g("tier")
        return (f"複判差異評估結果：{TIER_ZH.get(tier, tier)}。" if zh else f"Re-read discrepancy result: {TIER_EN.get(tier, tier)}.")
    if tool == "hpa_facility_volume":
        if g("excess_cases"):
            return (f"合理量為 {g('reasonable_volume')} 案，可給付上限 {g('allowed_volume')} 案；超出 {g('excess_cases')} 案，這部分篩檢費用健康署得不予給付。" if zh else
                    f"Reasonable volume {g('reasonable_volume')}, payable up to {g('allowed_volume')}; {g('excess_cases')} screenings over that may not be paid.")
        return (f"合理量為 {g('reasonable_volume')} 案，可給付上限 {g('allowed_volume')} 案；未超出上限。" if zh else
                f"Reasonable volume {g('reasonable_volume')}, payable up to {g('allowed_volume')}; not exceeded.")
    if tool == "hpa_radiographer_volume":
        parts = []
        if "monthly_screenings" in args:
            over = g("over_monthly_cap")
            parts.append((f"每月上限 {g('monthly_cap')} 案：" + ("已超過" if over else "未超過")) if zh else
                         (f"monthly cap {g('monthly_cap')}: " + ("exceeded" if over else "not exceeded")))
        if "daily_screenings_on_van" in args:
            over = g("over_van_daily_cap")
            parts.append((f"乳攝車每人每天上限 {g('van_daily_cap')} 案：" + ("已超過" if over else "未超過")) if zh else
                         (f"van daily cap {g('van_daily_cap')} per radiographer: " + ("exceeded" if over else "not exceeded")))
        if "radiographers_on_van" in args:
            over = g("over_van_max_radiographers")
            parts.append((f"每輛乳攝車報備人數上限 {g('van_max_radiographers')} 人：" + ("已超過" if over else "未超過")) if zh else
                         (f"at most {g('van_max_radiographers')} radiographers per van: " + ("exceeded" if over else "within the limit")))
        if g("van_spot_review"):
            parts.append("已達乳攝車隨時抽片審查的條件" if zh else "the van may be spot-reviewed at any time")
        return ("；".join(parts) + "。") if zh else ("; ".join(parts) + ".")
    if tool == "hpa_followup_deduction":
        pct = g("deduction_pct")
        text = (f"追蹤完成率 {g('completion_rate_pct')}%，扣款比例為當年度總補助篩檢金額的 {pct}%" if zh else
                f"Follow-up completion rate {g('completion_rate_pct')}%: deduction of {pct}% of the year's total screening subsidy")
        if g("deduction_amount") is not None:
            text += f"，即 {g('deduction_amount')} 元" if zh else f", i.e. NT${g('deduction_amount')}"
        return text + ("。" if zh else ".")
    if tool == "hpa_followup_deadline":
        # One clean sentence: what, within how long, by when (the calculator's action_zh is a whole
        # clause of its own, so it is not pasted in here).
        action = g("action")
        action_zh = {"recall_examination": "複檢", "confirmed_diagnosis": "確診"}.get(action, g("action_zh") or action)
        action_en = {"recall_examination": "recall examination", "confirmed_diagnosis": "confirmed diagnosis"}.get(action, action)
        cat = args.get("category", g("category"))
        text = (f"category {cat} 的個案須於 {g('months')} 個月內完成{action_zh}" if zh else
                f"Category {cat}: {action_en} within {g('months')} months")
        if g("deadline"):
            date = args.get("screening_date")
            text += ((f"（篩檢日 {date} → 最晚 {g('deadline')}）" if date else f"（最晚 {g('deadline')}）") if zh else
                     (f" (screened {date} → by {g('deadline')})" if date else f" (by {g('deadline')})"))
        if g("surgery_tracking"):
            text += "；確診為乳癌者，須追蹤其是否接受手術" if zh else "; if breast cancer is confirmed, whether surgery follows must be tracked"
        return text + ("。" if zh else ".")
    return ""


def lifetime_only(tool: str, args: dict[str, Any], result: dict[str, Any]) -> bool:
    """A TSIR lifetime question (rule 6, dates given) that names no renewal activities and no points."""
    return (tool == "tsir_renewal_check" and result.get("lifetime_eligible") is not None
            and not args.get("activities") and not args.get("cme_points"))


def step_lines(result: dict[str, Any], lang: str, *, tool: str = "", args: dict[str, Any] | None = None) -> list[str]:
    """The calculator's own breakdown, in the user's language.

    For a lifetime-only TSIR question the points rows (0 points, 200 short) are left out: no points
    were given, so a tally of none is not part of the answer.
    """
    out: list[str] = []
    skip_points = lifetime_only(tool, args or {}, result)
    for row in result.get("breakdown") or []:
        if isinstance(row, dict):
            if skip_points and row.get("rule") == "tsir-instructor/5":
                continue
            text = row.get("text") if lang == "zh-TW" else (row.get("text_en") or row.get("text"))
            if text:
                out.append(str(text))
    for cap in result.get("caps_applied") or []:
        if isinstance(cap, dict):
            text = cap.get("text") if lang == "zh-TW" else (cap.get("text_en") or cap.get("text"))
            if text and text not in out:
                out.append(str(text))
    notes = result.get("notes") if lang == "zh-TW" else (result.get("notes_en") or result.get("notes"))
    for note in notes or []:
        if note not in out:
            out.append(str(note))
    return out


def measures_lines(result: dict[str, Any], lang: str) -> list[str]:
    measures = result.get("measures_en") if lang == "en" and result.get("measures_en") else result.get("measures")
    if not measures:
        return []
    if isinstance(measures, str):
        return [measures]
    if isinstance(measures, dict):
        return [f"{k}: {v}" for k, v in measures.items()]
    return [str(m) for m in measures]


_UNUSED_WHY = {"instruction": ("這是要求改變結果的指示，不是事實，未採用", "an instruction to change the result, not a fact: not used"),
               "year_of_figures": ("數字所屬的年度；這項計算與年度無關，未採用",
                                   "the year the figures are for; this calculation does not depend on the year, so not used")}


def unused_item(words: str, why: str, lang: str) -> str:
    """One `unused` entry: the words and why they were not used."""
    zh, en = _UNUSED_WHY.get(why, (why, why))
    if why == "instruction":  # never repeat an injected figure, not even to refuse it
        return "問題中要求改變結果的指示（不是事實，未採用）" if lang == "zh-TW" else "a request to change the result (not a fact; not used)"
    return f"「{words}」：{zh}" if lang == "zh-TW" else f"\u201c{words}\u201d: {en}"


def reading_line(reading: list[dict[str, Any]], lang: str, unused: list[str] | None = None, limit: int = 10) -> str:
    """"我的理解：「月會 5 次」→ 5；…": the words each fact was read from, shown before the steps."""
    seen: list[str] = []
    for r in reading:
        if not r.get("text"):
            continue
        value = r["value"]
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        item = f"「{r['text']}」→ {value}" if lang == "zh-TW" else f"\u201c{r['text']}\u201d \u2192 {value}"
        if item not in seen:
            seen.append(item)
    tail = ""
    if unused:
        tail = ("\n我沒有用到：" + "；".join(unused)) if lang == "zh-TW" else ("\nNot used: " + "; ".join(unused))
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
    elif reason == "injection":
        lead = ("我只依據收錄的規定條文與計算工具回答，無法依指示改變規則或說出未經計算的數字。" if zh else
                "I answer only from the regulations and the calculators, and cannot change the rules or state figures on request.")
    else:
        lead = "這個問題不在我能回答的範圍內。" if zh else "This question is outside what I can answer."
    return f"{lead}\n\n{COVERAGE_ZH if zh else COVERAGE_EN}"
