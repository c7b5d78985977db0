import asyncio


async def job(n):
    await asyncio.sleep(0)
    return n


async def main():
    coros = [job(1), job(2)]
    async for c in coros:
        print(c)


asyncio.run(main())
