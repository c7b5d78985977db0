# The producer and consumer with type hints, as a learner copies them from a modern tutorial.
import asyncio

async def producer(q: asyncio.Queue[int], n: int) -> None:
    for i in range(n):
        await q.put(i * i)
        await asyncio.sleep(0.01)
    await q.put(-1)

async def consumer(q: asyncio.Queue[int]) -> list[int]:
    seen: list[int] = []
    while (item := await q.get()) >= 0:
        seen.append(item)
    return seen

async def main() -> None:
    q: asyncio.Queue[int] = asyncio.Queue()
    task: asyncio.Task[list[int]] = asyncio.create_task(consumer(q))
    await producer(q, 5)
    print(await task)
    print(producer.__annotations__)
    print(asyncio.Future[str], asyncio.LifoQueue[int])

asyncio.run(main())
