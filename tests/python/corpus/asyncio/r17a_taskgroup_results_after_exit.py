# TaskGroup waits for every task at the end of the block; results read afterwards
import asyncio

async def square(n):
    await asyncio.sleep(0.01 * (5 - n))
    return n * n

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(square(n), name=f'sq{n}') for n in range(5)]
        print('inside, done:', sum(t.done() for t in tasks))
    print('after, done:', sum(t.done() for t in tasks))
    print({t.get_name(): t.result() for t in tasks})

asyncio.run(main())
