# a TaskGroup inside a TaskGroup, and a worker fails in each; I didn't catch anything
import asyncio

async def worker(label, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise KeyError(label)
    return label

async def team(name):
    async with asyncio.TaskGroup() as tg:
        tg.create_task(worker(name + '1', 0.05))
        tg.create_task(worker(name + '2', 0.1, fail=True))
    print('team', name, 'finished')

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(team('red'))
        tg.create_task(worker('solo', 0.15, fail=True))
        tg.create_task(worker('slow', 0.5))
    print('all finished')

asyncio.run(main())
