# Checking that a callback has the right signature with isinstance
from typing import Callable

def on_event(handler):
    if not isinstance(handler, Callable):
        raise TypeError("handler must be callable")
    if not isinstance(handler, Callable[[str], None]):
        raise TypeError("handler must take a str")
    handler("started")

on_event(print)
