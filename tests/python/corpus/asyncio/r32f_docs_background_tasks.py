# The docs' pattern: keep strong references to fire-and-forget tasks in a set, discard when done
import asyncio

background_tasks = set()

async def some_coro(param):
    await asyncio.sleep(0.1 * param)
    print("finished", param)

async def main():
    for i in range(5):
        task = asyncio.create_task(some_coro(param=i))
        background_tasks.add(task)
        task.add_done_callback(background_tasks.discard)
    print("tracked:", len(background_tasks))
    await asyncio.sleep(0.25)
    print("still tracked:", len(background_tasks))
    await asyncio.gather(*background_tasks)
    print("tracked at end:", len(background_tasks))

asyncio.run(main())
