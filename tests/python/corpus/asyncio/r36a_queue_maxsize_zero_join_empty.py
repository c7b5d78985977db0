# Queue edge cases: maxsize 0 and negative are unbounded, join() on an empty queue returns at once
import asyncio


async def main():
    for size in (0, -1):
        q = asyncio.Queue(size)
        for i in range(100):
            q.put_nowait(i)
        print(size, q.qsize(), q.full(), q.maxsize)
    empty = asyncio.Queue()
    await asyncio.wait_for(empty.join(), 0.05)
    print("join on empty returned")
    empty.put_nowait("x")
    print(empty.get_nowait())
    try:
        await asyncio.wait_for(empty.join(), 0.05)
    except TimeoutError:
        print("join waits: get() alone is not task_done()")
    print(str(empty))


asyncio.run(main())
