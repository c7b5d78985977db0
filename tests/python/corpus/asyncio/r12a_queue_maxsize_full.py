# test_queues: test_maxsize / full() / qsize while producers block
import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full())
    have_been_put = []

    async def putter():
        for i in range(3):
            await q.put(i)
            have_been_put.append(i)
        return True

    t = asyncio.create_task(putter())
    for _ in range(2):
        await asyncio.sleep(0)
    print(have_been_put, q.full(), q.qsize())
    print(q.get_nowait(), q.get_nowait())
    await asyncio.sleep(0)
    print(have_been_put, t.result(), q.qsize())
    q2 = asyncio.Queue(0)
    print(q2.full(), asyncio.Queue(-1).full())

asyncio.run(main())
