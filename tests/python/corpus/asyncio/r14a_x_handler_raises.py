# test_base_events: an exception handler that raises is reported by the default handler, the loop goes on
import asyncio

def bad_handler(loop, context):
    raise ZeroDivisionError('handler broke')

def callback():
    raise ValueError('callback broke')

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(bad_handler)
    loop.call_soon(callback)
    await asyncio.sleep(0.01)
    print('loop still runs')
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())

asyncio.run(main())
