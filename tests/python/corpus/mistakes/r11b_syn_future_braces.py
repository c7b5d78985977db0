# An old joke: asking for braces from the future.
from __future__ import annotations
from __future__ import braces

def greet(name: str) -> str:
    return "hi " + name
