# Printing type annotations the way documentation generators see them.
from typing import Union, Optional, Callable, Literal, Annotated, Any, Final, ClassVar, get_type_hints, get_origin, get_args
import collections.abc

def handler(
    x: int | None,
    y: Union[int, str],
    cb: Callable[[int, str], bool],
    mode: Literal["r", "w"] = "r",
    *rest: tuple[int, ...],
    **opts: Annotated[float, "units"],
) -> Optional[list[dict[str, Any]]]:
    pass

for name, ann in handler.__annotations__.items():
    print(f"{name}: {ann!r}")
print(get_origin(int | None), get_args(int | None), get_origin(Callable[[int], str]))
print(get_args(Callable[[int, str], bool]), get_args(Literal["r", "w"]))
print(Union[int, Union[str, int]], Optional[Union[int, None]], Union[int] is int)
print((int | str) == Union[str, int], int | str | None)
print(get_type_hints(handler)["opts"], get_type_hints(handler, include_extras=True)["opts"])

class Config:
    MAX: Final = 10
    count: ClassVar[int] = 0
    name: "str"
    items: list["Config"]

print(Config.__annotations__)
print(get_type_hints(Config))
print(collections.abc.Callable[[int], str], type[int], list[int] == list[int])
print(isinstance(3, int | str), issubclass(bool, int | None))
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
