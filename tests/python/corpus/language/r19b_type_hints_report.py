# A decorator that prints a function's signature and type hints before calling it
import inspect
import typing
from typing import Any, Callable, Generator, Optional

def describe(fn):
    sig = inspect.signature(fn)
    print(f"{fn.__name__}{sig}")
    for name, hint in typing.get_type_hints(fn).items():
        print(f"  {name}: {hint}")
    return fn

@describe
def apply(values: list[int], op: Callable[[int], None], label: Optional[str] = None) -> None:
    for v in values:
        op(v)

@describe
def lookup(table: dict[str, Any], key: str, default: Any = None) -> Any:
    return table.get(key, default)

@describe
def countdown(n: int) -> Generator[int, None, None]:
    while n:
        yield n
        n -= 1

apply([1, 2], print)
print(lookup({"a": 1}, "a"), list(countdown(3)))
print(typing.get_args(Callable[[int], None]), typing.get_args(Optional[int]))
