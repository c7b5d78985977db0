# Printing type annotations of functions and classes written with typing
from typing import Optional, Union, Callable, Any, get_type_hints, List, Dict


def fetch(url: str, retries: int = 3, timeout: Optional[float] = None) -> dict[str, Any]:
    return {}


def combine(f: Callable[[int, str], bool], xs: List[int] | None) -> Union[int, str]:
    return 0


class Config:
    name: str
    values: Dict[str, list[int]]
    debug: bool = False


print(fetch.__annotations__)
print(combine.__annotations__["f"], combine.__annotations__["xs"])
print(combine.__annotations__["return"])
print(get_type_hints(Config))
print(Optional[int] == Union[int, None], int | str, type(int | str).__name__)
print(repr(list[int]), dict[str, tuple[int, ...]])
print(Config.debug, "name" in Config.__dict__)
