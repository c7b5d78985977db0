# gather given a timeout keyword it does not take.
import asyncio

async def job():
    await asyncio.sleep(0.1)

async def main():
    await asyncio.gather(job(), job(), timeout=1)

asyncio.run(main())
