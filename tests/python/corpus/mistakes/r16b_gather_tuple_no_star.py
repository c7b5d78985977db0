# gather given a tuple of coroutines instead of unpacking it with *
import asyncio

async def job(n):
    await asyncio.sleep(0.01)
    return n * 10

async def main():
    jobs = (job(1), job(2), job(3))
    results = await asyncio.gather(jobs)
    print(results)

asyncio.run(main())
