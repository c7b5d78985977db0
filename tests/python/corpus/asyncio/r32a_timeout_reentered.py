# Entering the same asyncio.timeout object twice
import asyncio

async def main():
    cm = asyncio.timeout(1)
    async with cm:
        await asyncio.sleep(0)
    print("expired:", cm.expired())
    async with cm:
        await asyncio.sleep(0)

asyncio.run(main())
