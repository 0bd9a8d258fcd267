"""Public types: request and response models (generated from the spec) and stream events.

Submodules load lazily: ``imbrace.types.ai_agent``, ``imbrace.types.ai``, ``imbrace.types.ui_stream``.
"""
