# Giving create_task the task name as a second positional argument
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return asyncio.current_task().get_name()

async def main():
    t = asyncio.create_task(worker(), name="alpha")
    print(await t)
    t = asyncio.create_task(worker(), "beta")
    print(await t)

asyncio.run(main())
