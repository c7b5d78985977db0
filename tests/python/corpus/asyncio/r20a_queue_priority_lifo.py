# PriorityQueue and LifoQueue ordering, with tuples as priority items.
import asyncio


async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, 'low'), (1, 'high'), (2, 'mid')]:
        await pq.put(item)
    while not pq.empty():
        print('priority:', await pq.get())
    lq = asyncio.LifoQueue()
    for i in range(3):
        lq.put_nowait(i)
    print('lifo:', [lq.get_nowait() for _ in range(3)])
    print(repr(pq).split(' at ')[0])


asyncio.run(main())
