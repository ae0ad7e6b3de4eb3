"""The quote aligner: one statement at a time, as each article quotes it.

Wiring only: the choices call `framing.align_quotes` once and
`framing.render.quote_group_html` on every change.

What it can not tell you: the same as `framing.align`.
"""

from __future__ import annotations

from typing import Any

__all__ = ["quote_aligner"]


def quote_aligner(articles: Any = None, *, lexicon: Any = None) -> Any:
    """A widget that shows one statement at a time, with every article's version of it.

    With no arguments it offers the bundled corpus. Controls: ``statement`` (a
    dropdown of the statements quoted in two or more articles).
    """
    import ipywidgets as widgets

    from .align import align_quotes
    from .corpus import list_seeds
    from .render_align import quote_group_html
    from .widgets import KitWidget, guarded

    groups = align_quotes(list(list_seeds()) if articles is None else articles, lexicon=lexicon)
    options = [(_choice(number, g), number - 1) for number, g in enumerate(groups, start=1)]
    choice = widgets.Dropdown(
        options=options or [("(no statement is quoted twice)", -1)],
        description="Statement",
        layout=widgets.Layout(width="48em"),
    )
    view, message = widgets.HTML(), widgets.HTML()

    def show() -> None:
        message.value = ""
        if choice.value < 0:
            view.value = "<p>No statement is quoted in two or more of these articles.</p>"
            return
        view.value = quote_group_html(groups[choice.value])

    run = guarded(message, show)
    choice.observe(lambda change: run(), names="value")
    run()
    return KitWidget(
        [choice, message, view],
        controls={"statement": choice},
        view=view,
        message=message,
        state={"groups": groups},
    )


def _choice(number: int, group: Any) -> str:
    words = group.words if len(group.words) <= 60 else group.words[:59] + "…"
    speaker = group.speaker or "speaker unclear"
    return f"{number}. {speaker}: {words} ({len(group.variants)} articles)"
