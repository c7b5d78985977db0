# Using an asyncio.Semaphore with a plain with statement
import asyncio

async def fetch(sem, i):
    with sem:
        await asyncio.sleep(0.01)
        return i

async def main():
    sem = asyncio.Semaphore(2)
    print(await asyncio.gather(*(fetch(sem, i) for i in range(4))))

asyncio.run(main())
