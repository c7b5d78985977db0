# a get() cancelled while waiting loses no item: the next getter receives it
import asyncio

async def getter(name, q):
    try:
        item = await q.get()
        print(name, 'got', item)
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise

async def main():
    q = asyncio.Queue()
    g1 = asyncio.create_task(getter('g1', q))
    g2 = asyncio.create_task(getter('g2', q))
    await asyncio.sleep(0.01)
    q.put_nowait('item')
    g1.cancel()
    await asyncio.gather(g1, g2, return_exceptions=True)
    print('queue size', q.qsize())

asyncio.run(main())
