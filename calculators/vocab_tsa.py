"""Vocabulary of 台灣外科醫學會繼續教育積分認定辦法 (tsa-cme): how questions name each tool's inputs, read by the
generic reader (bot/reader). Credits, caps and ranges are the calculators'."""

from __future__ import annotations

from calculators.tsa_cme import TsaRenewalCheckInput
from calculators.vocab import Slot, Vocabulary

MISSION = r"駐外|醫療團|medical mission|mission"

RENEWAL = Vocabulary(
    tool="tsa_renewal_check",
    model=TsaRenewalCheckInput,
    terms={
        "renew": r"展延|延展|換證|renew|extend|延長",
        "six_years": r"六年|6\s*年|six years|6 years|每年",
        "five_years": r"前五年|前 5 年|五年|5 年|five years|previous 5",
        "credits": r"積分|學分|credits?|points?",
        "surgical": r"外科|專科醫師|surg",
        "tsir": r"指導老師|介入|instructor|tsir",
        "mission": r"駐外|醫療團|medical mission|overseas mission",
        "when": r"什麼時候|何時|哪天|when|deadline",
    },
    # "six years: 95.5, 100, …": six yearly figures are this tool's even without the word 展延.
    trigger=(("renew",), ("six_years", "@slot:yearly_credits", "credits"), ("six_years", "@slot:yearly_credits"),
             ("five_years", "@short:yearly_credits")),
    block=(("tsir",),),
    slots=(
        Slot("yearly_credits", "list", units=("", "分"), loose=True, max_value=5000,
             every_value=r"每年(?:都)?(?:是|有)?\s*(\d+(?:\.\d+)?)\s*分|(\d+(?:\.\d+)?)\s*(?:分|points|credits)?\s*(?:each|every|per) year",
             short_note=("取最後 6 個數字為六年的年度積分（依序由最早到最近）。", "The last six numbers are read as the six yearly totals, oldest first."),
             # "前五年 120、100、110、90、100，今年還沒結算": five years given, the sixth asked for
             short_ask=((), ("已讀到前五年的積分（{values}）；第六年（今年）的積分是多少？",
                                             "I read five years ({values}); what are the sixth (this) year's credits?")),
             ask=("證書六年效期內，每一年的積分各是多少（由最早到最近，共 6 個數字）？",
                  "What were your credits in each of the six years of the certificate's validity (six numbers, oldest first)?")),
        # A mission named without its length changes the credits needed: asked, never 0.
        Slot("overseas_mission_months", "number", terms=MISSION, units=("個月", "年"), scale=(("年", 12),), gap=12, gap_after=8,
             ask=("駐外醫療團派外共幾個月？", "How many months were you posted abroad with the medical mission?"),
             ask_when=(("mission",),)),
    ),
    base=1.5, per_fact=0.0,
    bonus=((("credits",), 1.0), (("surgical",), 1.0), (("!@fact", "when"), -1.0)),
)

VOCABULARY = [RENEWAL]
