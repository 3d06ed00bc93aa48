"""What `pipeline.extract` reads: a string naming a file or folder is a path (`~`
expanded), a string that looks like a path but names nothing is an error, not a text;
`Path` objects and `{doc_id: text}` dicts work; failed documents warn."""

from __future__ import annotations

import shutil
import warnings

import pytest

import pipeline
from pipeline.extraction import DocumentsFailed
from pipeline.inputs import as_input_path, looks_like_path, plan_inputs

from .conftest import RAW

TEXT = "GENEVA, 4 May 2021 - More than 120 delegates from 40 countries met Director-General Ana Lima."


@pytest.mark.parametrize(
    "text, is_path",
    [
        ("~/releases", True),
        ("/data/releases/", True),
        ("./releases", True),
        ("../shared/dev/raw", True),
        ("releases/2021", True),
        ("C:\\releases\\a.txt", True),
        ("statement of the chair.txt", True),
        ("summit.HTML", True),
        # texts, however short
        ("Ana Lima met Bo Chen.", False),
        ("The ministers met in Paris/Berlin format.", False),
        ("Talks on 2021/22 budgets", False),
        ("Line one\nline two/three.txt", False),
        ("", False),
    ],
)
def test_api_inputs_looks_like_path(text, is_path):
    assert looks_like_path(text) is is_path


def test_api_inputs_string_naming_a_folder_is_a_path(tmp_path, monkeypatch):
    shutil.copytree(RAW, tmp_path / "releases")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    for given in ("releases", "~/releases", str(tmp_path / "releases"), tmp_path / "releases"):
        plan = plan_inputs(given)
        assert len(plan) == 5 and plan.root.resolve() == (tmp_path / "releases").resolve(), given
    one = plan_inputs("~/releases/001_5576b482df7d9924.txt")
    assert [s.doc_id for s in one] == ["001_5576b482df7d9924"]


@pytest.mark.parametrize(
    "given", ["~/no-such-folder", "no-such-folder/", "missing.txt", ["missing.txt"], [TEXT, "./nope.html"]]
)
def test_api_inputs_a_path_that_names_nothing_raises(given, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(FileNotFoundError, match="no such file or folder"):
        plan_inputs(given)


def test_api_inputs_a_missing_path_object_raises(tmp_path):
    with pytest.raises(FileNotFoundError):
        as_input_path(tmp_path / "nope")


def test_api_inputs_texts_paths_and_dicts(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    plan = plan_inputs([TEXT, tmp_path / "a.txt", str(tmp_path / "a.txt"), tmp_path])
    assert [s.doc_id for s in plan] == ["text-00000", "a", "a", "a"]
    assert all(s.text == TEXT for s in plan)
    named = plan_inputs({"geneva-2021": TEXT, "empty": ""})
    assert [(s.doc_id, s.text) for s in named] == [("geneva-2021", TEXT), ("empty", "")]
    with pytest.raises(TypeError):
        plan_inputs({"x": 3})


def test_api_extract_dict_keeps_doc_ids_and_warns_on_failures(nlp, tmp_path):
    tables = pipeline.extract({"geneva-2021": TEXT}, nlp=nlp)
    assert tables["documents"]["doc_id"].tolist() == ["geneva-2021"]
    assert set(tables["counts"]["value"]) == {120, 40}
    (tmp_path / "ok.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.warns(DocumentsFailed, match=r"1 of 2 documents could not be read.*empty: empty file"):
        tables = pipeline.extract(tmp_path, nlp=nlp)
    assert tables["documents"]["status"].tolist() == ["error", "ok"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        pipeline.extract([TEXT], nlp=nlp)  # nothing failed: no warning
