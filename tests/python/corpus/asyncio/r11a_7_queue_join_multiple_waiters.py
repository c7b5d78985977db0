import asyncio


async def waiter(q, name):
    await q.join()
    print(f"{name}: queue fully processed")


async def worker(q):
    while True:
        item = await q.get()
        await asyncio.sleep(0.01)
        print("processed", item)
        q.task_done()


async def main():
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    waiters = [asyncio.create_task(waiter(q, f"w{i}")) for i in range(2)]
    w = asyncio.create_task(worker(q))
    await asyncio.gather(*waiters)
    w.cancel()
    print("unfinished tasks:", q._unfinished_tasks)


asyncio.run(main())
