# A drift-free periodic task: sleep until the next multiple of the interval on loop.time()
import asyncio

async def every(interval, count, fn):
    loop = asyncio.get_running_loop()
    start = loop.time()
    for i in range(1, count + 1):
        target = start + i * interval
        await asyncio.sleep(max(0, target - loop.time()))
        fn(i)

async def main():
    ticks = []
    await every(0.03, 5, ticks.append)
    print(ticks)
    print("sleep with negative delay returns immediately:", await asyncio.sleep(-1, "ok"))

asyncio.run(main())
