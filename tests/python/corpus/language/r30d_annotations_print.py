# Printing function annotations of many kinds, as a course about type hints does
from typing import Union, Callable, Any, Literal, Dict, List, Tuple


def f(a: int, b: str = "x", *args: float, key: Union[int, None] = None, **kw: Any) -> List[int]:
    return []


def g(cb: Callable[[int, str], bool], mode: Literal["r", "w"]) -> Dict[str, Tuple[int, ...]]:
    return {}


def h(x: "Forward", y: list[dict[str, int]] | None) -> None:
    pass


for func in (f, g, h):
    print(func.__name__)
    for name, ann in func.__annotations__.items():
        print(f"  {name}: {ann!r}")
print(int | str, type(int | str).__name__)
print(Union[int, str] == Union[str, int], List[int] == list[int])
