# Queue's str with its maxsize and items; negative maxsize is unbounded
import asyncio

async def main():
    q = asyncio.Queue(maxsize=-3)
    for i in range(5):
        q.put_nowait(i)
    print(q.full(), q.qsize(), q.maxsize)
    q2 = asyncio.Queue(2)
    print(str(q2))
    q2.put_nowait('x')
    print(str(q2))
    q2.get_nowait()
    print(str(q2))
    print(str(asyncio.PriorityQueue()), str(asyncio.LifoQueue(1)))

asyncio.run(main())
