# NewType, cast, Literal, Final and TypeAlias as they behave at runtime (mostly no-ops)
from typing import NewType, cast, Literal, Final, TypeAlias, Any, get_args
UserId = NewType("UserId", int)
OrderId = NewType("OrderId", UserId)

uid = UserId(42)
print(uid, type(uid).__name__, UserId, UserId.__supertype__, OrderId.__supertype__)
print(UserId.__name__, UserId.__qualname__ if hasattr(UserId, "__qualname__") else "")
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print("TypeError:", e)

value: Any = "123"
n = cast(int, value)
print(n, type(n).__name__, cast("list[str]", [1]))
Mode = Literal["r", "w", "a"]
print(Mode, get_args(Mode), Literal[1, 2] == Literal[2, 1], Literal[1, 1, 2])
MAX: Final = 10
Vector: TypeAlias = list[float]
print(MAX, Vector, Final[int])
def open_it(mode: Mode) -> None:
    if mode not in get_args(Mode):
        raise ValueError(f"mode must be one of {get_args(Mode)}, got {mode!r}")
    print("opening with", mode)
open_it("w")
open_it("x")
