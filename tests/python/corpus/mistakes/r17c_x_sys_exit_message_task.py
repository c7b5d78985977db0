# sys.exit with a message from inside a task: the message on stderr, status 1
import asyncio
import sys


async def check(n):
    await asyncio.sleep(0.1)
    if n < 0:
        sys.exit(f'cannot take the factorial of {n}')
    return n


async def main():
    for n in [3, -2, 4]:
        print('checked', await asyncio.create_task(check(n)))


asyncio.run(main())
