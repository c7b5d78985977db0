# The docs' pattern: keep strong references to background tasks in a set, discard them when done
import asyncio

background_tasks = set()

async def some_coro(param):
    await asyncio.sleep(0.1 * param)
    return param

async def main():
    for i in (0, 0, 3, 3, 3):
        task = asyncio.create_task(some_coro(param=i))
        background_tasks.add(task)
        task.add_done_callback(background_tasks.discard)
    print("running:", len(background_tasks))
    await asyncio.sleep(0.1)
    print("still running:", len(background_tasks))
    await asyncio.sleep(0.4)
    print("left:", len(background_tasks))

asyncio.run(main())
