# Type hints for the async factorial helpers, printed to check what they look like at runtime.
import asyncio
from collections.abc import Awaitable, Callable, Coroutine
from typing import Generic, Optional, TypeVar, Union

T = TypeVar("T")
Factorial = Callable[[int], Awaitable[int]]


class Box(Generic[T]):
    def __init__(self, value: T) -> None:
        self.value = value

    def __repr__(self) -> str:
        return f"Box({self.value!r})"


async def factorial(n: int) -> int:
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.005)
        r *= i
    return r


async def apply(f: Factorial, xs: list[int]) -> dict[int, Optional[int]]:
    return {x: await f(x) for x in xs}


async def main() -> None:
    print(Factorial)
    print(apply.__annotations__)
    print(Optional[int], Union[int, str], int | None, list[Box[int]])
    print(Coroutine[None, None, int], Box[int], Box[int](6))
    print(T, T.__name__, Box.__parameters__)
    print(await apply(factorial, [3, 5]))


asyncio.run(main())
