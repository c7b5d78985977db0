# sys.exit in a done callback of an awaited task: status 5, main's await never returns
import asyncio
import sys


async def factorial(n):
    await asyncio.sleep(0.1)
    return n * 2


def check(task):
    print('callback sees', task.result())
    sys.exit(5)


async def main():
    task = asyncio.create_task(factorial(3))
    task.add_done_callback(check)
    print('awaited:', await task)
    await asyncio.sleep(0.1)
    print('not reached')


asyncio.run(main())
