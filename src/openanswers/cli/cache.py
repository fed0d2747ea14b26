"""`openanswers cache`: where the on-disk cache lives, and removing it (see docs/privacy.md)."""

from __future__ import annotations

import typer

from . import app

cache_app = typer.Typer(name="cache", help="The on-disk cache: embeddings, sealed Dutch preprocessing, the privacy rules' findings, topic fits, theme stability and mentions.", no_args_is_help=True)
app.add_typer(cache_app, name="cache")


@cache_app.command("clear")
def clear() -> None:
    """Remove every cached file (vectors and sealed terms) from the cache folder.

    Example: openanswers cache clear
    """
    from ..diskcache import cache_dir, clear_cache

    n, freed = clear_cache()
    typer.echo(f"{cache_dir()}: {n} {'bestand' if n == 1 else 'bestanden'} verwijderd ({freed / 1e6:.1f} MB).", err=True)


@cache_app.command("path")
def path() -> None:
    """Print the cache folder (OPENANSWERS_CACHE_DIR, else the user cache folder).

    Example: openanswers cache path
    """
    from ..diskcache import cache_dir

    typer.echo(str(cache_dir()))
