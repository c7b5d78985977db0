# typing for decorators and tuples: ParamSpec, Concatenate, TypeVarTuple, reveal_type and assert_never
from typing import ParamSpec, TypeVar, Callable, Concatenate, TypeVarTuple, assert_never, reveal_type, Never, LiteralString
import functools

P = ParamSpec("P")
R = TypeVar("R")
Ts = TypeVarTuple("Ts")


def logged(f: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(f)
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        print("calling", f.__name__, args, kwargs)
        return f(*args, **kwargs)
    return inner


@logged
def area(w: int, h: int = 1) -> int:
    return w * h


print(area(3, h=4), P, P.args, R, Ts, Callable[P, R], Concatenate[int, P])
print(tuple[*Ts], logged.__annotations__["f"])
x = reveal_type(area(2))
print("revealed", x)


def handle(v: int | str) -> str:
    if isinstance(v, int):
        return "int"
    elif isinstance(v, str):
        return "str"
    else:
        assert_never(v)


print(handle(1), handle("a"), Never, LiteralString)
handle(2.5)
