from contextlib import contextmanager

@contextmanager
def opened(name):
    print("open", name)
    if name == "missing":
        return
    yield name

with opened("a.txt") as f:
    print("using", f)
with opened("missing") as f:
    print("never")
