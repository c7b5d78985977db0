# An ExitStack whose cleanup callbacks fail in turn
from contextlib import ExitStack

def close(name, fail=False):
    print("closing", name)
    if fail:
        raise OSError(f"could not close {name}")

with ExitStack() as stack:
    stack.callback(close, "log")
    stack.callback(close, "db", fail=True)
    stack.callback(close, "cache", fail=True)
    print("working")
