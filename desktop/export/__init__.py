"""The PDF report and the package builder: data in, bytes out; no Qt."""
