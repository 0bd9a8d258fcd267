"""``client.predict``: prediction models such as lead scoring (`/predict/`). A plain operation of the spec:
``predict({"model": "lead_score_v1", "input": {...}})`` answers a ``score`` between 0 and 1."""

from __future__ import annotations

from imbrace_generated.gateway import namespaces as gw_ops

from .._resource import ModeT


class Predict(gw_ops.PredictOperations[ModeT]):
    """``client.predict``: run a prediction model on an input."""
