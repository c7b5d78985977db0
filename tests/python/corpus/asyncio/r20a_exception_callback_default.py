# No handler set: an exception in a call_soon callback is logged by the default handler, loop continues.
import asyncio


def bad_callback(n):
    print('callback', n)
    return 1 / n


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad_callback, 1)
    loop.call_soon(bad_callback, 0)
    await asyncio.sleep(0.05)
    print('main still running')


asyncio.run(main())
