"""Errors the library raises; the CLI turns them into one-line messages and exit codes."""

from __future__ import annotations


class FactcheckError(Exception):
    """Base of every error factcheck raises on purpose."""

    slug = "error"

    def __init__(self, message: str, *, slug: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if slug:
            self.slug = slug


class ManifestError(FactcheckError):
    """The manifest file is missing, malformed or names unknown files."""

    slug = "manifest"


class RenderError(FactcheckError):
    """A report file could not be rendered or written."""

    slug = "render"


class ReviewError(FactcheckError):
    """The review store or server could not do what was asked."""

    slug = "review"


class DeliveryError(FactcheckError):
    """A report could not be delivered to a webhook."""

    slug = "delivery"
