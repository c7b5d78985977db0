# PriorityQueue gives the smallest first (tuples compare item by item), LifoQueue the last put; their str().
import asyncio

async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, 'low'), (1, 'high'), (2, 'mid'), (1, 'also high')]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(pq.qsize())])
    lq = asyncio.LifoQueue(maxsize=3)
    for i in range(3):
        await lq.put(i)
    print(str(lq))
    print([await lq.get() for _ in range(3)])
    print(isinstance(pq, asyncio.Queue), isinstance(lq, asyncio.Queue))

asyncio.run(main())
