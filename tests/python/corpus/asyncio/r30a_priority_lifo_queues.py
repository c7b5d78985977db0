# PriorityQueue orders by tuple; LifoQueue pops the newest first
import asyncio

async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
        await pq.put(item)
    print([pq.get_nowait() for _ in range(pq.qsize())])
    lq = asyncio.LifoQueue()
    for ch in "abcd":
        lq.put_nowait(ch)
    print("".join([await lq.get() for _ in range(4)]))
    print(type(pq).__mro__[1].__name__, isinstance(lq, asyncio.Queue))
    class Job:
        def __init__(self, n):
            self.n = n
    pq.put_nowait((5, Job(1)))
    pq.put_nowait((5, Job(2)))

asyncio.run(main())
