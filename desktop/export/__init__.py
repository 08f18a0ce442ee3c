"""The PDF report and the package builder: data in, bytes out; no Qt."""

from desktop.export.report import format_fingerprint, render_report

__all__ = ["format_fingerprint", "render_report"]
