"""Messages about a load, kept as a code plus values and rendered in the user's language.

The templates live in :data:`core.vocab.INGEST` (English source, translated through the
catalogues); the command line prints English, the Data page the interface language.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core import vocab
from core.i18n import translate_any


@dataclass(frozen=True)
class Message:
    """One thing to tell the user: a template code and the values to fill in."""

    code: str
    params: dict = field(default_factory=dict)

    def text(self, lang: str = "en") -> str:
        values = {
            k: ", ".join(map(str, v)) if isinstance(v, list | tuple) else v
            for k, v in self.params.items()
        }
        if isinstance(values.get("what"), str):  # a name marked for translation (N_)
            values["what"] = translate_any(values["what"], lang)
        count = self.params.get("count")
        return translate_any(
            vocab.INGEST[self.code], lang, count if isinstance(count, int) else None, **values
        )

    def shown(self, lang: str = "en") -> str:
        """:meth:`text` for a page: every value from a file (file names, column names, values)
        shown as text, never as Markdown or HTML (:func:`core.fmt.plain`)."""
        from core.fmt import plain

        safe = {k: v if isinstance(v, int | float) else _plain(v, plain)
                for k, v in self.params.items()}  # fmt: skip
        return Message(self.code, safe).text(lang)

    def __str__(self) -> str:
        return self.text("en")


def _plain(value: object, plain) -> object:
    if isinstance(value, list | tuple):
        return [v if isinstance(v, int | float) else plain(v) for v in value]
    return plain(value)


class IngestError(ValueError):
    """A file that cannot be read. The message names the file and says what to do."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.text("en"))
        self.message = message


def is_failure(err: BaseException) -> bool:
    """Whether an error is one file's failure, to be told as a message: any ``Exception``, or a
    panic inside a reader library written in Rust (polars, fastexcel) — those derive from
    ``BaseException`` and carry the name ``PanicException``, each library its own class. Being
    stopped (Ctrl-C, exit) is not a failure of the file."""
    return isinstance(err, Exception) or type(err).__name__ == "PanicException"
