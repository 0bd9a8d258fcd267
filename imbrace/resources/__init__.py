"""One module per namespace. Each is imported on first access to ``client.<namespace>``."""
