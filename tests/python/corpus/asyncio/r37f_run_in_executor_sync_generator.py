# Wrapping a blocking generator as an async iterator: each next() runs in a thread with to_thread
import asyncio
import time

def slow_numbers(n):
    for i in range(n):
        time.sleep(0.01)
        yield i * 3

_END = object()

async def aiterate(gen):
    while True:
        item = await asyncio.to_thread(next, gen, _END)
        if item is _END:
            return
        yield item

async def ticker(stop):
    n = 0
    while not stop.is_set():
        await asyncio.sleep(0.005)
        n += 1
    return n

async def main():
    stop = asyncio.Event()
    t = asyncio.create_task(ticker(stop))
    got = [x async for x in aiterate(slow_numbers(5))]
    stop.set()
    print(got)
    print("ticker kept running:", await t > 0)

asyncio.run(main())
