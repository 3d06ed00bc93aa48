"""Where the project's own data lives: the config and rule files under `models/`."""

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
MODELS_DIR = PROJECT_ROOT / "models"
CONFIG_PATH = MODELS_DIR / "config.cfg"
