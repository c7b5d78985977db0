# TaskGroup waits for all its tasks at the end of the block; their results; tasks added by tasks join too.
import asyncio

async def square(n):
    await asyncio.sleep(0.01 * n)
    return n * n

async def spawner(tg):
    await asyncio.sleep(0.01)
    return tg.create_task(square(5))

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(square(n), name=f'sq{n}') for n in range(4)]
        late = tg.create_task(spawner(tg))
        print('inside, done:', [t.done() for t in tasks])
    print('after:', [t.result() for t in tasks], [t.get_name() for t in tasks])
    print('task added by a task:', late.result().result())
    try:
        tg.create_task(square(1))
    except RuntimeError as e:
        print('RuntimeError:', e)

asyncio.run(main())
