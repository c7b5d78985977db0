# test_queues: put_nowait on a full queue raises QueueFull, get_nowait on an empty one QueueEmpty
import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.qsize(), q.empty(), q.full())
    q.put_nowait('a')
    q.put_nowait('b')
    print(q.qsize(), q.full())
    try:
        q.put_nowait('c')
    except asyncio.QueueFull as e:
        print('QueueFull', repr(e))
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print('QueueEmpty', repr(e))
    print(issubclass(asyncio.QueueFull, Exception))

asyncio.run(main())
