# a ticker keeps printing while time.sleep runs in a thread via to_thread
import asyncio
import time

async def ticker(stop):
    n = 0
    while not stop.done():
        print('tick', n)
        n += 1
        await asyncio.sleep(0.1)

def blocking():
    time.sleep(0.35)
    return 'blocking done'

async def main():
    job = asyncio.create_task(asyncio.to_thread(blocking))
    await ticker(job)
    print(job.result())

asyncio.run(main())
