"""bench/checksets.py: the check sets hold no article text and rebuild into gold folders score.py reads."""
import importlib.util
import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
pytestmark = pytest.mark.skipif(not (SHARED / "data").exists(), reason="needs ../shared beside the repository")


@pytest.fixture(scope="module")
def checksets():
    spec = importlib.util.spec_from_file_location("checksets", REPO / "bench" / "checksets.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_set_files_hold_offsets_not_text(checksets):
    files = sorted(checksets.SETS.glob("*.json"))
    assert files
    for path in files:
        spec = json.loads(path.read_text(encoding="utf-8"))
        for item in spec["events"] + spec["none"]:
            assert "key" not in item and len(item["at"]) == 2 and item["at"][0] < item["at"][1], path.name


def test_build_gives_keys_inside_their_articles(checksets, tmp_path):
    folders = checksets.build(tmp_path)
    assert len(folders) == len(list(checksets.SETS.glob("*.json")))
    for folder in folders:
        texts = {json.loads(line)["id"]: checksets.folded(json.loads(line)["text"])
                 for line in (folder / "input.jsonl").read_text(encoding="utf-8").splitlines()}
        gold = json.loads((folder / "events.json").read_text(encoding="utf-8"))
        assert gold["events"] and gold["none"]
        for item in gold["events"] + gold["none"]:
            assert item["key"] and item["key"] in texts[item["doc"]], (folder.name, item)


def test_encode_round_trips_an_annotation_and_rejects_a_key_not_in_the_text(checksets, tmp_path, monkeypatch):
    monkeypatch.setattr(checksets, "SETS", tmp_path / "sets")
    source = SHARED / "eval" / "gold" / "reuters-dev"
    checksets.encode(source, "round-trip", None)
    (folder,) = checksets.build(tmp_path / "out")
    rebuilt = json.loads((folder / "events.json").read_text(encoding="utf-8"))
    original = json.loads((source / "events.json").read_text(encoding="utf-8"))
    assert [e["key"] for e in rebuilt["events"]] == [e["key"] for e in original["events"]]
    assert [(e["src"], e["tgt"], e["roots"], e["fact"], e["when"]) for e in rebuilt["events"]] == \
        [(e["src"], e["tgt"], e["roots"], e["fact"], e["when"]) for e in original["events"]]
    broken = tmp_path / "broken"
    broken.mkdir()
    bad = dict(original, events=[dict(original["events"][0], key="words that are in no article at all")])
    (broken / "events.json").write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(SystemExit, match="key not in article"):
        checksets.encode(broken, "broken", None)
