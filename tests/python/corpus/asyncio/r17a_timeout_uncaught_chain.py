# asyncio.timeout uncaught: TimeoutError raised from the CancelledError
import asyncio

async def main():
    async with asyncio.timeout(0.1):
        await asyncio.sleep(10)

asyncio.run(main())
