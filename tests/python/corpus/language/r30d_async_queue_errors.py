# asyncio.Queue edge cases: get_nowait on empty, put_nowait on full, task_done too often, maxsize
import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)
    q.put_nowait("a")
    q.put_nowait("b")
    print(q.qsize(), q.full(), q.maxsize, repr(q).startswith("<Queue"))
    try:
        q.put_nowait("c")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e), type(e).__mro__[1].__name__)
    print(q.get_nowait(), q.get_nowait(), q.empty())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(str(e)))
    q.task_done()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    lifo = asyncio.LifoQueue()
    for n in range(3):
        await lifo.put(n)
    print([lifo.get_nowait() for _ in range(3)])
    try:
        await asyncio.wait_for(q.get(), timeout=0.05)
    except TimeoutError:
        print("get timed out, TimeoutError is asyncio.TimeoutError:", TimeoutError is asyncio.TimeoutError)
    await q.join()
    print("joined")
    asyncio.Queue(maxsize=-1).put_nowait(1)
    print(asyncio.Queue().get_nowait())


asyncio.run(main())
