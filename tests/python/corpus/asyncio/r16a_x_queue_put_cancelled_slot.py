# A put() waiting on a full queue that is cancelled does not add its item; the next putter gets the slot
import asyncio

async def putter(q, item):
    try:
        await q.put(item)
        print('put', item)
    except asyncio.CancelledError:
        print('put of', item, 'cancelled')
        raise

async def main():
    q = asyncio.Queue(1)
    q.put_nowait('first')
    a = asyncio.create_task(putter(q, 'a'))
    b = asyncio.create_task(putter(q, 'b'))
    await asyncio.sleep(0)
    a.cancel()
    await asyncio.sleep(0)
    print('got', q.get_nowait())
    await asyncio.sleep(0)
    print('got', q.get_nowait(), 'size', q.qsize())
    await asyncio.gather(a, b, return_exceptions=True)

asyncio.run(main())
