# Subscripted asyncio types in annotations and at runtime: Queue[int], Future[str], Task[None]
import asyncio
from typing import get_type_hints


async def produce(q: asyncio.Queue[int], n: int) -> None:
    for i in range(n):
        await q.put(i)


async def collect(q: "asyncio.Queue[int]", n: int) -> list[int]:
    return [await q.get() for _ in range(n)]


async def main() -> None:
    q: asyncio.Queue[int] = asyncio.Queue()
    t: asyncio.Task[None] = asyncio.create_task(produce(q, 3))
    print(await collect(q, 3), await t)
    print(asyncio.Queue[int], asyncio.Future[str], asyncio.Task[None])
    alias = asyncio.Future[str]
    print(alias.__origin__ is asyncio.Future, alias.__args__)
    print(get_type_hints(collect))
    print(produce.__annotations__)
    f: asyncio.Future[str] = asyncio.get_running_loop().create_future()
    print(type(f).__name__, isinstance(f, asyncio.Future))
    isinstance(f, asyncio.Future[str])


asyncio.run(main())
