# Type-hinted asyncio code: subscripted Queue, Future and Task, and get_type_hints
import asyncio
import typing
from collections.abc import AsyncIterator, Awaitable, Callable

async def numbers(n: int) -> AsyncIterator[int]:
    for i in range(n):
        yield i

async def run_job(fn: Callable[[], Awaitable[str]], q: asyncio.Queue[str]) -> asyncio.Task[None] | None:
    await q.put(await fn())
    return None

async def hello() -> str:
    return "hi"

async def main():
    q: asyncio.Queue[str] = asyncio.Queue()
    await run_job(hello, q)
    print(q.get_nowait())
    print(asyncio.Queue[int], asyncio.Future[str], asyncio.Task[list[int]])
    print(typing.get_type_hints(numbers))
    print(run_job.__annotations__["return"])
    print([n async for n in numbers(3)])

asyncio.run(main())
