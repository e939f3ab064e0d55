import gzip
import json

import pytest

from eventwire.errors import InputError
from eventwire.ingest.readers import decode, read_inputs, source_from_record


def collect(inputs):
    errors = []
    sources = list(read_inputs([str(i) for i in inputs], errors.append))
    return sources, errors


def test_text_file_gets_path_as_id(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("The council met on Monday.", encoding="utf-8")
    (src,), errors = collect([f])
    assert errors == []
    assert src.id == str(f) and src.text == "The council met on Monday." and src.html is None


def test_directory_is_read_recursively_in_sorted_order_and_skips_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.md").write_text("Second.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden.", encoding="utf-8")
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")
    sources, errors = collect([tmp_path])
    assert [s.text for s in sources] == ["First.", "Second."]
    assert errors == []


def test_jsonl_fields_ids_and_bad_lines(tmp_path):
    f = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "x1", "text": "One.", "headline": "T", "date": "March 3, 2020"}),
        "{not json",
        json.dumps({"url": "https://example.org/a", "text": "Two."}),
        json.dumps({"title": "no body"}),
        json.dumps({"text": "Three."}),
        "[1, 2]",
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    sources, errors = collect([f])
    assert [s.id for s in sources] == ["x1", "https://example.org/a", f"{f}:5"]
    assert sources[0].title == "T" and sources[0].published == "2020-03-03"
    assert [e.origin for e in errors] == [f"{f}:2", f"{f}:4", f"{f}:6"]
    assert "invalid JSON" in str(errors[0]) and "'text'" in str(errors[1])


def test_csv_with_header_mapping(tmp_path):
    f = tmp_path / "a.csv"
    f.write_text('title,text,subject,date\n"Vote held","The senate voted.",politics,"December 31, 2017 "\n',
                 encoding="utf-8")
    (src,), errors = collect([f])
    assert errors == []
    assert (src.title, src.text, src.published, src.id) == ("Vote held", "The senate voted.", "2017-12-31", f"{f}:2")


def test_csv_without_text_column_is_reported(tmp_path):
    f = tmp_path / "a.csv"
    f.write_text("name,age\nx,1\n", encoding="utf-8")
    sources, (error,) = collect([f])
    assert sources == [] and "no text column" in str(error)


def test_bad_inputs_are_reported_and_the_rest_is_read(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("A body sentence.", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    missing = tmp_path / "missing.txt"
    sources, errors = collect([empty, binary, missing, good])
    assert [s.text for s in sources] == ["A body sentence."]
    messages = {e.origin: e.problem for e in errors}
    assert "empty" in messages[str(empty)]
    assert "binary" in messages[str(binary)]
    assert "no such file" in messages[str(missing)]


def test_gzip_html_and_stdin_kinds(tmp_path, monkeypatch):
    f = tmp_path / "page.html.gz"
    f.write_bytes(gzip.compress(b"<html><body><p>Hello.</p></body></html>"))
    (src,), errors = collect([f])
    assert errors == [] and src.html and src.text is None


def test_decode_repairs_mojibake_and_cp1252():
    assert decode("The minister\u00e2\u20ac\u2122s visit".encode("utf-8"), "x") == "The minister\u2019s visit"
    assert decode("caf\xe9 talks".encode("cp1252"), "x") == "caf\u00e9 talks"


def test_record_without_body_raises():
    with pytest.raises(InputError, match="no 'text' or 'html'"):
        source_from_record({"title": "x"}, "feed:1")
