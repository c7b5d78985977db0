# checking what kinds of things my worker returns with typing and collections.abc
import asyncio
import collections.abc as cabc
from typing import Awaitable, Coroutine

async def worker() -> int:
    await asyncio.sleep(0.01)
    return 42

async def main() -> None:
    coro = worker()
    print(isinstance(coro, cabc.Coroutine), isinstance(coro, cabc.Awaitable), isinstance(coro, cabc.Generator))
    task: asyncio.Task[int] = asyncio.create_task(coro)
    print(isinstance(task, cabc.Awaitable), isinstance(task, asyncio.Future))
    print(worker.__annotations__)
    print(Coroutine[None, None, int], Awaitable[int])
    print(await task)

asyncio.run(main())
