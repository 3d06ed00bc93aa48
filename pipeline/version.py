"""The package version, in a module of its own: the modules that record it (nlp, fingerprint,
manifest, cli) import it from here, not from the package, whose `extract` stands above them."""

__version__ = "0.1.0"
