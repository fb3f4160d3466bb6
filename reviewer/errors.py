"""User-facing errors. Every one carries a Chinese and an English message.

The CLI turns an ``InputError`` into exit code 2 and the API into a 4xx; no
traceback ever reaches the user for these.
"""

from __future__ import annotations


class GreenreviewError(Exception):
    """Base class for errors that are explained to the user, not crashes."""

    code = "error"
    http_status = 400

    def __init__(self, zh: str, en: str, *, code: str | None = None, http_status: int | None = None):
        super().__init__(f"{zh} / {en}")
        self.zh = zh
        self.en = en
        if code:
            self.code = code
        if http_status:
            self.http_status = http_status

    def to_dict(self) -> dict:
        return {"error": self.code, "message": self.zh, "message_en": self.en}

    def __str__(self) -> str:  # shown on stderr by the CLI
        return f"错误：{self.zh}\nError: {self.en}"


class InputError(GreenreviewError):
    """The input file (or argument) cannot be reviewed as given."""

    code = "bad_input"
    http_status = 422


class FileTooLarge(InputError):
    code = "file_too_large"
    http_status = 413


class UnsupportedFormat(InputError):
    code = "unsupported_format"
    http_status = 415


class NotFound(GreenreviewError):
    code = "not_found"
    http_status = 404
