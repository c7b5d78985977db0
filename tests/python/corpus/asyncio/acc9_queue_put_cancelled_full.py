# A put() blocked on a full Queue is cancelled: its item never arrives; another blocked put does.
import asyncio

async def putter(q, item):
    try:
        await q.put(item)
        print('put', item)
    except asyncio.CancelledError:
        print('put', item, 'cancelled')
        raise

async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait('first')
    p1 = asyncio.create_task(putter(q, 'second'))
    p2 = asyncio.create_task(putter(q, 'third'))
    await asyncio.sleep(0)
    print('full:', q.full(), 'putters:', len(q._putters))
    p1.cancel()
    await asyncio.sleep(0)
    print('got', await q.get())
    await asyncio.sleep(0)
    print('got', await q.get())
    print('empty:', q.empty(), 'qsize:', q.qsize())
    await asyncio.gather(p1, p2, return_exceptions=True)
    print('p1 cancelled:', p1.cancelled(), 'p2 result:', p2.result())

asyncio.run(main())
