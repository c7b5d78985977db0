# Stacked functools.wraps decorators: __wrapped__ chains, copied __dict__, unwrap with a stop condition
import functools
import inspect


def tag(label):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            return f"[{label}]" + fn(*a, **k)
        wrapper.labels = getattr(fn, "labels", []) + [label]
        return wrapper
    return deco


@tag("outer")
@tag("inner")
def hello(name: str) -> str:
    """Greet someone."""
    return f"hello {name}"


hello.extra = "set later"
print(hello("ann"), hello.__name__, hello.__doc__, hello.labels)
print(hello.__wrapped__.labels, hello.__wrapped__.__wrapped__.__name__, inspect.unwrap(hello)("bo"))
print(inspect.unwrap(hello, stop=lambda f: getattr(f, "labels", None) == ["inner"]).labels)
print(hello.__wrapped__.__dict__.keys(), "__wrapped__" in hello.__dict__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
print(inspect.signature(hello), hello.__annotations__)
