"""The vacancy text as safe HTML with the checks' findings marked.

A vacancy text is user input: every character is escaped, and only our own ``<mark>`` tags are
added. Overlapping findings are merged; a ``bad`` finding wins over a ``good`` one.
"""

from __future__ import annotations

import html

from core.fmt import plain
from core.vacancy import Result

STYLE = {
    "good": "background:#d7efe6;border-radius:3px;padding:0 2px",
    "bad": "background:#fbd9c9;border-radius:3px;padding:0 2px",
}


def spans(result: Result) -> list[tuple[int, int, str, str]]:
    """Non-overlapping ``(start, end, kind, rule ids)`` in text order."""
    marks = [(e.start, e.end, e.kind, rule.id) for rule in result.results for e in rule.evidence]
    marks.sort(key=lambda m: (m[0], 0 if m[2] == "bad" else 1, -m[1]))
    merged: list[tuple[int, int, str, str]] = []
    for start, end, kind, rule in marks:
        if merged and start < merged[-1][1]:
            last = merged[-1]
            worst = "bad" if "bad" in (last[2], kind) else "good"
            merged[-1] = (
                last[0],
                max(last[1], end),
                worst,
                ", ".join(sorted({*last[3].split(", "), rule})),
            )
        else:
            merged.append((start, end, kind, rule))
    return merged


def to_html(text: str, result: Result) -> str:
    """The text with ``<mark>`` around findings, line breaks kept. The text itself is never
    markup: every character HTML or Markdown could act on is escaped (:func:`core.fmt.plain`),
    so a pasted ``![x](http://...)`` or ``<iframe>`` shows as typed."""

    def shown(part: str) -> str:
        return "<br>".join(plain(line) for line in part.split("\n"))

    out, cursor = [], 0
    for start, end, kind, rules in spans(result):
        out.append(shown(text[cursor:start]))
        title = html.escape(rules, quote=True)
        out.append(f'<mark style="{STYLE[kind]}" title="{title}">{shown(text[start:end])}</mark>')
        cursor = end
    out.append(shown(text[cursor:]))
    return "".join(out)
