"""sdkgen: an OpenAPI document in, a typed Python client package out."""

__version__ = "0.1.0"
"""The generator's version (as in pyproject.toml); the output manifest records it."""
