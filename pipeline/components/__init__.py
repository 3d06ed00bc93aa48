"""communique's spaCy components, one module per concern.

Importing this package registers every factory and reader with spaCy, which
`models/config.cfg` then refers to by name.
"""

from .. import lexicon, patterns  # noqa: F401  (registers the rule-file readers)
from . import (  # noqa: F401  # noqa: F401,E402
    acronyms,
    countries,
    counts,
    dates,
    entity_rules,
    events,
    glued_words,
    mentions,
    metadata,
    org_gazetteer,
    organisations,
    people,
    person_repair,
    titles,
)
