# test_timeouts: a timeout that escapes to asyncio.run (TimeoutError from CancelledError)
import asyncio

async def fetch():
    await asyncio.sleep(1)

async def main():
    async with asyncio.timeout(0.02):
        await fetch()

asyncio.run(main())
