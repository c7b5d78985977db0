# Using asyncio.timeout with a plain 'with' instead of 'async with'
import asyncio

async def main():
    with asyncio.timeout(1):
        await asyncio.sleep(0.01)

asyncio.run(main())
