# Polling a Queue with wait_for timeouts never loses an item put just as a timeout fires
import asyncio


async def producer(q):
    for i in range(3):
        await asyncio.sleep(0.12)
        await q.put(i)


async def main():
    q = asyncio.Queue()
    p = asyncio.create_task(producer(q))
    received, timeouts = [], 0
    while len(received) < 3:
        try:
            received.append(await asyncio.wait_for(q.get(), 0.05))
        except TimeoutError:
            timeouts += 1
    await p
    print("received", received, "timeouts > 0:", timeouts > 0, "left:", q.qsize())


asyncio.run(main())
