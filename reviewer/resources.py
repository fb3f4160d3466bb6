"""Where the shipped data folders are: the source checkout or the installed package."""

from __future__ import annotations

from pathlib import Path

_PKG = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """``standards`` or ``prompts``: <repo>/<name> in a checkout, else reviewer/_data/<name> when installed."""
    checkout = _PKG.parent / name
    if checkout.is_dir():
        return checkout
    installed = _PKG / "_data" / name
    if installed.is_dir():
        return installed
    raise FileNotFoundError(f"data folder {name!r} not found next to the package or inside it")
