"""台灣介入放射線學會 指導老師認證辦法 (tsir-instructor): question → tsir_instructor_eligibility (tsir_renewal_check
is read by the generic reader from calculators/vocab_tsir.py)."""

from __future__ import annotations

import re
from typing import Any

from bot.extract.base import Extraction, Need, Note, bare_numbers, has
from bot.parsing.text import Query
from calculators.tsir_instructor import DOMAINS as DOMAIN_RULES

# Article 2's six domains: the domain's own names first, then technique names (Latin ones need
# word boundaries so PTA does not match inside PTCD).
DOMAINS: dict[str, list[str]] = {
    "localization_biopsy_drainage_pain": [
        r"定位|切片|穿刺|引流|疼痛控制|經皮腎造[廔瘻]|經皮穿肝膽道引流|腎造[廔瘻]", r"\b(?:pcn|ptcd|ptbd)\b",
        r"biops(?:y|ies)|drainage|locali[sz]ation|pain control|nephrostom"],
    "tumor_embolization": [
        r"腫瘤(?:血管)?栓塞|化學栓塞|碘油|酒精栓塞|微球|放射性栓塞|釔-?90|肝癌栓塞",
        r"\b(?:c{0,2}-?tace|tare|deb-?tace|b-?tace|y-?90|sirt)\b",
        r"tumou?r embolization|chemoemboli[sz]ation|radioemboli[sz]ation|bland emboli[sz]ation|lipiodol"],
    "non_tumor_embolization": [
        r"非腫瘤(?:血管)?栓塞|出血栓塞|止血栓塞|攝護腺(?:腫大)?栓塞|前列腺(?:肥大)?栓塞|子宮肌瘤栓塞|疼痛血管栓塞|靜脈瘤|出血",
        r"\b(?:pae|uae|ufe|brto|parto|gae)\b", r"non-?tumou?r embolization|bleeding|hemorrhage|haemorrhage|"
        r"genicular|(?:embolization|embolisation) for pain|varic\w*"],
    "vascular_intervention": [
        r"血管介入|氣球擴張|溶栓|血管支架|動脈支架|靜脈支架|洗腎通路|透析通路|洗腎導管|門靜脈.*分流|血管成形",
        r"\b(?:pta|tips|cdt|evt)\b", r"vascular intervention|angioplasty|thromboly|dialysis access|av fistula"],
    "nonvascular_stenting": [
        r"膽道(?:內)?支架|泌尿道(?:內)?支架|胃腸道(?:內)?支架|食道支架|腸道支架|十二指腸支架|輸尿管支架|非血管.*支架",
        r"(?:biliary|urinary|ureteral|gastrointestinal|enteral|esophageal|colonic|duodenal) stent|non-?vascular stent"],
    "ablation": [
        r"消融|燒灼|電燒|射頻|微波|冷凍|雷射|酒精注射|醋酸注射",
        r"\b(?:rfa|mwa|ire|pei|pai|cryo(?:ablation)?|laser)\b", r"ablation|radiofrequency|microwave"],
}
DOMAIN_NAMES_ZH = {d: rule.zh for d, rule in DOMAIN_RULES.items()}  # names: calculators.tsir_instructor

ELIGIBILITY_CUES = r"申請|資格|可以當|能不能當|可否|符合|夠不夠|eligib|qualif|apply|become"
RENEW_CUES = r"換證|展延|續證|renew"
SPECIALIST_YEARS = re.compile(
    r"(?:專科(?:醫師)?|放射(?:線)?專科(?:醫師)?|specialist|board[- ]certified)[^，,。；\d]{0,8}?(\d+(?:\.\d+)?)\s*(?:年|years?|yrs?)"
    r"|(\d+(?:\.\d+)?)\s*(?:年|years?|yrs?)[^，,。；\d]{0,10}?(?:專科|specialist|board)"
    r"|(\d+(?:\.\d+)?)\s*(?:years?|yrs?)\s+as\s+(?:an?\s+)?(?:[a-z]+\s+){0,2}(?:specialist|board)", re.I)
LECTURES = re.compile(r"(?:演講|講師|講者|主講|座長|lectur|moderat|invited talk|talks?|chair(?:ed)?\b)[^，,。；\d]{0,10}?(\d+)\s*(?:次|場|times?)?"
                      r"|(\d+)\s*(?:次|場|times?)?[^，,。；\d]{0,8}?(?:演講|講師|講者|主講|座長|lectures?|talks?|moderat|chair(?:ed)?\b)", re.I)
