# A logging decorator with functools.wraps: name, doc, __wrapped__ and inspect.signature follow it
import functools, inspect

def logged(prefix="call"):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            print(f"{prefix}: {fn.__name__}{args}{kwargs or ''}")
            return fn(*args, **kwargs)
        wrapper.calls = 0
        return wrapper
    return deco

@logged("LOG")
def area(w: float, h: float = 1.0) -> float:
    """Area of a rectangle."""
    return w * h

print(area(3, h=2), area.__name__, area.__doc__, area.__qualname__)
print(inspect.signature(area), inspect.signature(area, follow_wrapped=False))
print(area.__wrapped__(5), area.__annotations__, area.calls)
print(inspect.unwrap(area) is area.__wrapped__)

def plain(fn):
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@plain
def vol(a, b, c):
    "Volume."
    return a * b * c
print(vol.__name__, vol.__doc__, inspect.signature(vol))
w = functools.update_wrapper(lambda *a: None, area, assigned=("__doc__",), updated=())
print(w.__name__, w.__doc__)
