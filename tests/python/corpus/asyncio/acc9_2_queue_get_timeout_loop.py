# A consumer polling a Queue with wait_for timeouts; a producer that is slow at first.
import asyncio

async def producer(q):
    await asyncio.sleep(0.3)
    for i in range(3):
        await q.put(i)
    await q.put(None)

async def consumer(q):
    misses = 0
    while True:
        try:
            item = await asyncio.wait_for(q.get(), 0.2)
        except asyncio.TimeoutError:
            misses += 1
            print('nothing yet, misses =', misses)
            continue
        if item is None:
            return misses
        print('got', item)

async def main():
    q = asyncio.Queue()
    p = asyncio.create_task(producer(q))
    print('misses:', await consumer(q))
    await p
    print('getters left:', len(q._getters))

asyncio.run(main())
