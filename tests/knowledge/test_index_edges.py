"""Index edge cases on real Chroma folders: a manifest that is a folder, a manifest pointing outside
the index folder, a read-only data folder, and a Chroma URL carrying a password."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from bot.settings import get_settings
from core.errors import ChromaUnreachable
from core.settings import Settings
from knowledge.index import IndexManifest, manifest_path, read_manifest
from knowledge.retrieve import HybridRetriever
from tests.knowledge.conftest import free_port, make_corpus, settings_for

REGBOT = Path(sys.executable).with_name("regbot")
SECRET = "s3cr3t-Pa55"


def _files(root: Path) -> dict[str, int]:
    """Every file under `root` with its modification time (ns): what a run may not have touched."""
    return {str(p.relative_to(root)): p.stat().st_mtime_ns for p in sorted(root.rglob("*"))}


# ---------------------------------------------------------------- manifest.json is a folder


def test_a_manifest_that_is_a_folder_is_replaced_and_the_index_built(tiny_corpus):
    path = manifest_path(get_settings())
    (path / "junk").mkdir(parents=True)
    opened = HybridRetriever.open(corpus=tiny_corpus)
    assert opened.built and any("manifest" in n and "folder" in n for n in opened.notices)
    assert path.is_file() and read_manifest(get_settings()) == opened.manifest
    opened.close()
    again = HybridRetriever.open(corpus=tiny_corpus)
    assert not again.built and again.notices == []


# ---------------------------------------------------------------- a manifest pointing outside


def _point_manifest_at(folder: str) -> None:
    """Rewrite manifest.json (bypassing validation, as a hand edit would) so its folder is `folder`."""
    settings = get_settings()
    data = read_manifest(settings).model_dump()
    data["folder"] = folder
    manifest_path(settings).write_text(IndexManifest.model_construct(**data).model_dump_json())


@pytest.mark.parametrize("how", ["relative", "absolute", "symlink"])
def test_a_manifest_folder_outside_the_index_folder_is_never_opened(tiny_corpus, how):
    settings = get_settings()
    HybridRetriever.open(corpus=tiny_corpus).close()
    outside = settings.data_dir.parent / f"x-{uuid.uuid4().hex[:8]}"
    outside.mkdir()
    if how == "relative":
        _point_manifest_at(f"../../{outside.name}")
    elif how == "absolute":
        _point_manifest_at(str(outside))
    else:
        link = settings.index_dir / "chroma-0123456789abcdef-01234567"
        link.symlink_to(outside, target_is_directory=True)
        _point_manifest_at(link.name)

    opened = HybridRetriever.open(corpus=tiny_corpus)
    assert list(outside.iterdir()) == []  # Chroma wrote nothing there
    assert opened.built and len(opened.notices) == 1 and "rebuilding" in opened.notices[0]
    folder = Path(opened.location).resolve()
    assert folder.parent == settings.index_dir.resolve()
    assert opened.search("年會積分", 1)[0].clause.id == "tsa-cme/5.1"
    assert not any(p.is_symlink() for p in settings.index_dir.iterdir())  # the stray link is cleared


# ---------------------------------------------------------------- a read-only data folder


def _read_only_command() -> list[str]:
    """A prefix that runs a command unable to write a read-only file: root ignores the mode bits unless
    it gives up CAP_DAC_OVERRIDE, which util-linux's setpriv does."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: a read-only folder cannot be made read-only here")
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search,-fowner", "--inh-caps=-all"]


def _chmod_tree(root: Path, writable: bool) -> None:
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        mode = path.stat().st_mode
        path.chmod(mode | 0o200 if writable else mode & ~0o222)


def _run_regbot(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "REGBOT_DATA_DIR": str(data_dir), "ANONYMIZED_TELEMETRY": "False", "HF_HUB_OFFLINE": "1"}
    return subprocess.run([*_read_only_command(), str(REGBOT), *args], capture_output=True, text=True, env=env,
                          timeout=120, check=False)


@pytest.fixture
def read_only_data(tmp_path):
    """A data folder made read-only by the test (writable again afterwards, for the clean-up)."""
    data = tmp_path / "ro-data"
    yield data
    if data.exists():
        _chmod_tree(data, writable=True)


@pytest.mark.slow
def test_a_read_only_data_folder_with_a_valid_index_answers(retriever, shared_data_dir, read_only_data):
    shutil.copytree(shared_data_dir / "index", read_only_data / "index", symlinks=True)
    _chmod_tree(read_only_data, writable=False)
    before = _files(read_only_data)

    result = _run_regbot(read_only_data, "search", "第五條第十二款", "-k", "1", "--json")
    assert result.returncode == 0, result.stderr
    assert '"id": "tsa-cme/5.12"' in result.stdout
    assert "embedding" not in result.stderr and "rebuild" not in result.stderr
    assert _files(read_only_data) == before  # nothing written, nothing removed


def test_a_read_only_data_folder_that_needs_a_build_fails_at_once_with_one_line(read_only_data):
    (read_only_data / "index").mkdir(parents=True)
    _chmod_tree(read_only_data, writable=False)
    result = _run_regbot(read_only_data, "search", "年會積分")
    assert result.returncode == 1
    assert "embedding" not in result.stderr  # it did not embed 146 clauses first
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "read-only" in result.stderr and str(read_only_data / "index") in result.stderr


# ---------------------------------------------------------------- a password in the Chroma URL


def test_an_unreachable_chroma_url_is_shown_without_its_password(tmp_path, tiny_corpus, caplog):
    url = f"http://reader:{SECRET}@127.0.0.1:{free_port()}"
    caplog.set_level(logging.DEBUG)
    with pytest.raises(ChromaUnreachable) as info:
        HybridRetriever.open(settings_for(tmp_path, REGBOT_CHROMA_URL=url), corpus=tiny_corpus)
    assert SECRET not in str(info.value) and SECRET not in info.value.url
    assert "http://reader:***@127.0.0.1:" in str(info.value)
    assert SECRET not in caplog.text


def test_the_cli_never_prints_the_chroma_password(tmp_path):
    env = {**os.environ, "REGBOT_DATA_DIR": str(tmp_path),
           "REGBOT_CHROMA_URL": f"http://reader:{SECRET}@127.0.0.1:{free_port()}"}
    result = subprocess.run([str(REGBOT), "search", "年會積分"], capture_output=True, text=True, env=env,
                            timeout=120, check=False)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "reader:***@127.0.0.1" in result.stderr
    assert SECRET not in result.stdout + result.stderr


def test_settings_do_not_show_secrets_in_their_repr():
    settings = Settings(REGBOT_CHROMA_URL=f"http://reader:{SECRET}@db:8000", SLACK_BOT_TOKEN=f"xoxb-{SECRET}",
                        REGBOT_DATABASE_URL=f"postgresql://u:{SECRET}@db/x")
    assert SECRET not in repr(settings) and SECRET not in str(settings)


@pytest.mark.slow
def test_a_server_url_with_credentials_works_and_is_shown_masked(chroma_server, tmp_path, caplog):
    authed = chroma_server.replace("http://", f"http://reader:{SECRET}@")
    caplog.set_level(logging.DEBUG)
    corpus = make_corpus(extra="(auth)")  # a collection of its own on the shared server
    opened = HybridRetriever.open(settings_for(tmp_path, REGBOT_CHROMA_URL=authed), corpus=corpus)
    assert opened.search("年會積分", 1)[0].clause.id == "tsa-cme/5.1"
    assert SECRET not in opened.location and "reader:***@" in opened.location
    assert not any(SECRET in n for n in opened.notices)
    assert SECRET not in caplog.text
