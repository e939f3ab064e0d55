"""``eventwire ingest``, ``search`` and ``export``: the store of analyzed articles."""
from pathlib import Path
from typing import Annotated, Optional

import typer

DbOption = Annotated[Path, typer.Option("--db", help="The DuckDB database file (created when missing).")]
ReadDb = Annotated[Path, typer.Option("--db", help="A database written by `eventwire ingest`.")]
FormatOption = Annotated[str, typer.Option("--format", help="jsonl (article records), csv or parquet (every "
                                                            "table), gdelt (GDELT 2.0 events) or plover.")]
OutputOption = Annotated[Optional[Path], typer.Option(
    "--output", "-o", help="File for jsonl, gdelt and plover (default: stdout); folder for csv and parquet.")]


def register(app: typer.Typer) -> None:
    """Add the store's commands to ``app``."""
    from eventwire.cli import Errors, Inputs, Quiet, _progress, err
    from eventwire.errors import EventwireError
    from eventwire.ingest.readers import read_inputs
    from eventwire.run.local import AnalyzeOptions, analyze

    def fail(error: EventwireError) -> typer.Exit:
        err.print(f"[red]error[/] {error}", highlight=False, soft_wrap=True)
        return typer.Exit(2)

    @app.command("ingest")
    def ingest_cmd(
        inputs: Inputs,
        db: DbOption = Path("eventwire.duckdb"),
        batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Articles per transaction.")] = 100,
        quiet: Quiet = False,
    ) -> None:
        """Analyze articles and store them (docs/corpus.md describes the tables).

        Safe to run again: what is stored (same id and version) is skipped before analysis.

        A changed text under a known id is stored as a new version; the old one is kept.

        Safe to interrupt: committed batches are kept, and the same command run again stores the rest.
        """
        from eventwire.corpus.store import Store

        errors = Errors(quiet)
        try:
            with Store(db) as store:
                known = store.known_versions()
                sources = list(read_inputs(inputs, errors))
                with _progress(quiet) as progress:
                    task = progress.add_task("ingesting", total=len(sources))
                    already = 0

                    def wanted(article) -> bool:  # type: ignore[no-untyped-def]
                        nonlocal already
                        if (article.id, article.version) in known:
                            already += 1
                            progress.advance(task)
                            return False
                        return True

                    articles = analyze(sources, errors, AnalyzeOptions(), wanted)
                    stats = store.ingest(articles, batch_size, on_progress=lambda n: progress.advance(task, n),
                                         on_error=errors)
                stats.unchanged += already
                totals = store.stats()
        except EventwireError as error:
            raise fail(error) from error
        except KeyboardInterrupt:
            err.print(f"interrupted: the batches committed so far are kept in {db}; run the same command again "
                      "to store the rest", highlight=False, soft_wrap=True)
            raise typer.Exit(130) from None
        if not quiet:
            err.print(f"{stats.added} added, {stats.new_versions} new versions, {stats.unchanged} already stored"
                      f"{f', {len(errors.items)} skipped' if errors.items else ''}; {db} holds {totals['articles']}"
                      f" articles ({totals['stories']} stories), {totals['merged_events']} events",
                      highlight=False, soft_wrap=True)
        if errors.items and not (stats.added or stats.new_versions or stats.unchanged):
            raise typer.Exit(1)

    @app.command("search")
    def search_cmd(
        query: Annotated[str, typer.Argument(help="Words to look for in article texts and quotes.")],
        db: ReadDb = Path("eventwire.duckdb"),
        limit: Annotated[int, typer.Option("--limit", min=1, help="Most hits to show.")] = 20,
    ) -> None:
        """Full-text search (BM25) over the stored articles and quotes."""
        from eventwire.corpus.store import Store

        try:
            with Store(db, read_only=True) as store:
                hits = store.search(query, limit)
        except EventwireError as error:
            raise fail(error) from error
        for article_id, snippet, score in hits:
            typer.echo(f"{score:6.2f}  {article_id}\n        {snippet}")

    @app.command("export")
    def export_cmd(
        db: ReadDb = Path("eventwire.duckdb"),
        fmt: FormatOption = "jsonl",
        output: OutputOption = None,
    ) -> None:
        """Export the store: article records (jsonl), every table (csv, parquet), merged events in the GDELT 2.0
        event layout (61 tab-separated columns, no header) or as PLOVER JSON records."""
        from eventwire.corpus.export import FORMATS, export

        if fmt not in FORMATS:
            raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}")
        if fmt in ("csv", "parquet") and output is None:
            raise typer.BadParameter(f"--format {fmt} writes one file per table: give a folder with -o")
        try:
            written = export(db, fmt, output)
        except EventwireError as error:
            raise fail(error) from error
        if output is not None:
            err.print(f"{written} rows written to {output}", highlight=False)
