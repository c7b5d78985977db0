# asyncio.to_thread runs a blocking time.sleep alongside an async ticker.
import asyncio
import time

def blocking(n):
    time.sleep(0.3)
    return n * 10

async def ticker():
    for i in range(2):
        await asyncio.sleep(0.1)
        print('tick', i)

async def main():
    r, _ = await asyncio.gather(asyncio.to_thread(blocking, 4), ticker())
    print('blocking returned', r)

asyncio.run(main())
