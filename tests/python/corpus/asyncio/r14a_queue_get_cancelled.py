# test_queues: a get() cancelled while waiting does not lose the item put next
import asyncio

async def main():
    q = asyncio.Queue()
    g1 = asyncio.create_task(q.get())
    g2 = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    g1.cancel()
    q.put_nowait('item')
    r = await asyncio.gather(g1, g2, return_exceptions=True)
    print([type(x).__name__ if isinstance(x, BaseException) else x for x in r])
    print(q.qsize(), q.empty())

asyncio.run(main())
