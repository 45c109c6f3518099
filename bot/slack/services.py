"""What the listeners share: the engine (loaded once), the inquiry log, a worker pool, and the
background pass that sends again the answers Slack did not take."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from typing import Any, Protocol

from bot.answer import Answer, Conversation
from bot.inquiry_log import InquiryLog
from bot.slack.metrics import record_answer

class AnswerTimeout(RuntimeError):
    """The engine did not answer within the answer budget (the person gets an apology)."""


logger = logging.getLogger("regbot.slack")


class AnswerEngine(Protocol):
    """The part of `bot.engine.Engine` the Slack layer uses."""

    def answer(self, question: str, conversation: Conversation | None = None) -> Answer: ...

    def compute(self, question: str, lang: str, tool: str, calls: list[dict[str, Any]]) -> Answer: ...


@dataclass
class Services:
    """Shared by every listener; built once at start."""

    engine: AnswerEngine
    log: InquiryLog
    staff_channel: str | None = None
    staff_users: frozenset[str] = frozenset()  # REGBOT_STAFF_USERS: staff besides the staff channel's members
    dedupe_ttl_s: float = 3600.0
    # More workers than cores: the engine runs one question at a time anyway, and the rest of a
    # worker's time is waiting on Slack, so a slow call must not leave the others without one.
    answer_workers: int = 8
    redelivery_interval_s: float = 60.0
    _pool: ThreadPoolExecutor = field(init=False, repr=False)
    answer_budget_s: float = 20.0  # an answer still computing after this is abandoned with an apology
    _engine_pool: ThreadPoolExecutor = field(init=False, repr=False)
    _redelivery: Any = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        # Answers run in their own pool, not Bolt's listener executor: Bolt runs the ack
        # functions of commands and actions there, and slow answers must never delay an ack.
        self._pool = ThreadPoolExecutor(max_workers=self.answer_workers, thread_name_prefix="regbot-answer")
        # Answers run in parallel (no lock around the engine: its index, models and caches are read-only
        # after start-up, tests/bot/slack/test_parallel_answers.py checks it); each within a time budget.
        self._engine_pool = ThreadPoolExecutor(max_workers=self.answer_workers, thread_name_prefix="regbot-engine")

    def answer(self, question: str, conversation: Conversation | None) -> tuple[Answer, float]:
        """Ask the engine; returns the answer and the milliseconds it took."""
        started = time.perf_counter()
        try:
            answer = self._engine_pool.submit(self.engine.answer, question, conversation).result(
                timeout=self.answer_budget_s)
        except FutureTimeout:
            record_answer("error", time.perf_counter() - started)
            raise AnswerTimeout(f"no answer within {self.answer_budget_s:g} s") from None
        except Exception:
            record_answer("error", time.perf_counter() - started)
            raise
        seconds = time.perf_counter() - started
        record_answer(answer.route, seconds)
        return answer, seconds * 1000

    def compute(self, question: str, lang: str, tool: str, calls: list[dict[str, Any]]) -> Answer:
        """The engine's answer for calculator arguments from a form."""
        return self._engine_pool.submit(self.engine.compute, question, lang, tool, calls).result(
            timeout=self.answer_budget_s)

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future:
        """Run slow work after the ack; failures are logged, never lost."""

        def run() -> Any:
            try:
                return fn(*args, **kwargs)
            except Exception:
                logger.exception("background task %s failed", getattr(fn, "__name__", fn))
                raise

        return self._pool.submit(run)

    def start_redelivery(self, client: Any) -> None:
        """Send undelivered answers again, now and every `redelivery_interval_s` seconds (one thread)."""
        from bot.slack.delivery import RedeliveryLoop

        if self._redelivery is None:
            self._redelivery = RedeliveryLoop(self.log, client, interval_s=self.redelivery_interval_s).start()

    def close(self, wait: bool = True) -> None:
        if self._redelivery is not None:
            self._redelivery.stop()
        self._pool.shutdown(wait=wait)
        self._engine_pool.shutdown(wait=wait)
