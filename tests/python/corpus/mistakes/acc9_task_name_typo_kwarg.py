# create_task's name keyword misspelt.
import asyncio

async def job():
    await asyncio.sleep(0.1)

async def main():
    t = asyncio.create_task(job(), nmae="worker-1")
    await t

asyncio.run(main())
