"""communique: tables of people, titles, organisations, dates and counts from press releases.

Importing this package loads no model; `extract` does, once per call (or per worker).
"""

from .version import __version__

__all__ = ["extract", "__version__"]


def __getattr__(name):
    # Lazy so that `import pipeline` stays cheap and never touches spaCy models.
    if name == "extract":
        from .extraction import extract

        return extract
    raise AttributeError(name)
