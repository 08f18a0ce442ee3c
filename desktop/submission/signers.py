"""The key this data folder's submissions were signed with, and whether the key here is it.

The coordinator registers each municipality's key by its fingerprint and refuses a package
signed by another key. The key file is not in a backup: after a restore on a new computer
the submissions come back but their key does not, and a new key made then would sign
packages the coordinator refuses. Every front end asks here: after a restore
(``missing_key``), when the key is shown, and before a submission is signed
(``key_change``). The key's fingerprint is read from its certificate kept beside it, so
no passphrase is asked for (``keystore.own_fingerprint``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.signing.fingerprints import fingerprint_lines

if TYPE_CHECKING:
    from desktop.storage import Store


@dataclass(frozen=True)
class EarlierKey:
    """The key the latest submission of the data folder was signed with, and the key here."""

    fingerprint: str  # the earlier submissions' key
    round_id: str  # the latest submission signed with it
    number: int
    here: str | None = None  # the fingerprint of the key in the data folder, when known

    @property
    def missing(self) -> bool:
        """No key in the data folder at all (as after a restore on a new computer)."""
        return self.here is None


def same_key(first: str, second: str) -> bool:
    """Whether two fingerprints, however grouped, are the same key's."""
    return fingerprint_lines(first) == fingerprint_lines(second)


def earlier_key(store: Store) -> EarlierKey | None:
    """The key of the latest submission recorded in the data folder; None before the first."""
    signed = [
        submission
        for round_id in store.started_rounds()
        for submission in store.submissions(round_id)
        if submission.signer_fingerprint
    ]
    if not signed:
        return None
    # By the time recorded (a time that is no time counts as the earliest), then the number.
    latest = max(signed, key=lambda s: (s.submitted_at or "", s.number))
    return EarlierKey(latest.signer_fingerprint, latest.round_id, latest.number)


def missing_key(store: Store) -> EarlierKey | None:
    """The earlier submissions' key when the data folder does not hold it: no key file, or
    one whose fingerprint is another. None when it is here, or when nothing was submitted
    (or the key here is locked and its certificate not kept: it cannot be told unasked)."""
    from desktop.signing.keystore import own_fingerprint

    earlier = earlier_key(store)
    if earlier is None:
        return None
    path = store.paths.key_store
    if not path.exists():
        return earlier
    here = own_fingerprint(path)
    if here is None or same_key(here, earlier.fingerprint):
        return None
    return EarlierKey(earlier.fingerprint, earlier.round_id, earlier.number, here)


def key_change(store: Store, fingerprint: str) -> EarlierKey | None:
    """The earlier submissions' key when the key with ``fingerprint`` is another one (signing
    with it means the coordinator has to register it first); None when it is the same, or
    when nothing was submitted before."""
    earlier = earlier_key(store)
    if earlier is None or same_key(earlier.fingerprint, fingerprint):
        return None
    return EarlierKey(earlier.fingerprint, earlier.round_id, earlier.number, fingerprint)
