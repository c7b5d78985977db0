# A Queue with a float maxsize, PriorityQueue and LifoQueue str(), and full() at each step.
import asyncio

async def main():
    q = asyncio.Queue(maxsize=1.3)
    print(q.maxsize, q.full())
    q.put_nowait(1)
    print(q.full())
    try:
        q.put_nowait(2)
        print('second put went in, full:', q.full())
    except asyncio.QueueFull:
        print('QueueFull on the second')
    pq = asyncio.PriorityQueue()
    for item in (3, 1, 2):
        pq.put_nowait(item)
    print(str(pq))
    lq = asyncio.LifoQueue(2)
    lq.put_nowait('a')
    print(str(lq), lq.get_nowait(), str(lq))
    print(str(asyncio.Queue()))

asyncio.run(main())
