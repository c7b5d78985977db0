# An asyncio.timeout that nobody catches: the traceback chains CancelledError to TimeoutError
import asyncio

async def fetch():
    await asyncio.sleep(10)

async def main():
    print("fetching with a 0.1 s budget")
    async with asyncio.timeout(0.1):
        await fetch()
    print("not reached")

asyncio.run(main())
