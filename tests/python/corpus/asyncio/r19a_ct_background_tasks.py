# docs: keep references to background tasks in a set, discard when done
import asyncio

background_tasks = set()
log = []

async def some_coro(param):
    await asyncio.sleep(0.1 * (3 - param % 3))
    log.append(param)
    return param * param

async def main():
    for i in range(6):
        task = asyncio.create_task(some_coro(param=i))
        background_tasks.add(task)
        task.add_done_callback(background_tasks.discard)
    print("pending:", len(background_tasks))
    while background_tasks:
        await asyncio.sleep(0.05)
    print("pending:", len(background_tasks))
    print("finish order:", log)

asyncio.run(main())
