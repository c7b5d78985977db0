# test_queues: test_put_cancelled_race -- a cancelled putter leaves room for the next
import asyncio

async def main():
    q = asyncio.Queue(maxsize=1)
    put_a = asyncio.create_task(q.put("a"))
    put_b = asyncio.create_task(q.put("b"))
    put_c = asyncio.create_task(q.put("X"))
    await asyncio.sleep(0)
    print(put_a.done(), put_b.done(), put_c.done())
    put_c.cancel()
    await asyncio.sleep(0)
    print("put_c cancelled:", put_c.cancelled())
    async def getall():
        return [await q.get(), await q.get()]
    print(await getall())
    print(put_b.done(), q.empty())

asyncio.run(main())
