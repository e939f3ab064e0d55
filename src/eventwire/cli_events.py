"""``eventwire events``: who did what to whom, as a table or JSON."""

import json
from typing import Annotated, Optional

import typer


def register(app: typer.Typer) -> None:
    """Add the ``events`` command to ``app``."""
    from rich.console import Console

    from eventwire.cli import Errors, Inputs, Quiet, _finish, analyzed
    from eventwire.report import event_rows, events_table
    from eventwire.run.local import AnalyzeOptions

    @app.command("events")
    def events_cmd(
        inputs: Inputs,
        actor: Annotated[Optional[list[str]], typer.Option("--actor", help="Only events with this actor as source "
                                                           "or target (name, id or ISO3 code); repeatable.")] = None,
        root: Annotated[Optional[list[str]], typer.Option("--root", help="Only this CAMEO root (\"16\" or 16); "
                                                          "repeatable.")] = None,
        factuality: Annotated[Optional[str], typer.Option("--factuality", help="Only asserted, future, "
                                                          "hypothetical or negated events.")] = None,
        fmt: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
        quiet: Quiet = False,
    ) -> None:
        """List political events: source, action (CAMEO), target, modality, date and the sentence."""
        if fmt not in ("table", "json"):
            raise typer.BadParameter("--format must be table or json")
        if factuality is not None and factuality not in ("asserted", "future", "hypothetical", "negated"):
            raise typer.BadParameter("--factuality must be asserted, future, hypothetical or negated")
        roots = [r.zfill(2) for r in root or []]
        bad = [r for r in roots if not (r.isdigit() and 1 <= int(r) <= 20)]
        if bad:
            raise typer.BadParameter(f"--root must be a CAMEO root 01..20, not {bad[0]!r}")
        errors = Errors(quiet)
        articles = list(analyzed(inputs, errors, AnalyzeOptions(), quiet))
        rows = event_rows(articles, actor or [], roots, factuality)
        if fmt == "json":
            typer.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        else:
            Console().print(events_table(rows))
        _finish(errors, len(articles), False, True)
