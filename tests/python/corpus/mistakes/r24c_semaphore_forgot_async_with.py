import asyncio

async def worker(sem, n):
    with sem:
        await asyncio.sleep(0.01)
        print("worker", n)

async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(worker(sem, n) for n in range(3)))

asyncio.run(main())
