# a Queue getter cancelled right after an item arrives: the item is not lost
import asyncio

async def main():
    q = asyncio.Queue()
    g1 = asyncio.create_task(q.get())
    g2 = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait('item')
    g1.cancel()
    await asyncio.sleep(0)
    print('g1 cancelled:', g1.cancelled())
    print('g2 done:', g2.done(), g2.result() if g2.done() else None)
    print('qsize:', q.qsize())
    bq = asyncio.Queue(1)
    bq.put_nowait('x')
    p = asyncio.create_task(bq.put('y'))
    await asyncio.sleep(0)
    print('putter waiting:', not p.done(), bq.qsize())
    print(bq.get_nowait())
    await asyncio.sleep(0)
    print('putter done:', p.done(), bq.qsize(), bq.get_nowait())

asyncio.run(main())
