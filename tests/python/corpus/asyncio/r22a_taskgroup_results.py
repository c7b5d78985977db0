# Results are read from the tasks a TaskGroup made once the block ends.
import asyncio

async def square(n):
    await asyncio.sleep(0.01 * (5 - n))
    return n * n

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(square(n), name=f'sq{n}') for n in range(5)]
        print('inside, done:', [t.done() for t in tasks])
    print('results:', [t.result() for t in tasks])
    print('names:', [t.get_name() for t in tasks])

asyncio.run(main())
# (end of the program)
