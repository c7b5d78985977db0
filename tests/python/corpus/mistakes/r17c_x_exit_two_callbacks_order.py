# Two done callbacks on a task; the first calls exit(): the second never runs
import asyncio


async def factorial(n):
    await asyncio.sleep(0.1)
    return n * 6


def first(task):
    print('first callback:', task.result())
    exit(7)


def second(task):
    print('second callback:', task.result())


async def main():
    task = asyncio.create_task(factorial(4))
    task.add_done_callback(first)
    task.add_done_callback(second)
    await asyncio.sleep(0.5)
    print('not reached')


asyncio.run(main())
