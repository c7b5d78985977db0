# PriorityQueue hands out the smallest item first; LifoQueue the newest
import asyncio

async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, 'low'), (1, 'urgent'), (2, 'normal'), (1, 'also urgent')]:
        await pq.put(item)
    print([pq.get_nowait() for _ in range(pq.qsize())])
    lq = asyncio.LifoQueue()
    for i in 'abc':
        lq.put_nowait(i)
    print([await lq.get() for _ in range(3)])
    pq.put_nowait((1, {'a': 1}))
    try:
        pq.put_nowait((1, {'b': 2}))
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())
