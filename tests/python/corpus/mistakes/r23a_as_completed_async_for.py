import asyncio

async def job(n):
    await asyncio.sleep(0.01 * n)
    return n

async def main():
    async for result in asyncio.as_completed([job(2), job(1)]):
        print(result)

asyncio.run(main())
