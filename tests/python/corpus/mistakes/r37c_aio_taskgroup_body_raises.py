# the code inside the TaskGroup block fails while the tasks are still sleeping
import asyncio

async def slow(name):
    try:
        await asyncio.sleep(0.2)
    finally:
        print(name, "cleaned up")

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(slow("a"))
        await asyncio.sleep(0.01)
        config = {"retries": 3}
        print(config["timeout"])

asyncio.run(main())
