# worker()() — calling the awaited result.
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

async def main():
    value = await worker()()
    print(value)

asyncio.run(main())
