# typing: List, Dict, Optional, Callable, TypeVar, NamedTuple, TypedDict and get_type_hints
from typing import Callable, Dict, List, NamedTuple, Optional, TypeVar, TypedDict, get_type_hints
import asyncio

T = TypeVar('T')

class Point(NamedTuple):
    x: int
    y: int = 0

class Movie(TypedDict):
    title: str
    year: int

def first(items: List[T]) -> Optional[T]:
    return items[0] if items else None

def apply(f: Callable[[int], int], xs: List[int]) -> Dict[int, int]:
    return {x: f(x) for x in xs}

async def fetch(n: int) -> str:
    await asyncio.sleep(0.01)
    return str(n)

print(first([3, 4]), first([]), apply(lambda x: x * x, [1, 2, 3]))
print(Point(1), Point._field_defaults, Movie(title='Up', year=2009))
print(get_type_hints(first), get_type_hints(Point))
print(asyncio.run(fetch(5)), fetch.__annotations__)
print(List[int], Optional[str], Callable[[int], str])
