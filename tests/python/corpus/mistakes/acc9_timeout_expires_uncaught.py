# asyncio.timeout expiring with nothing to catch it.
import asyncio

async def main():
    print("start")
    async with asyncio.timeout(0.1):
        await asyncio.sleep(1)
    print("unreachable")

asyncio.run(main())
