# Type-annotated async code: AsyncIterator, Awaitable, Callable[..., Coroutine]; isinstance checks
import asyncio
from collections.abc import AsyncIterator, Awaitable, Coroutine, AsyncGenerator
from typing import Callable, TypeVar

T = TypeVar("T")

async def gen(n: int) -> AsyncIterator[int]:
    for i in range(n):
        yield i

async def twice(fn: Callable[[int], Awaitable[T]], x: int) -> list[T]:
    return [await fn(x), await fn(x + 1)]

async def sq(x: int) -> int:
    return x * x

async def main() -> None:
    g = gen(2)
    print(isinstance(g, AsyncIterator), isinstance(g, AsyncGenerator))
    c = sq(3)
    print(isinstance(c, Coroutine), isinstance(c, Awaitable))
    print(await c, await twice(sq, 4))
    print(gen.__annotations__)
    print(twice.__annotations__["return"])
    await g.aclose()

asyncio.run(main())
