# typing extras: Literal, Final, NewType, cast, TypeAlias, get_origin/get_args, overload
from typing import Literal, Final, NewType, cast, get_origin, get_args, overload, Union, Callable, Optional

Mode = Literal["r", "w"]
UserId = NewType("UserId", int)
MAX: Final = 10
Vector = list[float]


def open_it(mode: Mode = "r") -> str:
    return mode


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


uid = UserId(5)
print(uid, type(uid).__name__, UserId.__name__, UserId, cast(str, 3), MAX)
print(Mode, get_args(Mode), get_origin(Mode) is Literal, get_args(Optional[int]))
print(get_origin(Vector), get_args(dict[str, list[int]]), get_origin(Union[int, str]))
print(Callable[[int], str], get_args(Callable[[int, str], bool]), open_it.__annotations__)
print(double(2), double("ab"), Vector, Union[int, str, int], Optional[Union[int, str]])
print(double.__name__, open_it("w"))
