# async with on the Lock class, not an instance.
import asyncio

async def main():
    async with asyncio.Lock:
        print("locked")

asyncio.run(main())
