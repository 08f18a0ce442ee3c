"""Organisation key, PDF signatures, ASiC-E packages and safe reading of received files.

Owns: the organisation key (``keys``), its fingerprint written the one way
people read it (``fingerprints``, plain text), the key file (``keystore``), PDF and CAdES signatures,
the ASiC-E package and its manifest, and reading a received ZIP without
trusting it. May import only the ground floor (i18n, errors, jsonvalue,
untrusted, the strict JSON reader ``desktop.safejson``).

Nothing here imports Qt; data goes in and bytes (or a verdict) come out.
Modules are imported directly (``desktop.signing.asice``) so that starting the
application does not load pyHanko until something is signed or verified.
"""
