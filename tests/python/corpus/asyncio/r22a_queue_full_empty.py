# put_nowait/get_nowait raise QueueFull/QueueEmpty at the bounds.
import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    q.put_nowait('a')
    q.put_nowait('b')
    print('full:', q.full(), 'size:', q.qsize(), 'maxsize:', q.maxsize)
    try:
        q.put_nowait('c')
    except asyncio.QueueFull as e:
        print('QueueFull', repr(e))
    print(q.get_nowait(), q.get_nowait(), q.empty())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print('QueueEmpty', repr(e))
    unbounded = asyncio.Queue()
    for i in range(1000):
        unbounded.put_nowait(i)
    print(unbounded.full(), unbounded.qsize())

asyncio.run(main())
# (end of the program)
