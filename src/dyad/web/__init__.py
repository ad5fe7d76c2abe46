"""The HTTP API and the dashboard, thin views over dyad.store."""

from dyad.web.app import create_app

__all__ = ["create_app"]
