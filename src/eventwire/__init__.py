"""eventwire: news articles about world affairs into a provenance-tracked record of who did what to whom,
who said what, when, and according to whom."""
from eventwire.model import Article, Entity, Event, EventActor, Mention, Quote, Removed, Source

__version__ = "0.1.0"
__all__ = ["Article", "Entity", "Event", "EventActor", "Mention", "Quote", "Removed", "Source", "__version__"]
