# Mistake: "await asyncio.gather" without calling it, the workers left in a tuple beside it.
import asyncio


async def worker(n):
    await asyncio.sleep(0.01)
    return n


async def main():
    jobs = (worker(1), worker(2))
    results = await asyncio.gather
    print(results, len(jobs))


asyncio.run(main())
