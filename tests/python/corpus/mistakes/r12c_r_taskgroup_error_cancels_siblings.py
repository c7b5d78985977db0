# A TaskGroup whose failing task cancels a slower one (which reports it); a quick one finished first.
import asyncio

async def slow(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, "was cancelled")
        raise

async def quick():
    await asyncio.sleep(0.005)
    print("quick done")

async def bad():
    await asyncio.sleep(0.01)
    return 1 / 0

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(slow("slow"))
        tg.create_task(bad())
        tg.create_task(quick())
    print("not reached")

asyncio.run(main())
