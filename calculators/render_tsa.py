"""The TSA CME calculators' results in words (台灣外科醫學會繼續教育積分認定辦法)."""

from __future__ import annotations

import re

from calculators.common import fmt
from calculators.render import Renderer, join
from calculators.tsa_cme import PARTS, TsaCreditTallyInput, TsaCreditTallyResult, TsaRenewalCheckInput, TsaRenewalCheckResult

# The words naming a part of the tally in the asking clause ("發表能拿幾分", "論文這塊算多少", "how much for the papers?"):
# papers before presentations ("發表論文" is a paper; "論文演講" a presentation); a case report (病例報告) is no presentation
PART_WORDS: tuple[tuple[str, str], ...] = (
    ("papers", r"論文(?!\s*(?:演講|演讲|口頭|口头|壁報|壁报))|论文(?!\s*(?:演讲|口头|壁报))|\bpapers?\b|\barticles?\b|"
               r"\bpublications?\b|\bpubs?\b|期刊|\bjournals?\b"),
    ("presentations", r"發表|发表|口頭|口头|壁報|壁报|海報|海报|(?<!病例)(?<!案例)(?<!個案)(?<!个案)(?<!病例)報告|"
                      r"(?<!病例)(?<!案例)(?<!个案)报告|\borals?\b|\be-?posters?\b|\bposters?\b|\bpresentations?\b|\bpresenting\b"),
    ("attendance", r"出席|與會|与会|開會|开会|\battendance\b|\battending\b"),
    ("speaking", r"講者|讲者|演講者|演讲者|\bspeaker\b|\bspeaking\b"),
    ("courses", r"ATLS|課程|课程|\bcourses?\b"),
    ("training", r"進修|进修|訓練|训练|\btraining\b|\bfellowship\b"),
)
_ASKS = re.compile(r"幾|几|多少|\bhow (?:many|much)\b|\bwhat (?:do|does|would|will|can|could|is|are)\b|\bworth\b|"
                   r"\b(?:credits?|points?)\s*$", re.IGNORECASE)
# the whole asked ("一共幾分", "出席加發表總共", "in total"): no part
_WHOLE = re.compile(r"一共|總共|总共|合計|合计|總計|总计|加起來|加起来|全部|通通|總分|总分|\+|加上|\btotal\b|\baltogether\b|"
                    r"\boverall\b|\bin all\b|\bcombined\b|\bplus\b", re.IGNORECASE)
_CLAUSES = re.compile(r"[，,。；;？?！!\n:：]|(?<=[a-z])\.(?=\s|$)")


def parts_asked(question: str) -> set[str]:
    """The parts of the tally the asking clause of the question names, none where it asks the whole ("一共") or states
    figures (a clause with a number lists activities; it does not ask a part of them)."""
    for clause in reversed(_CLAUSES.split(question)):
        if not _ASKS.search(clause):
            continue
        if re.search(r"\d|[一二兩两三四五六七八九十](?:篇|次|場|场|張|张)", clause) or _WHOLE.search(clause):
            return set()
        named = {part: {m.group(0) for m in re.finditer(words, clause, re.IGNORECASE)} for part, words in PART_WORDS}
        if named["papers"] and named["presentations"] <= {"發表", "发表"}:
            named["presentations"] = set()  # "發表論文的部分": the papers published (5.7, 5.8), no presentation
        return {part for part, said in named.items() if said}
    return set()


class CreditTallyRenderer(Renderer[TsaCreditTallyInput, TsaCreditTallyResult]):
    def headline(self, args: TsaCreditTallyInput, result: TsaCreditTallyResult, lang: str) -> str:
        zh = lang == "zh-TW"
        text = f"積分合計 {result.total} 分。" if zh else f"Total: {result.total} credits."
        years = result.by_year
        named = [k for k in years if k.isdigit()]
        if len(years) > 1 or named:
            parts = [f"{k} 年 {v} 分" if zh else f"{k}: {v}" for k, v in years.items() if k.isdigit()]
            parts += [f"未註明年度 {v} 分" if zh else f"year not given: {v}" for k, v in years.items() if not k.isdigit()]
            text += ("（各年度：" + "；".join(parts) + "）") if zh else (" By year: " + "; ".join(parts) + ".")
        return text

    def part_asked(self, args: TsaCreditTallyInput, result: TsaCreditTallyResult, question: str, lang: str) -> str:
        zh = lang == "zh-TW"
        asked = [p for p in PARTS if p in parts_asked(question) and p in result.by_part]
        if not asked or set(result.by_part) <= set(asked):
            return ""
        names = [(PARTS[p][1] if zh else PARTS[p][2], result.by_part[p]) for p in asked]
        if zh:
            return "您問的部分：" + "、".join(f"{n} {fmt(v)} 分" for n, v in names) + "（其他活動另計，合計如下）。"
        return "The part you ask about: " + ", ".join(f"{n}: {fmt(v)} credits" for n, v in names) + \
            " (your other activities are counted apart; the total follows)."


class RenewalCheckRenderer(Renderer[TsaRenewalCheckInput, TsaRenewalCheckResult]):
    def favourable(self, args: TsaRenewalCheckInput, result: TsaRenewalCheckResult) -> bool | None:
        return result.eligible

    def headline(self, args: TsaRenewalCheckInput, result: TsaRenewalCheckResult, lang: str) -> str:
        zh = lang == "zh-TW"
        r = result
        if r.eligible:
            return (f"可以申請展延：六年合計 {r.total} 分，已達 {r.required} 分，且沒有積分為零的年度。" if zh else
                    f"Yes, the certificate can be renewed: {r.total} credits in six years (required {r.required}), "
                    "no year with zero credits.")
        reasons = []
        if r.shortfall:
            reasons.append(f"六年合計 {r.total} 分，未達 {r.required} 分，還差 {r.shortfall} 分" if zh else
                           f"{r.total} credits in six years, below the required {r.required} (short by {r.shortfall})")
        if r.zero_years:
            years = join([str(y) for y in r.zero_years], lang)
            reasons.append(f"第 {years} 年積分為零（每年之積分不得有零分）" if zh else
                           f"year(s) {years} had zero credits (no year may have zero)")
        return ("尚不符合展延條件：" + "；".join(reasons) + "。") if zh else ("Not yet eligible for renewal: " + "; ".join(reasons) + ".")
