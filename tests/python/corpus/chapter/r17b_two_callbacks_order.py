# Two done callbacks run in the order they were added, after the worker finishes
import asyncio

async def worker():
    print('worker - start')
    await asyncio.sleep(0.1)
    print('worker - end')
    return 'data'

def first(task):
    print('first callback:', task.result().upper())

def second(task):
    print('second callback:', len(task.result()))

async def main():
    t = asyncio.create_task(worker())
    t.add_done_callback(first)
    t.add_done_callback(second)
    t.add_done_callback(second)
    print('removed:', t.remove_done_callback(second))
    r = await t
    print('main got', r)
    await asyncio.sleep(0)
    print('main done')

asyncio.run(main())
