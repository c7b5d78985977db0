# An asyncio.timeout block that fires without a handler: show the chained traceback
import asyncio

async def fetch():
    await asyncio.sleep(2)

async def main():
    async with asyncio.timeout(0.03):
        await fetch()

asyncio.run(main())
