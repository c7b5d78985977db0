# A @contextmanager generator that returns before its yield
from contextlib import contextmanager
@contextmanager
def opened(name):
    print("open", name)
    if name == "bad":
        return
    yield name
with opened("ok") as f:
    print(f)
with opened("bad") as f:
    print(f)
