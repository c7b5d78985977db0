# sys.exit in the first of three call_soon callbacks: the two after it never run
import asyncio
import sys


def step(n):
    print('callback', n)
    if n == 1:
        sys.exit('stopped in callback 1')


async def main():
    loop = asyncio.get_running_loop()
    for n in range(1, 4):
        loop.call_soon(step, n)
    await asyncio.sleep(0.1)
    print('not reached')


asyncio.run(main())
