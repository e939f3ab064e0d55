"""``eventwire ingest``, ``search`` and ``export``: the store of analyzed articles."""
import json
from pathlib import Path
from typing import Annotated, Optional

import typer

DbOption = Annotated[Path, typer.Option("--db", help="The DuckDB database file.")]


def register(app: typer.Typer) -> None:
    """Add the store's commands to ``app``."""
    from rich.console import Console

    from eventwire.cli import Errors, Inputs, Quiet, _progress, err
    from eventwire.errors import EventwireError
    from eventwire.ingest.readers import read_inputs
    from eventwire.run.local import AnalyzeOptions, analyze

    @app.command("ingest")
    def ingest_cmd(
        inputs: Inputs,
        db: DbOption = Path("eventwire.duckdb"),
        batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Articles per transaction.")] = 100,
        quiet: Quiet = False,
    ) -> None:
        """Analyze articles and store them; safe to run again (what is stored is skipped) and to interrupt."""
        from eventwire.corpus.store import Store

        errors = Errors(quiet)
        try:
            with Store(db) as store:
                known = store.known_versions()
                sources = list(read_inputs(inputs, errors))
                with _progress(quiet) as progress:
                    task = progress.add_task("ingesting", total=len(sources))
                    skipped = [0]

                    def wanted(article) -> bool:  # type: ignore[no-untyped-def]
                        if (article.id, article.version) in known:
                            skipped[0] += 1
                            progress.advance(task)
                            return False
                        return True

                    analyzed = analyze(sources, errors, AnalyzeOptions(), wanted)
                    stats = store.ingest(analyzed, batch_size, on_progress=lambda n: progress.advance(task, n),
                                         on_error=errors)
                stats.unchanged += skipped[0]
                totals = store.stats()
        except EventwireError as error:
            err.print(f"[red]error[/] {error}", highlight=False)
            raise typer.Exit(2) from error
        if not quiet:
            err.print(f"{stats.added} added, {stats.new_versions} new versions, {stats.unchanged} already stored"
                      f"{f', {len(errors.items)} skipped' if errors.items else ''}; {db} holds {totals['articles']}"
                      f" articles ({totals['stories']} stories), {totals['merged_events']} events", highlight=False)
        if errors.items and not (stats.added or stats.new_versions or stats.unchanged):
            raise typer.Exit(1)

    @app.command("search")
    def search_cmd(
        query: Annotated[str, typer.Argument(help="Words to look for in article texts and quotes.")],
        db: DbOption = Path("eventwire.duckdb"),
        limit: Annotated[int, typer.Option("--limit", min=1)] = 20,
    ) -> None:
        """Full-text search over the stored articles and quotes."""
        from eventwire.corpus.store import Store

        try:
            with Store(db, read_only=True) as store:
                hits = store.search(query, limit)
        except EventwireError as error:
            err.print(f"[red]error[/] {error}", highlight=False)
            raise typer.Exit(2) from error
        for article_id, snippet, score in hits:
            typer.echo(f"{score:6.2f}  {article_id}\n        {snippet}")

    @app.command("export")
    def export_cmd(
        db: DbOption = Path("eventwire.duckdb"),
        fmt: Annotated[str, typer.Option("--format", help="jsonl, csv, parquet, gdelt or plover.")] = "jsonl",
        output: Annotated[Optional[Path], typer.Option("--output", "-o", help="File (jsonl, gdelt, plover) or "
                                                       "folder (csv, parquet); default: stdout for jsonl, gdelt "
                                                       "and plover.")] = None,
    ) -> None:
        """Export the store: article records (jsonl), every table (csv, parquet), events as GDELT 2.0 or PLOVER."""
        from eventwire.corpus.export import FORMATS, export

        if fmt not in FORMATS:
            raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}")
        if fmt in ("csv", "parquet") and output is None:
            raise typer.BadParameter(f"--format {fmt} writes one file per table: give a folder with -o")
        try:
            written = export(db, fmt, output)
        except EventwireError as error:
            err.print(f"[red]error[/] {error}", highlight=False)
            raise typer.Exit(2) from error
        if output is not None:
            err.print(f"{written} rows written to {output}", highlight=False)
