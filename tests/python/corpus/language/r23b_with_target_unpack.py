from contextlib import contextmanager

class Pair:
    def __enter__(self):
        print("enter Pair")
        return (1, 2, 3)
    def __exit__(self, et, ev, tb):
        print("exit Pair:", et.__name__ if et else None, ev)
        return True

with Pair() as (a, b, c):
    print("unpacked", a, b, c)

with Pair() as (a, b):
    print("not reached")
print("after suppressed unpack error")

@contextmanager
def managed():
    print("setup")
    try:
        yield None
    except TypeError as e:
        print("generator saw", repr(e))
        raise
    finally:
        print("teardown")

try:
    with managed() as (x, y):
        print("not reached")
except TypeError as e:
    print("caught", e)

class Holder:
    @property
    def slot(self):
        return None
    @slot.setter
    def slot(self, v):
        raise AttributeError("slot is read-only")
h = Holder()
try:
    with Pair() as h.slot:
        print("not reached")
except AttributeError as e:
    print("AttributeError", e)
print("end")
