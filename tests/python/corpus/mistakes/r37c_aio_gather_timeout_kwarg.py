# giving gather a timeout like wait_for has
import asyncio

async def fetch(i):
    await asyncio.sleep(0.01)
    return i

async def main():
    results = await asyncio.gather(fetch(1), fetch(2), timeout=1)
    print(results)

asyncio.run(main())