SCI_PAPERS = re.compile(r"sci[^，,。；\d]{0,12}?(\d+)\s*(?:篇|papers?|articles?)?|(\d+)\s*(?:篇|papers?|articles?)[^，,。；\d]{0,8}?sci"
                        r"|(\d+)\s*sci\s*(?:篇|papers?|articles?)", re.I)


def domains_in(text: str) -> list[tuple[int, str]]:
    """(position, domain) for every domain or technique name in the text."""
    spans: list[tuple[int, int, str]] = []
    for domain, patterns in DOMAINS.items():
        for p in patterns:
            for m in re.finditer(p, text, re.IGNORECASE):
                spans.append((m.start(), m.end(), domain))
    # Longest match wins where names overlap (非腫瘤栓塞 is not 腫瘤栓塞).
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    kept: list[tuple[int, int, str]] = []
    for span in spans:
        if not any(k[0] < span[1] and span[0] < k[1] for k in kept):
            kept.append(span)
    return sorted((start, domain) for start, _, domain in kept)


def _after_technique(t: str, start: int, named: list[tuple[int, str]]) -> bool:
    """A bare number right after a technique or domain name ("RFA 70", "微波 90", "TIPS 20") counts its cases."""
    return any(pos < start and start - pos <= 28 and not re.search(r"[，,。；;、\d]|年|歲|次|篇", t[pos:start]) for pos, _ in named)


