# An exception in a call_soon callback is logged by the loop (with the handle) and the loop goes on.
import asyncio

def bad_callback(n):
    print('bad_callback', n)
    return 1 / n

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad_callback, 0)
    loop.call_soon(bad_callback, 2)
    await asyncio.sleep(0.01)
    print('main continues')

asyncio.run(main())
