# A list of worker coroutines with a comma missing between two.
import asyncio

async def worker(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    coros = [worker("A", 0.02), worker("B", 0.01) worker("C", 0.03)]
    print(await asyncio.gather(*coros))

asyncio.run(main())
