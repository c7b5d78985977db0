# gather of workers where one has a NameError; gather raises it.
import asyncio

async def worker(n):
    await asyncio.sleep(0.01 * n)
    if n == 2:
        return totl
    return n

async def main():
    results = await asyncio.gather(worker(1), worker(2), worker(3))
    print(results)

asyncio.run(main())
