# Generic result wrapper with TypeVar; a typed helper awaits any coroutine and wraps it.
import asyncio
from typing import Awaitable, Generic, TypeVar, get_type_hints

T = TypeVar("T")


class Timed(Generic[T]):
    def __init__(self, label: str, value: T) -> None:
        self.label = label
        self.value = value

    def __repr__(self) -> str:
        return f"Timed[{type(self.value).__name__}]({self.label!r}, {self.value!r})"


async def wrap(label: str, aw: Awaitable[T]) -> Timed[T]:
    return Timed(label, await aw)


async def factorial(n: int) -> int:
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.005)
        r *= i
    return r


async def main() -> None:
    items = await asyncio.gather(*(wrap(f"{n}!", factorial(n)) for n in (3, 5)))
    print(items)
    print(get_type_hints(wrap))
    print(Timed[int], Timed.__parameters__)


asyncio.run(main())
