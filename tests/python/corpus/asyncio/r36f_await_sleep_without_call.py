# Mistake: `await asyncio.sleep` without calling it.
import asyncio

async def main():
    print("waiting...")
    await asyncio.sleep
    print("done")

asyncio.run(main())
