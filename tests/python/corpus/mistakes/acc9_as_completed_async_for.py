# async for over as_completed (only from 3.13).
import asyncio

async def job(n):
    await asyncio.sleep(0.1 * n)
    return n

async def main():
    async for t in asyncio.as_completed([job(2), job(1)]):
        print(await t)

asyncio.run(main())
