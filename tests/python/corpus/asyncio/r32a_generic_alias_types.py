# asyncio classes as generics in annotations: Future[int], Queue[str], Task[None]
import asyncio

async def produce(q: "asyncio.Queue[str]") -> None:
    await q.put("x")

async def main() -> None:
    q: asyncio.Queue[str] = asyncio.Queue()
    t: asyncio.Task[None] = asyncio.create_task(produce(q))
    await t
    print(asyncio.Future[int], asyncio.Task[None], asyncio.Queue[str])
    print(asyncio.Future[int].__origin__ is asyncio.Future)
    print(q.get_nowait(), produce.__annotations__)

asyncio.run(main())
