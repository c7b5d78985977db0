# Type-annotated coroutine functions: inspect their signatures and annotations.
import asyncio
import inspect
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

async def fetch(url: str, *, retries: int = 3) -> bytes:
    await asyncio.sleep(0)
    return url.encode()

async def stream(n: int) -> AsyncIterator[int]:
    for i in range(n):
        yield i

async def call_twice(fn: Callable[[str], Awaitable[Any]], arg: str) -> list[Any]:
    return [await fn(arg), await fn(arg)]

async def main():
    print(inspect.signature(fetch))
    print(inspect.signature(stream))
    print(fetch.__annotations__)
    print(call_twice.__annotations__["fn"])
    print(await call_twice(fetch, "x"))
    print(inspect.isasyncgenfunction(stream), inspect.iscoroutinefunction(stream))

asyncio.run(main())
