# A list of coroutines split over lines whose bracket is never closed.
import asyncio

async def worker(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    coros = [
        worker("A", 0.02),
        worker("B", 0.01),
        worker("C", 0.03),
    results = await asyncio.gather(*coros)
    print(results)

asyncio.run(main())
