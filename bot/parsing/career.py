"""Words of a person's career: how long they have practised, in what post — context, never an activity counted.

"執業 12 年", "行醫三十年", "當外科醫師二十幾年", "做外科二十多年", "年資 15 年", "been a surgeon for 25 years", "as an attending
for 12 years", "in practice 20 yrs". The ledger sets such a figure aside where no input of the calculation is a period;
the vague-count check leaves a rough career length ("二十幾年") unasked for the same reason. A life event's year ("Retired
2019", "2019年退休") is context too (`event_year`): the ledger sets it aside, and routing counts it as no figure of the
person's (a rules question with it stays a rules question).
"""

from __future__ import annotations

import re

_POST_ZH = (r"(?:醫師|医师|醫生|医生|主治|住院醫師|住院医师|總醫師|总医师|專科醫師|专科医师|放射師|放射师|技術員|技术员|技師|技师|"
            r"外科|內科|内科|放射科|婦產科|妇产科|小兒科|小儿科|家醫科|家医科)")
_POST_EN = (r"(?:surgeons?|doctors?|docs?|physicians?|radiologists?|radiographers?|techs?|technologists?|attendings?|consultants?|"
            r"specialists?|residents?|fellows?|interventionalists?|MDs?|clinicians?)")
CAREER = re.compile(
    r"執業|执业|開業|开业|行醫|行医|"
    # "當外科醫師", "做放射師", "身為主治", "當了醫生": the post held (a specialty of up to four characters before it)
    r"(?:當|当|做|作為|作为|身為|身为)(?:了)?\s*[\u4e00-\u9fff]{0,4}?" + _POST_ZH + r"|"
    r"(?:醫院|医院|本院|院內|院内|科內|科内|這裡|这里|這邊|这边|那裡|那里)\S{0,3}(?:待了?|待過|待过|服務了?|服务了?|任職|任职|工作了?)|"
    # "以前在台中待了二十幾年後來回鄉", "在高雄住了三十多年": a place the person lived or worked for a rough span of ten years or more
    # (never a stay counted in years or months: "在日本待了兩年", "在台大待了 3 個月" stay figures)
    r"(?:在|於|于)[\u4e00-\u9fff]{1,4}?(?:待了?|待過|待过|住了?|住過|住过|生活了?|工作了?)(?=\s*(?:[一二三四五六七八九]?十|[1-9]0)\s*(?:幾|几|多|來|来)\s*年)|"
    r"年資|年资|\bin practice\b|\bpractis(?:ing|ed)\b|\bpractic(?:ing|ed)\b|\bcareer\b|"
    r"\b(?:been|worked|working|served|serving)\s+(?:here|there|at\s+(?:this|our|my|the)\s+(?:hospital|department|"
    r"institution|center|centre))\b|"
    # "been a surgeon for", "worked as an attending", "as a radiologist for"
    r"\b(?:been|worked|working|served|serving|as)\s+(?:as\s+)?(?:an?\s+)?(?:[\w-]+\s+)?" + _POST_EN + r"\b",
    re.IGNORECASE)


# "Retired 2019", "graduated in 2001", "born 1968", "moved here back in 2020", "退休於2019", "2019退休": a step in the person's
# life said with its year — when they retired, graduated, moved — no year of anything counted (never the year a certificate
# was granted, "board certified 2009": the years as a specialist are counted from it)
_EVENT_BEFORE = re.compile(r"(?:\b(?:retired|retiring|retirement|graduated|graduation|born|"
                           r"moved(?:\s+(?:here|hospitals?|jobs?))?|relocated|joined|left|quit|resigned|emigrated|returned)"
                           r"(?:\s+(?:in|back\s+in|around|circa|c\.|at\s+the\s+end\s+of|early|late|mid-?))?|"
                           r"退休|畢業|毕业|出生|生於|生于|離職|离职|退下來|退下来)\s*(?:於|于|在|是)?\s*$", re.IGNORECASE)
_EVENT_AFTER = re.compile(r"\s*(?:年)?\s*(?:就|才|已經|已经|的時候|的时候)?\s*(?:退休|畢業|毕业|出生|離職|离职|退下來|退下来)")


def event_year(text: str, start: int, end: int) -> bool:
    """Is the figure at text[start:end] a calendar year (1900–2100) said as when a step in the person's life happened?"""
    digits = text[start:end].strip().rstrip("年").strip()
    if not digits.isdigit() or not 1900 <= int(digits) <= 2100:
        return False
    if re.match(r"\s*(?:[-–~至到]\s*\d|[\u4e00-\u9fff]?(?:例|案|次|場|篇|分|人|位))", text[end:]):
        return False  # a range, or a count with its unit
    return bool(_EVENT_BEFORE.search(text, max(0, start - 16), start) or _EVENT_AFTER.match(text, end))
