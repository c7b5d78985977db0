# Default task names Task-N, renaming with set_name, and the main task's name
import asyncio

async def noop():
    await asyncio.sleep(0)

async def main():
    print("main is", asyncio.current_task().get_name())
    tasks = [asyncio.create_task(noop()) for _ in range(3)]
    print([t.get_name() for t in tasks])
    tasks[1].set_name("renamed")
    tasks[2].set_name(99)
    print([t.get_name() for t in tasks])
    await asyncio.gather(*tasks)
    fut = asyncio.ensure_future(noop())
    print(fut.get_name())
    await fut

asyncio.run(main())
asyncio.run(main())
