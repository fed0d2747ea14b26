"""Coding projects: answers, codebook versions and coders' decisions in one SQLite file."""

from .migrations import LATEST as SCHEMA_VERSION
from .store import AUTO_CODER, SOURCES, Project, create_project

__all__ = ["AUTO_CODER", "SCHEMA_VERSION", "SOURCES", "Project", "create_project"]
