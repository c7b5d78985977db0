# Mistake: a worker's parameters written as a tuple, Python 2 style, after a plain one.
import asyncio


async def worker(label, (delay, retries)):
    await asyncio.sleep(delay)
    return label * retries


async def main():
    print(await worker('a', (0.01, 3)))


asyncio.run(main())
