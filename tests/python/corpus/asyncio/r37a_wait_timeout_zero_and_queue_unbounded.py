# wait(timeout=0) just partitions tasks by state; a Queue with maxsize <= 0 is unbounded
import asyncio


async def nap(d):
    await asyncio.sleep(d)
    return d


async def main():
    tasks = [asyncio.create_task(nap(d)) for d in (0, 0.3)]
    done, pending = await asyncio.wait(tasks, timeout=0)
    print("right away:", len(done), len(pending))
    await asyncio.sleep(0.01)
    done, pending = await asyncio.wait(tasks, timeout=0)
    print("after 0.01 s:", [t.result() for t in done], len(pending))
    await asyncio.wait(pending)
    q = asyncio.Queue(maxsize=-5)
    for i in range(100):
        q.put_nowait(i)
    print("maxsize", q.maxsize, "qsize", q.qsize(), "full", q.full())
    try:
        asyncio.Queue(maxsize="10")
    except TypeError as e:
        print("TypeError:", e)
    q2 = asyncio.Queue(maxsize=1.5)
    q2.put_nowait(1)
    q2.put_nowait(2)
    print("float maxsize:", q2.full(), q2.qsize())


asyncio.run(main())
