# An error inside asyncio.timeout's block.
import asyncio

async def main():
    async with asyncio.timeout(1):
        await asyncio.sleep(0.1)
        raise RuntimeError("failed inside the timeout")

asyncio.run(main())
