import asyncio

async def task(sem, n):
    with sem:
        await asyncio.sleep(0.01)
        return n

async def main():
    sem = asyncio.Semaphore(2)
    print(await asyncio.gather(*(task(sem, i) for i in range(3))))

asyncio.run(main())
