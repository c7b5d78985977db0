# sys.exit inside a function run by to_thread: the SystemExit comes back to the awaiting coroutine
import asyncio
import sys


def blocking_factorial(n):
    if n > 10:
        sys.exit(f'{n} is too big for the thread')
    f = 1
    for i in range(2, n + 1):
        f *= i
    return f


async def main():
    print(await asyncio.to_thread(blocking_factorial, 5))
    try:
        print(await asyncio.to_thread(blocking_factorial, 12))
    except SystemExit as e:
        print('caught in main:', e)
    print(await asyncio.to_thread(blocking_factorial, 20))


asyncio.run(main())
