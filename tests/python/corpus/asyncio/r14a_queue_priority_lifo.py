# test_queues: PriorityQueue returns the smallest first, LifoQueue the last put
import asyncio

async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'A')]:
        await pq.put(item)
    print([pq.get_nowait() for _ in range(pq.qsize())])
    lq = asyncio.LifoQueue()
    for x in range(4):
        lq.put_nowait(x)
    print([await lq.get() for _ in range(4)])
    fq = asyncio.Queue()
    for x in 'xyz':
        fq.put_nowait(x)
    print([fq.get_nowait() for _ in range(3)])

asyncio.run(main())
