# LifoQueue hands out the newest item first; put waits when full.
import asyncio

async def main():
    q = asyncio.LifoQueue(maxsize=2)
    await q.put(1)
    await q.put(2)
    blocked = asyncio.create_task(q.put(3))
    await asyncio.sleep(0.01)
    print('put blocked:', not blocked.done())
    print(await q.get())
    await blocked
    print(await q.get(), await q.get())
    print(isinstance(q, asyncio.Queue), q.empty())

asyncio.run(main())
# (end of the program)
