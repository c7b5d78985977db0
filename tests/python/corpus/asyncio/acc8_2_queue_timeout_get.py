# A consumer that gives up with wait_for when the queue stays empty too long.
import asyncio

async def producer(q):
    for i in range(3):
        await asyncio.sleep(0.02)
        await q.put(i)

async def consumer(q):
    while True:
        try:
            item = await asyncio.wait_for(q.get(), timeout=0.2)
        except asyncio.TimeoutError:
            print('no item for 0.2 s, stopping')
            return
        print('got', item)

async def main():
    q = asyncio.Queue()
    await asyncio.gather(producer(q), consumer(q))
    print('queue empty:', q.empty())

asyncio.run(main())
