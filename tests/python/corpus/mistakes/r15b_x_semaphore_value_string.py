# Mistake: a Semaphore limit read from settings as a str.
import asyncio

settings = {"max_parallel": "2"}

async def job(sem, n):
    async with sem:
        await asyncio.sleep(0.01)
        return n

async def main():
    sem = asyncio.Semaphore(settings["max_parallel"])
    print(await asyncio.gather(*(job(sem, n) for n in range(3))))

asyncio.run(main())
