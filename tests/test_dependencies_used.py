"""pyproject's dependencies are the ones pipeline/ uses: each declared distribution is
imported somewhere in the package, and each third-party import is declared (or comes with
a declared distribution as one of its own requirements)."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib import metadata

import pytest

from .conftest import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
DECLARED = [re.match(r"[A-Za-z0-9._-]+", d)[0] for d in PYPROJECT["project"]["dependencies"]]

# Distribution name -> the names `import` uses; others import under their own name.
IMPORT_NAMES = {
    "python-dateutil": {"dateutil"},
    "text2num": {"text_to_num"},
    "beautifulsoup4": {"bs4"},
    "charset-normalizer": {"charset_normalizer"},
    "dask": {"dask", "distributed"},  # dask[distributed]: the cluster engine imports distributed
}
# Used by name rather than imported: BeautifulSoup(markup, "lxml") picks lxml as its parser.
USED_BY_NAME = {"lxml"}


def import_names(dist: str) -> set[str]:
    return IMPORT_NAMES.get(dist.lower(), {dist.lower().replace("-", "_")})


def package_usage() -> tuple[set[str], set[str]]:
    """Top-level modules imported anywhere in pipeline/ (inside functions too), and string literals."""
    modules, strings = set(), set()
    for path in (ROOT / "pipeline").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            if isinstance(node, ast.Import):
                modules |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules.add(node.module.split(".")[0])
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                strings.add(node.value)
    return modules, strings


MODULES, STRINGS = package_usage()


def test_dependencies_declared_list_is_read():
    assert "spacy" in DECLARED and len(DECLARED) == len(set(DECLARED))


@pytest.mark.parametrize("dist", DECLARED)
def test_dependencies_used(dist):
    used = MODULES | (STRINGS & USED_BY_NAME)
    assert import_names(dist) & used, (
        f"{dist} is declared in pyproject.toml but pipeline/ never imports {' or '.join(sorted(import_names(dist)))}"
    )


def test_dependencies_every_import_is_declared():
    declared = set().union(*(import_names(d) for d in DECLARED))
    # what the declared distributions bring as their own requirements (confection comes with spaCy)
    brought = set()
    for dist in DECLARED:
        for req in metadata.requires(dist) or []:
            if "extra ==" not in req:
                brought |= import_names(re.match(r"[A-Za-z0-9._-]+", req)[0])
    third_party = {m for m in MODULES if m not in sys.stdlib_module_names and m != "pipeline"}
    assert third_party - declared - brought == set()
