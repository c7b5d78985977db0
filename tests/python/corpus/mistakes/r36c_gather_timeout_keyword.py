# I thought gather takes a timeout like wait does
import asyncio

async def job(n):
    await asyncio.sleep(0.01 * n)
    return n

async def main():
    results = await asyncio.gather(job(1), job(2), timeout=1)
    print(results)

asyncio.run(main())
