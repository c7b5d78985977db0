# A Semaphore of 2 around five jobs defined inside main
import asyncio
async def main():
    sem = asyncio.Semaphore(2)
    async def job(i):
        async with sem:
            await asyncio.sleep(0.1)
            print("job", i)
    await asyncio.gather(*(job(i) for i in range(5)))
asyncio.run(main())
