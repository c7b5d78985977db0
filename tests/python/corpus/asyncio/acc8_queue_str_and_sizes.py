# Queue's str, qsize, empty and full, and the QueueFull/QueueEmpty of the nowait calls.
import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    print(str(q), q.qsize(), q.empty(), q.full(), q.maxsize)
    q.put_nowait('a')
    await q.put('b')
    print(str(q), q.qsize(), q.empty(), q.full())
    try:
        q.put_nowait('c')
    except asyncio.QueueFull as e:
        print('QueueFull', repr(e))
    print(q.get_nowait(), await q.get())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print('QueueEmpty', repr(e))
    u = asyncio.Queue()
    for i in range(100):
        u.put_nowait(i)
    print('unbounded full?', u.full(), u.qsize())

asyncio.run(main())
