# Queue limits: put_nowait into a full queue raises QueueFull, get_nowait of an empty one QueueEmpty; str() of a queue.
import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    print('maxsize', q.maxsize, 'empty', q.empty(), 'full', q.full(), 'qsize', q.qsize())
    q.put_nowait('a')
    q.put_nowait('b')
    print(str(q))
    try:
        q.put_nowait('c')
    except asyncio.QueueFull as e:
        print('QueueFull', repr(e), issubclass(asyncio.QueueFull, Exception))
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print('QueueEmpty', repr(e))
    unbounded = asyncio.Queue()
    for i in range(100):
        unbounded.put_nowait(i)
    print('unbounded full?', unbounded.full(), unbounded.qsize())
    neg = asyncio.Queue(-1)
    neg.put_nowait(1)
    print('negative maxsize is unbounded:', neg.full(), neg.maxsize)

asyncio.run(main())
