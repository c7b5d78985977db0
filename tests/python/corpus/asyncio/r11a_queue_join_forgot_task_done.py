import asyncio


async def consumer(q):
    while True:
        item = await q.get()
        print("consumed", item)


async def main():
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    c = asyncio.create_task(consumer(q))
    try:
        await asyncio.wait_for(q.join(), timeout=0.05)
    except TimeoutError:
        print("join() never returned: task_done() was not called")
        print("unfinished items still counted, queue empty:", q.empty())
    c.cancel()


asyncio.run(main())
