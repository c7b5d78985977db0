# sys.exit in a TaskGroup's task: the group does not wrap it; status 2 and no traceback
import asyncio
import sys


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    if n == 4:
        print('stopping at', n)
        sys.exit(2)
    print(n, f)
    return f


async def main():
    async with asyncio.TaskGroup() as tg:
        for n in [2, 4, 6]:
            tg.create_task(factorial(n))
    print('not reached')


asyncio.run(main())
