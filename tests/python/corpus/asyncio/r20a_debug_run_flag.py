# asyncio.run(debug=True): get_debug() inside, and a never-awaited coroutine's warning.
import asyncio


async def helper():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    print('debug:', loop.get_debug())
    print('slow_callback_duration:', loop.slow_callback_duration)
    helper()
    await asyncio.sleep(0)
    print('end of main')


asyncio.run(main(), debug=True)
print('after run')
