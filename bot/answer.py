"""The answer contract of SPEC §3: what `regbot ask --json` prints and Slack renders."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

Route = Literal["calculator", "retrieval", "clarify", "out_of_scope"]
Lang = Literal["zh-TW", "en"]


class Citation(BaseModel):
    """A clause shown to the user: id, human label, verbatim (possibly shortened) quote."""

    id: str
    label: str
    quote: str


class ToolCall(BaseModel):
    """One calculator call the answer relied on, in order."""

    name: str
    args: dict[str, Any]
    result: dict[str, Any]


class Reading(BaseModel):
    """One fact of a calculation and the words of the question it was read from ("" = not from the words)."""

    fact: str
    value: Any
    text: str = ""


class PendingCall(BaseModel):
    """Route clarify: the calculator the missing facts are for, and the arguments read so far."""

    name: str
    args: dict[str, Any] = Field(default_factory=dict)


class Answer(BaseModel):
    """One answer to one question (SPEC §3). Extra fields are allowed for the Slack layer."""

    question: str
    lang: Lang
    route: Route
    answer: str
    citations: list[Citation] = Field(default_factory=list)
    tool_calls: list[ToolCall] = Field(default_factory=list)
    assumptions: list[str] = Field(default_factory=list)
    missing: list[str] = Field(default_factory=list)
    reading: list[Reading] = Field(
        default_factory=list, description="Calculator / clarify: every fact used, with the words it was read from")
    unused: list[str] = Field(default_factory=list, description="Numbers in the question the answer did not use, and why")
    parts: list[Answer] = Field(default_factory=list, description="One answer per part of a multi-part question")
    # Not in the contract's required list, but useful to show and log:
    steps: list[str] = Field(default_factory=list, description="Calculation steps, in order")
    latency_ms: float | None = None
    retrieved: list[str] = Field(default_factory=list, description="Retrieved clause ids, ranked (route retrieval)")
    pending_call: PendingCall | None = Field(
        default=None, description="Route clarify: the calculation asked about and its arguments so far (a form pre-fills them)")


class Turn(BaseModel):
    """One exchange in a conversation (a Slack thread or a `regbot chat` session)."""

    question: str
    answer: Answer


class Conversation(BaseModel):
    """The context a follow-up is answered in; a `clarify` answer is completed by the next turn."""

    turns: list[Turn] = Field(default_factory=list)

    @property
    def pending_clarify(self) -> Answer | None:
        """The last answer if it asked for missing facts, else None."""
        if self.turns and self.turns[-1].answer.route == "clarify":
            return self.turns[-1].answer
        return None
