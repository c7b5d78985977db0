# Forgetting tg.create_task: the coroutine is made but never awaited inside a TaskGroup
import asyncio


async def job(n):
    await asyncio.sleep(0.01)
    print("job", n, "ran")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(job(1))
        job(2)
        tg.create_task(job(3))
    print("group finished")


asyncio.run(main())
