import asyncio

sem = asyncio.Semaphore(2)

async def fetch(i):
    with sem:
        await asyncio.sleep(0)
        return i

async def main():
    print(await asyncio.gather(*(fetch(i) for i in range(3))))

asyncio.run(main())
