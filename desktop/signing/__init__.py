"""Organisation key, PDF signatures, ASiC-E packages and safe reading of received files.

Nothing here imports Qt; data goes in and bytes (or a verdict) come out.
Modules are imported directly (``desktop.signing.asice``) so that starting the
application does not load pyHanko until something is signed or verified.
"""
