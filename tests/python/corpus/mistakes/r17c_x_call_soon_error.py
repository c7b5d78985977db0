# A callback given to call_soon raises: the loop logs it and goes on
import asyncio


def show(n):
    print('factorial step', n)
    return 1 / (n - 2)


async def main():
    loop = asyncio.get_running_loop()
    for n in range(4):
        loop.call_soon(show, n)
    loop.call_later(0.1, print, 'later')
    await asyncio.sleep(0.2)
    print('after')


asyncio.run(main())
