# A child task adds more tasks to its own TaskGroup; the group waits for all of them.
import asyncio

async def spawner(tg, depth):
    await asyncio.sleep(0.01)
    print('depth', depth)
    if depth < 3:
        tg.create_task(spawner(tg, depth + 1))

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(spawner(tg, 0))
    print('all done')

asyncio.run(main())
