# The result of gather printed without await.
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 1

async def main():
    results = asyncio.gather(worker(), worker())
    print(type(results).__name__)
    print(results[0])

asyncio.run(main())
