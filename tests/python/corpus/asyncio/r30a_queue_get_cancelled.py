# A get() cancelled by wait_for does not lose an item put later
import asyncio

async def main():
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), 0.02)
    except asyncio.TimeoutError:
        print("first get timed out")
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait("A")
    q.put_nowait("B")
    print(await getter, q.qsize(), q.get_nowait())
    q.put_nowait(1)
    print(q.unfinished_tasks if hasattr(q, "unfinished_tasks") else q._unfinished_tasks)

asyncio.run(main())
