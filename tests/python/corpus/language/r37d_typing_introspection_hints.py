# Inspecting type hints at runtime: get_type_hints, get_origin, get_args, Optional and Annotated unwrapped.
from typing import Optional, Union, Callable, get_type_hints, get_origin, get_args, Literal, Final, ClassVar, Annotated
import typing

class Config:
    name: str
    retries: Optional[int] = None
    mode: Literal["fast", "safe"] = "safe"
    hooks: list[Callable[[int], str]]
    limit: Final = 10
    count: ClassVar[int] = 0
    score: Annotated[float, "0..1"] = 0.5

hints = get_type_hints(Config)
for k, v in hints.items():
    print(f"{k:8} {v!r:45} origin={get_origin(v)!r} args={get_args(v)!r}")
print(get_type_hints(Config, include_extras=True)["score"])
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int], int | None)
print(get_args(int | str | None), get_origin(int | str))
def f(x: "list[int]", y: dict[str, tuple[int, ...]] = None) -> "Optional[str]": ...
print(get_type_hints(f))
print(f.__annotations__)
print(typing.get_origin(Callable[..., int]), get_args(Callable[..., int]), get_args(Callable[[int, str], None]))
print(repr(Union[int]), Union[int, Union[str, int]])
