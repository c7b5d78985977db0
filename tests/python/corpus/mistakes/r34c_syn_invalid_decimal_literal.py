# A variable name that starts with a digit, for the second worker
import asyncio

async def main():
    1st_worker = asyncio.sleep(0.01)
    2nd_worker = asyncio.sleep(0.02)
    await asyncio.gather(1st_worker, 2nd_worker)

asyncio.run(main())
