# keeping the TaskGroup around to add one more task after the block ended
import asyncio

async def ping(i):
    await asyncio.sleep(0.01)
    print("ping", i)

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(ping(1))
    tg.create_task(ping(2))
    await asyncio.sleep(0.05)

asyncio.run(main())
