# Giving gather a timeout keyword as if it were wait_for
import asyncio

async def job(d):
    await asyncio.sleep(d)
    return d

async def main():
    results = await asyncio.gather(job(0.01), job(0.02), timeout=1)
    print(results)

asyncio.run(main())
