# test_events: an exception in a callback goes to the exception handler; the loop keeps going
import asyncio

def bad():
    raise ValueError('in callback')

def handler(loop, context):
    print('handler:', sorted(context), repr(context['exception']))

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(bad)
    loop.call_soon(print, 'next callback still runs')
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(loop.get_exception_handler() is handler)

asyncio.run(main())
