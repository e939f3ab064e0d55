"""The spaCy side of eventwire: the English pipeline and eventwire's components (actors, quotes, events)."""
from eventwire.nlp.extensions import register_extensions

register_extensions()
