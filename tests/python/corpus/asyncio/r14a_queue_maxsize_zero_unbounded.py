# test_queues: maxsize 0 (and negative) means unbounded; full() is never true
import asyncio

async def main():
    for size in (0, -1):
        q = asyncio.Queue(size)
        for i in range(100):
            q.put_nowait(i)
        print(size, q.qsize(), q.full(), q.maxsize)
    q = asyncio.Queue(3)
    for i in range(3):
        await q.put(i)
    print(q.full(), q.qsize())
    try:
        await asyncio.wait_for(q.put(99), 0.05)
    except asyncio.TimeoutError:
        print('put timed out; size', q.qsize())

asyncio.run(main())
