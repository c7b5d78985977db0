# typing: a Protocol, a Generic container, Optional and Callable annotations.
import asyncio
from typing import Protocol, Generic, TypeVar, Optional, Callable, Awaitable, runtime_checkable

T = TypeVar("T")

@runtime_checkable
class Computer(Protocol):
    async def compute(self, n: int) -> int: ...

class Loop:
    async def compute(self, n: int) -> int:
        r = 1
        for i in range(2, n + 1):
            await asyncio.sleep(0.01)
            r *= i
        return r

class Box(Generic[T]):
    def __init__(self, item: Optional[T] = None) -> None:
        self.item = item

    def map(self, f: Callable[[T], T]) -> "Box[T]":
        return Box(None if self.item is None else f(self.item))

    def __repr__(self) -> str:
        return f"Box({self.item!r})"

async def apply(f: Callable[[int], Awaitable[int]], ns: list[int]) -> list[int]:
    return list(await asyncio.gather(*map(f, ns)))

async def main() -> None:
    c = Loop()
    print(isinstance(c, Computer), isinstance(3, Computer))
    print(await apply(c.compute, [3, 4, 5]))
    print(Box(5).map(lambda x: x * 2), Box().map(str), Box[int](7))
    print(Box[int], Optional[int], Callable[[int], str])
    print(apply.__annotations__)

asyncio.run(main())
