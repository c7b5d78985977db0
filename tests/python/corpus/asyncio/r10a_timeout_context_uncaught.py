import asyncio

async def fetch():
    await asyncio.sleep(10)

async def main():
    async with asyncio.timeout(0.01):
        await fetch()

asyncio.run(main())
