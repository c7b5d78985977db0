# create_task given a name positionally.
import asyncio

async def job():
    await asyncio.sleep(0.1)
    return 1

async def main():
    t = asyncio.create_task(job(), "job-1")
    print(await t)

asyncio.run(main())
