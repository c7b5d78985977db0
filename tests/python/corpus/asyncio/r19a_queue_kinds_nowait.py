# Queue, PriorityQueue, LifoQueue; put_nowait/get_nowait; QueueFull/QueueEmpty
import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.qsize(), q.empty(), q.full())
    q.put_nowait('a'); q.put_nowait('b')
    print(q.qsize(), q.empty(), q.full())
    try:
        q.put_nowait('c')
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    pq = asyncio.PriorityQueue()
    for item in [(3, 'low'), (1, 'high'), (2, 'mid'), (1, 'also high')]:
        await pq.put(item)
    print([pq.get_nowait() for _ in range(pq.qsize())])
    lq = asyncio.LifoQueue()
    for i in range(4):
        lq.put_nowait(i)
    print([await lq.get() for _ in range(4)])
    unbounded = asyncio.Queue(0)
    for i in range(100):
        unbounded.put_nowait(i)
    print(unbounded.full(), unbounded.qsize())
    neg = asyncio.Queue(-5)
    neg.put_nowait(1)
    print("negative maxsize full?", neg.full(), neg.maxsize)
    print(issubclass(asyncio.QueueFull, Exception), asyncio.QueueEmpty.__mro__[1].__name__)

asyncio.run(main())
