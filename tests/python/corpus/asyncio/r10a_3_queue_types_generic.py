import asyncio

q: asyncio.Queue[int] = asyncio.Queue()
print(asyncio.Queue[int], asyncio.PriorityQueue[tuple[int, str]])
print(asyncio.Future[str], asyncio.Task[None])
print(issubclass(asyncio.PriorityQueue, asyncio.Queue), issubclass(asyncio.LifoQueue, asyncio.Queue))

async def worker(q: asyncio.Queue[int], done: asyncio.Future[str]) -> None:
    done.set_result(f'got {await q.get()}')

async def main():
    q.put_nowait(3)
    fut = asyncio.get_running_loop().create_future()
    await worker(q, fut)
    print(fut.result(), worker.__annotations__['q'], worker.__annotations__['done'].__args__)

asyncio.run(main())
