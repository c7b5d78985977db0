# A reader passes a keyword straight to call_soon instead of using functools.partial: TypeError.
import asyncio


def callback(arg, *, kwarg='default'):
    print('callback invoked with {} and {}'.format(arg, kwarg))


async def main(loop):
    print('registering callbacks')
    loop.call_soon(callback, 1)
    loop.call_soon(callback, 2, kwarg='not default')
    await asyncio.sleep(0.1)


event_loop = asyncio.get_event_loop()
try:
    event_loop.run_until_complete(main(event_loop))
finally:
    print('closing event loop')
    event_loop.close()
