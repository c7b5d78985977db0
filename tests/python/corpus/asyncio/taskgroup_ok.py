# Python 3.11's TaskGroup: every task finishes before the block ends.
import asyncio

async def fetch(name, delay):
    await asyncio.sleep(delay)
    print('fetched', name)
    return name.upper()

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(fetch('a', 0.2))
        t2 = tg.create_task(fetch('b', 0.1))
        print('tasks created inside the group')
    print('after the group:', t1.result(), t2.result())
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch(c, 0)) for c in 'xyz']
    print([t.result() for t in tasks])

asyncio.run(main())
