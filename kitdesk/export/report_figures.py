"""The figure file beside a saved Selvevaluering, and reading several of them back to merge.

    figures_path(folder, report)       # Selvevaluering_2026-K3.kitdesk-tal.json
    figure_file_bytes(report, folder_id=..., exported_at=...)
    merge_files([path, ...]) -> Report   # raises ExportError (cannot read) or Refusal (not mergeable)

What the file holds and how merging counts: kitdesk/domain/indicators/figure_file.py.
"""
from __future__ import annotations

import hashlib
import secrets
from datetime import datetime
from pathlib import Path

from kitdesk import __version__
from kitdesk.domain.indicators import figure_file
from kitdesk.domain.indicators.compute import Report
from kitdesk.domain.refusal import Refusal
from kitdesk.export.atomic import ExportError

MAX_BYTES = 20 * 1024 * 1024  # a year's figure file is some 60 kB; anything this big is not one


def source_id(folder_id: str) -> str:
    """Which data folder the figures come from, as a hash: the same for each export of one folder (so a
    newer export replaces an older one in a merge), and saying nothing by itself."""
    return hashlib.sha256(f"kitdesk-tal:{folder_id}".encode()).hexdigest()[:32]


def figure_file_bytes(report: Report, *, folder_id: str, exported_at: datetime) -> bytes:
    assert report.counts is not None, "a figure file is written from a report counted here"
    return figure_file.encode(report.counts, export_id=secrets.token_hex(16), source_id=source_id(folder_id),
                              exported_at=exported_at, app_version=__version__)


def read_figure_file(path: Path, name: str = "") -> figure_file.FigureFile:
    """`name`: what the messages call the file (its name, by default)."""
    path = Path(path)
    name = name or path.name
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise Refusal(figure_file.NOT_A_FIGURE_FILE, name=name, suffix=figure_file.SUFFIX)
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise ExportError(f"Filen findes ikke: {path}. Vælg filen igen.") from exc
    except IsADirectoryError as exc:
        raise ExportError(f"»{path.name}« er en mappe, ikke en fil med nøgletal. Vælg filerne, der ender på "
                          f"{figure_file.SUFFIX}.") from exc
    except OSError as exc:
        raise ExportError(f"Filen kunne ikke læses: {path} ({exc.strerror or exc}). Prøv igen, eller kopiér "
                          "den til en anden mappe først.") from exc
    return figure_file.decode(data, name)


def merge_files(paths: list[Path]) -> Report:
    """The merged report of the figure files at `paths` (see figure_file.merge)."""
    paths = [Path(p) for p in paths]
    return figure_file.merge([read_figure_file(p, name) for p, name in zip(paths, display_names(paths), strict=True)])


def display_names(paths: list[Path]) -> list[str]:
    """What the messages and the merged report call each file: its name, or – as colleagues' files
    for one period are named alike – its folder and name. Never the whole path (it may name the user)."""
    names = [p.name for p in paths]
    return [f"{p.parent.name}/{p.name}" if names.count(p.name) > 1 and p.parent.name else p.name for p in paths]
