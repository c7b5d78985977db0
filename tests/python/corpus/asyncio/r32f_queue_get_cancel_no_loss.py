# Polling a queue with short wait_for timeouts never loses items
import asyncio

async def producer(q):
    for i in range(4):
        await asyncio.sleep(0.01)
        await q.put(i)

async def main():
    q = asyncio.Queue()
    prod = asyncio.create_task(producer(q))
    got, timeouts = [], 0
    while len(got) < 4:
        try:
            got.append(await asyncio.wait_for(q.get(), timeout=0.2))
        except asyncio.TimeoutError:
            timeouts += 1
    await prod
    print("got:", got, "timeouts:", timeouts, "left:", q.qsize())

asyncio.run(main())
