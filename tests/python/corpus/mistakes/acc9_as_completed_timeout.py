# as_completed's timeout expiring.
import asyncio

async def job(n):
    await asyncio.sleep(n)
    return n

async def main():
    for fut in asyncio.as_completed([job(0.1), job(2)], timeout=0.5):
        print(await fut)

asyncio.run(main())
