# put_nowait() wakes a getter that is cancelled before it runs: the item stays for the next getter.
import asyncio

async def getter(q, name):
    try:
        item = await q.get()
        print(name, 'got', item)
        return item
    except asyncio.CancelledError:
        print(name, 'cancelled; qsize', q.qsize())
        raise

async def main():
    q = asyncio.Queue()
    g1 = asyncio.create_task(getter(q, 'g1'))
    g2 = asyncio.create_task(getter(q, 'g2'))
    await asyncio.sleep(0)
    q.put_nowait('apple')
    g1.cancel()
    r = await asyncio.gather(g1, g2, return_exceptions=True)
    print([type(x).__name__ if isinstance(x, BaseException) else x for x in r])
    print('qsize:', q.qsize(), 'getters:', len(q._getters))

asyncio.run(main())
