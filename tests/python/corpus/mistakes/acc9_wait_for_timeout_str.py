# wait_for given the timeout as a string.
import asyncio

async def job():
    await asyncio.sleep(0.1)
    return 1

async def main():
    print(await asyncio.wait_for(job(), timeout="1"))

asyncio.run(main())
