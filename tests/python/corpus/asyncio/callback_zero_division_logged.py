# A call_soon callback raises: the loop logs \"Exception in callback\" with its traceback and main goes on.
import asyncio

def bad_callback():
    print('callback runs')
    return 1 / 0

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad_callback)
    await asyncio.sleep(0.01)
    print('main continues')

asyncio.run(main())
