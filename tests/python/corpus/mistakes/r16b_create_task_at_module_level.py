# create_task at the module level, before asyncio.run has started a loop
import asyncio

async def tick():
    for i in range(2):
        print("tick", i)
        await asyncio.sleep(0.01)

task = asyncio.create_task(tick())

async def main():
    await task

asyncio.run(main())
