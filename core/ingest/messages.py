"""Messages about a load, kept as a code plus values and rendered in the user's language.

The templates live in :data:`core.i18n.TEXTS` under ``ingest.<code>``; the command line prints
English, the Data page prints the interface language.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.i18n import t


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
        return t(f"ingest.{self.code}", lang, **values)

    def __str__(self) -> str:
        return self.text("en")


class IngestError(ValueError):
    """A file that cannot be read. The message names the file and says what to do."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.text("en"))
        self.message = message
