# Queue(maxsize): put waits when full; get_nowait/put_nowait raise QueueEmpty/QueueFull.
import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    q.put_nowait('a')
    q.put_nowait('b')
    print('full:', q.full(), q.qsize(), q.maxsize)
    try:
        q.put_nowait('c')
    except asyncio.QueueFull:
        print('QueueFull')

    async def late_getter():
        await asyncio.sleep(0.1)
        print('getter took', q.get_nowait())

    t = asyncio.create_task(late_getter())
    await q.put('c')
    print('put c after the getter made room')
    await t
    print([q.get_nowait() for _ in range(q.qsize())])
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    lifo = asyncio.LifoQueue()
    prio = asyncio.PriorityQueue()
    for x in (3, 1, 2):
        lifo.put_nowait(x)
        prio.put_nowait((x, f'job{x}'))
    print([lifo.get_nowait() for _ in range(3)], [prio.get_nowait() for _ in range(3)])

asyncio.run(main())
