"""communique's spaCy components, one module per concern.

Importing this package registers every factory and reader with spaCy, which
`models/config.cfg` then refers to by name.
"""
from .. import rules  # noqa: F401
from . import counts, dates, events, mentions, metadata, organisations, people, titles  # noqa: F401
from . import acronyms, countries, org_gazetteer, person_repair  # noqa: F401,E402
