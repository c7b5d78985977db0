# The body of the async with TaskGroup raises while tasks still run.
import asyncio

async def sleeper(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("sleeper", n, "cancelled")
        raise

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(sleeper(0))
        await asyncio.sleep(0.01)
        config = {}
        print(config["mode"])

asyncio.run(main())
