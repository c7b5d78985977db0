# as_completed numbered with enumerate, the for without its colon.
import asyncio

async def worker(delay):
    await asyncio.sleep(delay)
    return delay

async def main():
    coros = [worker(0.03), worker(0.01), worker(0.02)]
    for i, fut in enumerate(asyncio.as_completed(coros), start=1)
        print(i, await fut)

asyncio.run(main())
