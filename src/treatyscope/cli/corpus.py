"""``treatyscope corpus``: get the treaty corpus from its public source, or check one."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from .. import corpus as corpus_mod
from .common import CorpusOpt, _err, progress_bar

app = typer.Typer(help="The treaty corpus: download it, or check a copy against its checksums.", no_args_is_help=True)


@app.command("fetch")
def fetch_cmd(
    dest: Annotated[Path, typer.Option("--dest", help="Folder to download into (treaties/ is created inside).", file_okay=False)],
    ids: Annotated[Optional[list[str]], typer.Option("--id", help="Only these documents (repeatable). Default: all 1,645.")] = None,
    base_url: Annotated[str, typer.Option("--base-url", help="Where the source repository's files are served.")] = corpus_mod.DEFAULT_BASE_URL,
) -> None:
    """Download the corpus texts from their public source and check every checksum."""
    from rich.progress import Progress

    entries = corpus_mod.read_manifest(corpus_mod.bundled_manifest())
    unknown = [i for i in ids or [] if i not in entries]
    if unknown:
        _err(f"error: not in the manifest: {', '.join(unknown)}")
        raise typer.Exit(2)
    total = len(ids) if ids else len(entries)
    with Progress(transient=True) as progress:
        task = progress.add_task("downloading", total=total)
        ok, problems = corpus_mod.fetch(dest, ids=ids, base_url=base_url,
                                        progress=lambda _: progress.advance(task))
    for p in problems:
        _err(f"error: {p}")
    _err(f"{ok} of {total} documents present with matching checksums in {dest / 'treaties'}")
    if problems:
        raise typer.Exit(1)


@app.command("check")
def check_cmd(
    corpus: CorpusOpt = None,
) -> None:
    """Check every corpus file against the manifest's checksums."""
    folder = corpus_mod.find_corpus(corpus)
    entries = corpus_mod.read_manifest(corpus_mod.bundled_manifest())
    missing, changed = [], []
    with progress_bar("checking", total=len(entries)) as advance:  # on a terminal only
        for doc_id, entry in entries.items():
            path = folder / "treaties" / f"{doc_id}.md"
            if not path.is_file():
                missing.append(doc_id)
            elif corpus_mod.sha256_file(path) != entry.sha256:
                changed.append(doc_id)
            advance()
    typer.echo(f"{len(entries) - len(missing) - len(changed)} of {len(entries)} documents match; "
               f"{len(missing)} missing, {len(changed)} changed")
    for doc_id in changed[:20]:
        _err(f"changed: {doc_id}")
    if missing or changed:
        raise typer.Exit(1)
