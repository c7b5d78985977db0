import asyncio

async def main():
    q = asyncio.Queue()
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait("precious")
    getter.cancel()
    await asyncio.sleep(0)
    print("getter cancelled:", getter.cancelled())
    print("item still in queue:", q.qsize(), q.get_nowait())
    try:
        await asyncio.wait_for(q.get(), 0.02)
    except asyncio.TimeoutError:
        print("get timed out, size", q.qsize())
    q.put_nowait(1)
    print(await q.get(), q.empty())
    q.task_done()
    q.task_done()
    q.task_done()

asyncio.run(main())
