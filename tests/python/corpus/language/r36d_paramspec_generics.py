# Typed decorators with ParamSpec and Concatenate, bounded TypeVars and generic protocols.
from typing import Callable, TypeVar, ParamSpec, Concatenate, Protocol, Generic, Iterator
import functools

P = ParamSpec("P")
R = TypeVar("R")
N = TypeVar("N", bound=float)

def logged(func: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        print("calling", func.__name__, args, kwargs)
        return func(*args, **kwargs)
    return wrapper

def with_user(func: Callable[Concatenate[str, P], R]) -> Callable[P, R]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        return func("admin", *args, **kwargs)
    return inner

@logged
def scale(x: N, factor: int = 2) -> N:
    return x * factor

@with_user
def delete(user: str, item: str) -> str:
    return f"{user} deleted {item}"

print(scale(1.5, factor=3), delete("file.txt"))
print(P, P.args, P.kwargs, N.__bound__, R.__bound__)
print(Callable[P, R], Callable[Concatenate[str, P], R])
print(scale.__annotations__)

class SupportsNext(Protocol[R]):
    def __next__(self) -> R: ...

class Box(Generic[N]):
    def __init__(self, v: N):
        self.v = v

print(Box[int], Box(3).v, SupportsNext[int], SupportsNext.__parameters__)
def first(it: Iterator[R]) -> R:
    return next(it)
print(first(iter("xyz")), first.__annotations__["it"])