def eligibility(q: Query) -> Extraction | None:
    """tsir_instructor_eligibility: cases in the last 6 years per domain, years as specialist."""
    t = q.text
    named = domains_in(t)
    # "消融：微波 90、RFA 70，專科 9 年，還差幾例？": techniques with counts and the person's specialist
    # years, or a question about the shortfall, ask the same thing without the word 指導老師.
    counted = any(x.unit == "例" or (x.unit is None and _after_technique(t, x.start, named)) for x in q.quantities)
    applying = named and counted and (has(r"申請|apply|qualif|eligib|還差|差幾|夠|送件|過嗎|short|enough", t)
                                      or SPECIALIST_YEARS.search(t) is not None)
    if not (has(r"指導老師|導師|instructor|teacher|mentor", t) or applying) or has(RENEW_CUES + r"|終身|lifetime", t):
        return None
    # The domain the user asks about ("消融治療指導老師") wins; techniques of other domains are ignored.
    asked = None
    m = re.search(r"([^，,。；]{0,24})(?:的)?(?:指導老師|instructor)", t, re.I)
    if m:
        asked_in = domains_in(m.group(1))
        asked = asked_in[-1][1] if asked_in else None
    cases_by_domain: dict[str, float] = {}
    totals: dict[str, float] = {}  # a stated total of the domain's cases
    for x in q.quantities:
        # "120 PTA cases", "120 PTA and stent cases": a few technique words between the count and "cases"
        cases_after = has(r"^\s*(?:[a-z&/-]+\s+){0,4}(?:例|cases?|procedures?)", t[x.end:x.end + 32])
        cases_before = has(r"(?:例數|cases?|procedures?)[^\d，。；]{0,15}$", t[max(0, x.start - 24):x.start]) or \
            has(r"\b[A-Z]{2,5}\s*:\s*$", t[max(0, x.start - 10):x.start])
        if x.unit != "例" and not (x.unit is None and (cases_after or cases_before or _after_technique(t, x.start, named))):
            continue
        before = [d for pos, d in named if pos < x.start and x.start - pos <= 30]
        after = [d for pos, d in named if x.end <= pos <= x.end + 12]
        domain = before[-1] if before else (after[0] if after else asked)
        if domain is None:
            domain = "?"
        if has(r"(?:共|合計|總共|總計|一共|total(?:ly)?|in all)\s*$", t[max(0, x.start - 8):x.start]):
            totals[domain] = x.value  # "TACE 180、TARE 120，共 300 例": the total, not a third part
            continue
        cases_by_domain[domain] = cases_by_domain.get(domain, 0) + x.value
    cases_by_domain.update(totals)
    if "?" in cases_by_domain and len(cases_by_domain) == 1 and asked is None and len({d for _, d in named}) == 1:
        cases_by_domain = {named[0][1]: cases_by_domain["?"]}
    needs: list[Need] = []
    notes: list[Note] = []
    facts = 0
    base: dict[str, Any] = {}
    years = None
    ym = SPECIALIST_YEARS.search(t)
    if ym:
        years = float(ym.group(1) or ym.group(2) or ym.group(3))
    lm = LECTURES.search(t)
    lectures = int(lm.group(1) or lm.group(2)) if lm else 0
    sm = SCI_PAPERS.search(t)
    sci = int(sm.group(1) or sm.group(2) or sm.group(3)) if sm else 0
    reply = bare_numbers(q)
    order = [d for _, d in named]
    domains = [asked] if asked else sorted({d for d in cases_by_domain if d != "?"} | set(order),
                                           key=lambda d: order.index(d) if d in order else 99)
    if lm and lectures and asked:
        # Rule 1(二) counts lectures in the domain applied for: "lectured 3 times on RFA … the vascular
        # instructor" gives the vascular domain no lectures (said so, not silently dropped).
        start = max(t.rfind(ch, 0, lm.start()) for ch in "，,。；;") + 1
        ends = [i for i in (t.find(ch, lm.end()) for ch in "，,。；;") if i != -1]
        talk_domains = {d for _, d in domains_in(t[start:min(ends) if ends else len(t)])}
        if talk_domains and asked not in talk_domains:
            notes.append(Note(f"演講／座長 {lectures} 次不是在申請的領域，不計入第一條第二款的演講條件。",
                              f"The {lectures} lectures were not in the domain applied for, so rule 1(2)'s lecture path does not count them."))
            lectures = 0
    if not domains:
        needs.append(Need("domain", "想申請哪一個專長領域的指導老師（例如：消融、腫瘤栓塞、血管介入）？",
                          "Which domain do you want to be an instructor in (e.g. ablation, tumour embolization, vascular intervention)?"))
    # Naming a domain is not a fact about the user: only their numbers make it a calculation.
    waived = lectures >= 3 or sci >= 2
    # A bare number replied to "how many cases / years?" fills what was asked, in order.
    for key in q.expected:
        if not reply:
            break
        if key == "cases_last_6_years" and not cases_by_domain and domains:
            cases_by_domain[domains[0]] = reply.pop(0)
        elif key == "years_as_specialist" and years is None:
            years = reply.pop(0)
    if "?" in cases_by_domain and domains:
        cases_by_domain[domains[0]] = cases_by_domain.get(domains[0], 0) + cases_by_domain.pop("?")
    if years is None:
        if waived:
            notes.append(Note("未提供專科年資；因符合第一條第二款的演講或 SCI 條件，不影響結果，以 0 年代入。",
                              "Years as specialist not given; they do not matter on the lecture/SCI path of article 1(2), so 0 was used."))
            years = 0
        else:
            needs.append(Need("years_as_specialist", "您取得放射線專科醫師證書幾年了？", "How many years have you been a radiology specialist?"))
    else:
        facts += 1
    base["years_as_specialist"] = int(years) if years is not None and float(years).is_integer() else years
    if lectures:
        base["lectures_in_domain"] = lectures
        facts += 1
    if sci:
        base["sci_first_or_corresponding"] = sci
        facts += 1
    calls: list[dict[str, Any]] = []
    for domain in domains:
        cases = cases_by_domain.get(domain)
        if cases is None:
            if waived:
                cases = 0
                notes.append(Note("未提供個案數；第一條第二款的條件免附個案數證明，以 0 例代入。",
                                  "Case count not given; article 1(2) waives the case count, so 0 was used."))
            else:
                if not any(n.key == "cases_last_6_years" for n in needs):
                    needs.append(Need("cases_last_6_years", f"最近 6 年內「{DOMAIN_NAMES_ZH[domain]}」領域做了幾例？",
                                      f"How many {DOMAIN_RULES[domain].en} cases have you done in the last 6 years?"))
                continue
        else:
            facts += 1
        calls.append({"domain": domain, "cases_last_6_years": int(cases) if float(cases).is_integer() else cases, **base})
    if base.get("years_as_specialist") is None:
        for c in calls:
            c.pop("years_as_specialist", None)
    score = 2.0 + (1 if has(ELIGIBILITY_CUES, t) else 0) + (1 if named else 0)
    args = calls[0] if calls else {k: v for k, v in base.items() if v is not None}
    if not calls and domains:
        args = {"domain": domains[0], **args}
    ext = Extraction("tsir_instructor_eligibility", args, needs, notes, score=score, facts=facts)
    ext.extra_calls = calls[1:] if not needs else []
    return ext


EXTRACTORS = [eligibility]
