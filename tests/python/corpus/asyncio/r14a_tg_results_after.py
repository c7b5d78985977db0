# test_taskgroups: the group waits for every child; results are read from the tasks afterwards
import asyncio

async def square(x):
    await asyncio.sleep(0.1 * (4 - x))
    print('done', x)
    return x * x

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(square(x)) for x in range(1, 4)]
        print('body finished, tasks done:', [t.done() for t in tasks])
    print([t.result() for t in tasks])
    print(repr(tg)[:11])

asyncio.run(main())
