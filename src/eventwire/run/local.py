"""Run the whole analysis locally: inputs -> Sources -> cleaned Articles -> ``nlp.pipe`` -> analyzed Articles.

One bad input never stops a batch: it is handed to ``on_error`` as an InputError and skipped.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from eventwire.errors import InputError
from eventwire.ingest.article import prepare
from eventwire.model import Article, Source
from eventwire.nlp.pipeline import DEFAULT_COMPONENTS, annotate, iter_batches, load_pipeline

ErrorHandler = Callable[[InputError], None]


@dataclass(frozen=True)
class AnalyzeOptions:
    """How to run the analysis."""

    batch_size: int = 32
    components: tuple[str, ...] = DEFAULT_COMPONENTS


def prepared(sources: Iterable[Source], on_error: ErrorHandler) -> Iterator[Article]:
    """Cleaned Articles; a source that cannot be prepared is reported and skipped."""
    for source in sources:
        try:
            yield prepare(source)
        except InputError as err:
            on_error(err)


def analyze(sources: Iterable[Source], on_error: ErrorHandler,
            options: AnalyzeOptions = AnalyzeOptions(),
            wanted: Callable[[Article], bool] | None = None) -> Iterator[Article]:
    """Analyzed Articles in input order. ``wanted`` (given the cleaned article, with its id and version) can
    skip articles before the costly analysis: a store skips what it already holds."""
    nlp = load_pipeline(options.components)
    articles = prepared(sources, on_error)
    if wanted is not None:
        articles = (a for a in articles if wanted(a))
    for batch in iter_batches(articles, options.batch_size):
        yield from _annotate_batch(batch, nlp, options, on_error)


def _annotate_batch(batch: list[Article], nlp, options: AnalyzeOptions,  # type: ignore[no-untyped-def]
                    on_error: ErrorHandler) -> list[Article]:
    """The batch annotated; if a component fails, each article is retried alone so only the culprit is lost."""
    try:
        return annotate(batch, nlp, options.batch_size)
    except Exception:  # noqa: BLE001 - isolate the article that breaks the pipeline
        pass
    done = []
    for article in batch:
        try:
            done.extend(annotate([article], nlp, 1))
        except Exception as err:  # noqa: BLE001
            on_error(InputError(article.origin or article.id, f"analysis failed: {type(err).__name__}: {err}",
                                "please report this with the article attached"))
    return done
