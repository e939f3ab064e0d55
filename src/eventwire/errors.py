"""Every error eventwire reports: what input, what was wrong, and how to fix it."""
from __future__ import annotations


class EventwireError(Exception):
    """Base class of eventwire's own errors."""


class InputError(EventwireError):
    """One input (a file, a line of a JSON Lines file, a CSV row) could not be read as an article.

    The message names the input, says what was wrong and what to do; the batch goes on without it.
    """

    def __init__(self, origin: str, problem: str, fix: str = "") -> None:
        self.origin, self.problem, self.fix = origin, problem, fix
        super().__init__(f"{origin}: {problem}" + (f" ({fix})" if fix else ""))


class ModelError(EventwireError):
    """The spaCy pipeline could not be loaded."""


class LexiconError(EventwireError):
    """A data file under nlp/lexicon/ is malformed: names the file and line."""
