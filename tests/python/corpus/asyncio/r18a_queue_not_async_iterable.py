# a learner tries async for over a Queue, then writes the loop by hand
import asyncio

async def producer(q):
    for i in range(3):
        await q.put(i)
        await asyncio.sleep(0.01)
    await q.put(None)

async def main():
    q = asyncio.Queue()
    asyncio.create_task(producer(q))
    try:
        async for item in q:
            print(item)
    except TypeError as e:
        print('TypeError:', e)
    while (item := await q.get()) is not None:
        print('item', item)
    try:
        for item in q:
            pass
    except TypeError as e:
        print('TypeError:', e)
    try:
        await q
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())
