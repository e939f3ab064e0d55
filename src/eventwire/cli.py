"""The ``eventwire`` command line: thin Typer commands over the library functions.

``--help`` on each command is its reference.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from eventwire import __version__
from eventwire.errors import EventwireError, InputError
from eventwire.ingest.readers import read_inputs
from eventwire.model import Article
from eventwire.nlp.pipeline import DEFAULT_COMPONENTS
from eventwire.report import quote_rows, quotes_table, summary_table
from eventwire.run.local import AnalyzeOptions, analyze

app = typer.Typer(help="News articles about world affairs to a provenance-tracked record of actors, quotes and events.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
err = Console(stderr=True)

Inputs = Annotated[list[str], typer.Argument(help="Files (.txt .md .html .jsonl .csv, optionally .gz), directories "
                                                   "(read recursively), or - for stdin.", show_default=False)]


class Errors:
    """Collects the inputs that were skipped and says so on stderr as they happen."""

    def __init__(self, quiet: bool = False) -> None:
        self.items: list[InputError] = []
        self.quiet = quiet

    def __call__(self, error: InputError) -> None:
        self.items.append(error)
        if not self.quiet:
            err.print(f"[yellow]skipped[/] {error}", highlight=False, soft_wrap=True)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"eventwire {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: Annotated[Optional[bool], typer.Option("--version", callback=_version, is_eager=True,
                                                         help="Print the version and exit.")] = None) -> None:
    """eventwire: who did what to whom, who said what, when, and according to whom."""


@contextmanager
def _progress(quiet: bool) -> Iterator[Progress]:
    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TextColumn("articles"), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True, disable=quiet or not err.is_terminal) as progress:
        yield progress


def _is_record_file(path: str) -> bool:
    """A JSON Lines file written by `eventwire analyze` (its first record has ``record_version``)."""
    if not path.endswith(".jsonl") or not Path(path).is_file():
        return False
    try:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    first = json.loads(line)
                    return isinstance(first, dict) and "record_version" in first and "entities" in first
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return False
    return False


def _records(path: str, errors: Errors) -> Iterator[Article]:
    """Analyzed records read back as they are, without analyzing them again."""
    with open(path, encoding="utf-8") as handle:
        for n, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                yield Article.from_json(line)
            except (json.JSONDecodeError, TypeError, KeyError) as error:
                errors(InputError(f"{path}:{n}", f"not an eventwire record ({error})",
                                  "give the file `eventwire analyze` wrote, or the original articles"))


def analyzed(inputs: list[str], errors: Errors, options: AnalyzeOptions, quiet: bool) -> Iterator[Article]:
    """Analyze the inputs with a progress bar on stderr; errors are reported and skipped. Files written by
    `eventwire analyze` are read back as they are (analyze once, then run the story commands on the result)."""
    done = [i for i in inputs if _is_record_file(i)]
    for path in done:
        yield from _records(path, errors)
    inputs = [i for i in inputs if i not in done]
    if not inputs:
        return
    sources = list(read_inputs(inputs, errors))
    with _progress(quiet) as progress:
        task = progress.add_task("analyzing", total=len(sources))
        for article in analyze(sources, errors, options):
            progress.advance(task)
            yield article


def _options(batch_size: int, components: str) -> AnalyzeOptions:
    names = tuple(c.strip() for c in components.split(",") if c.strip())
    return AnalyzeOptions(batch_size=batch_size, components=names)


@contextmanager
def _output(path: Optional[Path]) -> Iterator[IO[str]]:
    if path is None:
        yield sys.stdout
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        yield handle


def _finish(errors: Errors, written: int, strict: bool, quiet: bool) -> None:
    if not quiet:
        skipped = f", {len(errors.items)} skipped" if errors.items else ""
        err.print(f"{written} article{'s' if written != 1 else ''} analyzed{skipped}", highlight=False)
    if written == 0 and errors.items or strict and errors.items:
        raise typer.Exit(1)


BatchSize = Annotated[int, typer.Option("--batch-size", min=1, help="Articles per nlp.pipe batch.")]
Components = Annotated[str, typer.Option("--components", help="eventwire components to run, comma-separated.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, no messages about skipped inputs.")]
Strict = Annotated[bool, typer.Option("--strict", help="Exit with status 1 when any input was skipped.")]


@app.command("analyze")
def analyze_cmd(
    inputs: Inputs,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="JSON Lines file to write; default: stdout.")] = None,
    batch_size: BatchSize = 32,
    components: Components = ",".join(DEFAULT_COMPONENTS),
    strict: Strict = False,
    quiet: Quiet = False,
) -> None:
    """Analyze articles into one JSON record per line (docs/record.md describes the record).

    Inputs that cannot be read are reported on stderr and skipped; the rest is analyzed.
    """
    errors = Errors(quiet)
    written = 0
    try:
        with _output(output) as out:
            for article in analyzed(inputs, errors, _options(batch_size, components), quiet):
                out.write(article.to_json() + "\n")
                written += 1
    except EventwireError as error:
        err.print(f"[red]error[/] {error}", highlight=False)
        raise typer.Exit(2) from error
    _finish(errors, written, strict, quiet)


@app.command("summary")
def summary_cmd(
    records: Annotated[Path, typer.Argument(help="A JSON Lines file written by `eventwire analyze`.", exists=True,
                                            dir_okay=False)],
) -> None:
    """Print a short readable summary of analyzed articles."""
    articles = [Article.from_json(line) for line in records.read_text(encoding="utf-8").splitlines() if line.strip()]
    Console().print(summary_table(articles))


@app.command("quotes")
def quotes_cmd(
    inputs: Inputs,
    speaker: Annotated[Optional[str], typer.Option("--speaker", help="Only quotes whose speaker matches NAME.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
    quiet: Quiet = False,
) -> None:
    """List who said what: direct quotes and reported speech with their speakers."""
    if fmt not in ("table", "json"):
        raise typer.BadParameter("--format must be table or json")
    errors = Errors(quiet)
    articles = list(analyzed(inputs, errors, AnalyzeOptions(components=("actors", "quotes")), quiet))
    rows = quote_rows(articles, speaker)
    if fmt == "json":
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        Console().print(quotes_table(rows))
    _finish(errors, len(articles), False, True)


# commands of the other layers live beside their libraries' CLI modules, registered here
from eventwire import cli_events, cli_store, cli_story  # noqa: E402

for _module in (cli_events, cli_store, cli_story):
    _module.register(app)

if __name__ == "__main__":
    app()
