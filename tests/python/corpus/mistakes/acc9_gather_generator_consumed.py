# A generator of coroutines gathered twice.
import asyncio

async def job(n):
    await asyncio.sleep(0.1)
    return n

async def main():
    jobs = (job(n) for n in range(3))
    print(await asyncio.gather(*jobs))
    print(await asyncio.gather(*jobs))

asyncio.run(main())
