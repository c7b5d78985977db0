# asyncio.timeout caught once, then uncaught
import asyncio
async def main():
    try:
        async with asyncio.timeout(0.05):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timed out", type(e).__name__, repr(e))
    async with asyncio.timeout(0.05):
        await asyncio.sleep(1)
asyncio.run(main())
