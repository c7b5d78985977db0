# A reader puts one None sentinel for two consumers: one consumer never ends; wait() times out.
import asyncio


async def consumer(n, q):
    while True:
        item = await q.get()
        if item is None:
            print('consumer', n, 'got sentinel')
            break
        print('consumer', n, 'got', item)
        await asyncio.sleep(0.01 * (n + 1))


async def main():
    q = asyncio.Queue()
    consumers = [asyncio.create_task(consumer(n, q)) for n in range(2)]
    for i in range(4):
        await q.put(i)
    await q.put(None)
    done, pending = await asyncio.wait(consumers, timeout=0.3)
    print('done:', len(done), 'pending:', len(pending))
    for t in pending:
        t.cancel()


asyncio.run(main())
