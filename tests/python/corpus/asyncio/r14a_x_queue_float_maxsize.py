# test_queues test_float_maxsize: a float maxsize compares as a number
import asyncio

async def main():
    q = asyncio.Queue(maxsize=1.3)
    q.put_nowait(1)
    q.put_nowait(2)
    print(q.full(), q.qsize(), q.maxsize)
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print('QueueFull at', q.qsize())
    q2 = asyncio.Queue(maxsize=1.3)
    async def putter():
        for i in range(3):
            await q2.put(i)
        return 'all put'
    t = asyncio.create_task(putter())
    await asyncio.sleep(0)
    print(q2.qsize(), t.done())
    print(q2.get_nowait(), await t, q2.qsize())

asyncio.run(main())
