import asyncio

async def slow():
    async with asyncio.timeout(0.01):
        await asyncio.sleep(1)

async def main():
    t = asyncio.create_task(slow())
    await t

asyncio.run(main())
