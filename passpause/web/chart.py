"""Reactivations per week as an SVG drawn on the server: no chart library in the page."""

from __future__ import annotations

from html import escape

from ..models import Result
from ..write.labels import Labels


def weekly_svg(result: Result, labels: Labels) -> str:
    bars = [(labels.date(start) if start else labels["overdue"], count)
            for start, count in result.per_week()]
    width, height, left, bottom, top = 640, 220, 30, 40, 20
    most = max([count for _, count in bars] + [1])
    step = (width - left) / len(bars)
    scale = (height - bottom - top) / most
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
             f'role="img" aria-label="{escape(labels["chart_title"])}" class="chart">',
             f'<line x1="{left}" y1="{height - bottom}" x2="{width}" y2="{height - bottom}" '
             'stroke="#888"/>']
    for index, (name, count) in enumerate(bars):
        x = left + index * step + step * 0.15
        bar = count * scale
        colour = "#C00000" if index == 0 else "#4472C4"
        parts.append(f'<rect x="{x:.1f}" y="{height - bottom - bar:.1f}" width="{step * 0.7:.1f}"'
                     f' height="{bar:.1f}" fill="{colour}"><title>{escape(name)}: {count}'
                     '</title></rect>')
        parts.append(f'<text x="{x + step * 0.35:.1f}" y="{height - bottom - bar - 4:.1f}" '
                     f'text-anchor="middle" font-size="12">{count}</text>')
        parts.append(f'<text x="{x + step * 0.35:.1f}" y="{height - bottom + 16}" '
                     f'text-anchor="middle" font-size="10">{escape(name)}</text>')
    parts.append("</svg>")
    return "".join(parts)
