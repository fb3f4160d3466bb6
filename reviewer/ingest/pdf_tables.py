"""Ruled tables from the lines a PDF draws: Word, WPS, LibreOffice and reportlab all
draw cell borders as thin paths. Rows are the bands between horizontal rules; a row's
cells are bounded by the vertical rules that cross it, so merged cells come out once
per grid column they span (as python-docx reports them)."""

from __future__ import annotations

from dataclasses import dataclass

from reviewer.ingest.pdf_layout import Segment, group_lines, join_segments, join_wrapped

_THIN = 2.5
_SNAP = 1.5


@dataclass
class RuledTable:
    left: float
    right: float
    bottom: float
    top: float
    rows: list[list[str]]
    members: set[int]  # ids of the segments placed in the table


def _dedupe(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > _SNAP:
            out.append(v)
    return out


def _groups(hs, vs):
    """Horizontal rules grouped into tables: consecutive rules joined by a vertical rule."""
    hs = sorted(hs, key=lambda h: -h[2])
    groups: list[list[tuple]] = []
    for h in hs:
        if groups:
            prev = groups[-1][-1]
            overlap = min(h[1], prev[1]) - max(h[0], prev[0])
            linked = any(prev[0] - 3 <= x <= prev[1] + 3 and b <= h[2] + _SNAP and t >= prev[2] - _SNAP for x, b, t in vs)
            if overlap > 0.5 * min(h[1] - h[0], prev[1] - prev[0]) and linked:
                groups[-1].append(h)
                continue
        groups.append([h])
    return [g for g in groups if len(g) >= 2]


def ruled_tables(paths: list[tuple[float, float, float, float]], segs: list[Segment]) -> list[RuledTable]:
    hs = [(l, r, (b + t) / 2) for l, b, r, t in paths if (t - b) <= _THIN and (r - l) > 8]
    vs = [((l + r) / 2, b, t) for l, b, r, t in paths if (r - l) <= _THIN and (t - b) > 5]
    # rectangles stroked as one path contribute their four edges
    for l, b, r, t in paths:
        if (t - b) > _THIN and (r - l) > _THIN:
            hs += [(l, r, b), (l, r, t)]
            vs += [(l, b, t), (r, b, t)]
    tables: list[RuledTable] = []
    for g in _groups(hs, vs):
        left, right = min(h[0] for h in g), max(h[1] for h in g)
        ys = _dedupe([h[2] for h in g])[::-1]  # top to bottom
        top, bottom = ys[0], ys[-1]
        inner = [v for v in vs if left - 3 <= v[0] <= right + 3 and v[2] >= bottom - _SNAP and v[1] <= top + _SNAP]
        if len(inner) < 2:
            continue
        bands = list(zip(ys, ys[1:]))
        band_bounds: list[list[float]] = []
        for y_top, y_bot in bands:
            mid = (y_top + y_bot) / 2
            xs = _dedupe([v[0] for v in inner if v[1] - _SNAP <= mid <= v[2] + _SNAP] + [left, right])
            band_bounds.append(xs)
        cols = _dedupe([x for xs in band_bounds for x in xs])
        if len(cols) < 2:
            continue
        cells: dict[tuple[int, int], list[Segment]] = {}
        members: set[int] = set()
        for s in segs:
            cx, cy = (s.left + s.right) / 2, (s.top + s.bottom) / 2
            if not (left - 1 <= cx <= right + 1 and bottom - 1 <= cy <= top + 1):
                continue
            r = next((i for i, (yt, yb) in enumerate(bands) if yb - 1 <= cy <= yt + 1), None)
            if r is None:
                continue
            xs = band_bounds[r]
            c = next((i for i in range(len(xs) - 1) if xs[i] - 1 <= cx <= xs[i + 1] + 1), None)
            if c is None:
                continue
            cells.setdefault((r, c), []).append(s)
            members.add(id(s))
        if not members:
            continue
        rows: list[list[str]] = []
        for r, xs in enumerate(band_bounds):
            row = [""] * (len(cols) - 1)
            for c in range(len(xs) - 1):
                text = _cell_text(cells.get((r, c), []))
                for k in range(len(cols) - 1):
                    mid = (cols[k] + cols[k + 1]) / 2
                    if xs[c] - 1 <= mid <= xs[c + 1] + 1:
                        row[k] = text
            if any(row):
                rows.append(row)
        if rows:
            tables.append(RuledTable(left, right, bottom, top, rows, members))
    return tables


def _cell_text(segs: list[Segment]) -> str:
    text = ""
    for ln in group_lines(segs):
        t = join_segments(ln.segs)
        text = join_wrapped(text, t) if text else t
    return text.strip()
