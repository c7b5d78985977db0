# PriorityQueue hands out the smallest first; ties by the tuple's next field; LifoQueue the last first.
import asyncio

async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, 'low'), (1, 'urgent'), (2, 'normal'), (1, 'also urgent')]:
        await pq.put(item)
    while not pq.empty():
        print(await pq.get())
    lq = asyncio.LifoQueue()
    for c in 'abc':
        lq.put_nowait(c)
    print([lq.get_nowait() for _ in range(lq.qsize())])
    print(str(pq), str(lq))

asyncio.run(main())
