"""``eventwire timeline``, ``compare`` and ``actors``: the story across articles, from a store or from files."""
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

OptionalInputs = Annotated[Optional[list[str]], typer.Argument(
    help="Files or folders to analyze first (as `analyze` reads them); or give --db.", show_default=False)]
DbOption = Annotated[Optional[Path], typer.Option("--db", help="Read a store written by `eventwire ingest`.")]
Output = Annotated[Optional[Path], typer.Option("--output", "-o", help="File to write; default: stdout.")]


def register(app: typer.Typer) -> None:
    """Add the story commands to ``app``."""
    from eventwire.cli import Errors, Quiet, analyzed, err
    from eventwire.errors import EventwireError
    from eventwire.run.local import AnalyzeOptions

    def load(inputs: Optional[list[str]], db: Optional[Path], quiet: bool) -> list:  # type: ignore[type-arg]
        if bool(inputs) == bool(db):
            raise typer.BadParameter("give either INPUT files or --db PATH (one of them)")
        if db is not None:
            from eventwire.corpus.store import read_articles

            try:
                return list(read_articles(db))
            except EventwireError as error:
                err.print(f"[red]error[/] {error}", highlight=False)
                raise typer.Exit(2) from error
        errors = Errors(quiet)
        articles = list(analyzed(inputs or [], errors, AnalyzeOptions(), quiet))
        if not articles and errors.items:
            raise typer.Exit(1)
        return articles

    def write(text: str, output: Optional[Path]) -> None:
        if output is None:
            sys.stdout.write(text)
        else:
            output.parent.mkdir(parents=True, exist_ok=True)
            output.write_text(text, encoding="utf-8")

    def formats(fmt: str, allowed: tuple[str, ...]) -> None:
        if fmt not in allowed:
            raise typer.BadParameter(f"--format must be one of {', '.join(allowed)}")

    @app.command("timeline")
    def timeline_cmd(
        inputs: OptionalInputs = None,
        db: DbOption = None,
        actor: Annotated[Optional[list[str]], typer.Option("--actor", help="Only events with this actor (name, id "
                                                           "or ISO3/body code); repeat for a pair.")] = None,
        since: Annotated[Optional[str], typer.Option("--since", help="From this date (YYYY, YYYY-MM or "
                                                     "YYYY-MM-DD).")] = None,
        until: Annotated[Optional[str], typer.Option("--until", help="Up to this date.")] = None,
        everything: Annotated[bool, typer.Option("--all", help="Also hypothetical and denied events.")] = False,
        fmt: Annotated[str, typer.Option("--format", help="text, json or html.")] = "text",
        output: Output = None,
        quiet: Quiet = False,
    ) -> None:
        """The story's events in date order, one entry per real-world event, with every report of it."""
        from eventwire.corpus.timeline import build_timeline, render_html, render_json, render_text

        formats(fmt, ("text", "json", "html"))
        for value, name in ((since, "--since"), (until, "--until")):
            if value and not __import__("re").fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
                raise typer.BadParameter(f"{name} must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
        articles = load(inputs, db, quiet)
        facts = ("asserted", "future", "hypothetical", "negated") if everything else ("asserted", "future")
        tl = build_timeline(articles, actor or [], since, until, facts)
        render = {"text": render_text, "json": render_json}.get(fmt)
        title = "Timeline" + (f": {' and '.join(actor)}" if actor else "")
        write(render(tl) if render else render_html(tl, title), output)

    @app.command("compare")
    def compare_cmd(
        inputs: OptionalInputs = None,
        db: DbOption = None,
        fmt: Annotated[str, typer.Option("--format", help="text, json or html.")] = "text",
        output: Output = None,
        quiet: Quiet = False,
    ) -> None:
        """Sources side by side: events each outlet reports and omits, voices quoted, tone, numeric claims."""
        from eventwire.corpus.compare import compare, render_html, render_json, render_text

        formats(fmt, ("text", "json", "html"))
        result = compare(load(inputs, db, quiet))
        write({"text": render_text, "json": render_json, "html": render_html}[fmt](result), output)

    @app.command("actors")
    def actors_cmd(
        inputs: OptionalInputs = None,
        db: DbOption = None,
        name: Annotated[Optional[str], typer.Option("--name", help="Only actors whose name, alias or id matches.")]
        = None,
        fmt: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
        output: Output = None,
        quiet: Quiet = False,
    ) -> None:
        """Actors across articles: canonical name, aliases, roles over time, quotes, events as source and target."""
        from eventwire.corpus.actorview import actor_profiles, render_json, render_text

        formats(fmt, ("text", "json"))
        profiles = actor_profiles(load(inputs, db, quiet), name)
        write(render_json(profiles) if fmt == "json" else render_text(profiles), output)
