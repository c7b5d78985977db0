# The docs' pattern: keep strong references to fire-and-forget tasks in a set
import asyncio

background_tasks = set()

async def some_coro(param):
    await asyncio.sleep(0.01 * param)
    print("finished", param)

async def main():
    for i in range(4):
        task = asyncio.create_task(some_coro(param=i))
        background_tasks.add(task)
        task.add_done_callback(background_tasks.discard)
    print("in flight:", len(background_tasks))
    while background_tasks:
        await asyncio.sleep(0.01)
    print("in flight:", len(background_tasks))

asyncio.run(main())
