# TaskGroup children with names; results read after the block, in creation order
import asyncio

async def square(n):
    await asyncio.sleep(0.1 * (5 - n))
    return n * n

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(square(n), name=f'sq{n}') for n in range(1, 5)]
        print([t.get_name() for t in tasks])
        print('inside, done:', [t.done() for t in tasks])
    print([(t.get_name(), t.result()) for t in tasks])
    print(repr(tg))

asyncio.run(main())
