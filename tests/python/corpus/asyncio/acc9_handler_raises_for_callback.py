# The custom handler raises while handling a failing callback: both tracebacks and the context are logged.
import asyncio

def handler(loop, context):
    raise TypeError('in handler')

def failing():
    return 1 / 0

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(failing)
    await asyncio.sleep(0)
    print('loop goes on')

asyncio.run(main())
