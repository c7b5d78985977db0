# Awaiting asyncio.sleep without calling it.
import asyncio

async def main():
    print("before")
    await asyncio.sleep
    print("after")

asyncio.run(main())
