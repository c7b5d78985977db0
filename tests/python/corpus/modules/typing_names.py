# typing: the names import, and annotations using them run.
from typing import List, Dict, Tuple, Optional, Union, Any, Callable, Iterable, Set, Awaitable, Coroutine
import typing
import asyncio

def total(xs: List[int], scale: Optional[float] = None) -> Union[int, float]:
    return sum(xs) * (scale if scale is not None else 1)

def apply(f: Callable[[int], int], xs: Iterable[int]) -> List[int]:
    return [f(x) for x in xs]

async def fetch(n: int) -> Dict[str, Any]:
    await asyncio.sleep(0)
    return {'n': n, 'ok': True}

pairs: List[Tuple[str, int]] = [('a', 1)]
seen: Set[int] = set()
print(total([1, 2, 3]), total([1, 2], 0.5))
print(apply(lambda x: x * x, range(4)))
print(asyncio.run(fetch(7)))
print(pairs, seen, typing.TYPE_CHECKING)
print(typing.cast(int, 'not checked'))
