# Runtime typing objects: Annotated metadata, TypeVar variance reprs, ParamSpec, overloads, Protocol checks
from typing import (Annotated, TypeVar, ParamSpec, Concatenate, Callable, Generic, Protocol, overload,
                    get_overloads, get_type_hints, get_origin, get_args, TypeVarTuple, Unpack)

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
N = TypeVar("N", int, float)
B = TypeVar("B", bound="Comparable")
P = ParamSpec("P")
Ts = TypeVarTuple("Ts")
print(T, T_co, N, N.__constraints__, B.__bound__, P, P.args, Ts, Unpack[Ts])
Meters = Annotated[float, "unit: m", "positive"]
print(Meters, Meters.__metadata__, get_origin(Meters) is Annotated, get_args(Meters))


def move(d: Meters, f: Callable[Concatenate[int, P], T]) -> None: ...


print(get_type_hints(move), get_type_hints(move, include_extras=True)["d"])


class Box(Generic[T]):
    pass


print(Box[int], get_origin(Box[int]), get_args(Box[str]), Box.__orig_bases__ if hasattr(Box, "__orig_bases__") else "-")


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(2), double("ab"), len(get_overloads(double)))


class Closeable(Protocol):
    def close(self) -> None: ...


isinstance(object(), Closeable)
