"""``client.api_keys``: the signed-in user's API keys in this organization (``/platform/v1``).

``create`` returns the key itself, whose ``token`` is shown only then; ``delete`` revokes it, and requests
made with it fail with 401 from then on. All three are plain operations of the spec.
"""

from __future__ import annotations

from imbrace_generated.gateway import namespaces as gw_ops

from .._resource import ModeT


class ApiKeys(gw_ops.ApiKeysOperations[ModeT]):
    """``client.api_keys``: list, create and revoke API keys."""
