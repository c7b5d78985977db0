# A custom exception handler sees callback errors instead of the log.
import asyncio

seen = []

def handler(loop, context):
    exc = context.get('exception')
    seen.append((context['message'].split(' ')[0], type(exc).__name__, str(exc)))

def bad_callback():
    raise ValueError('callback broke')

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(bad_callback)
    loop.call_later(0.01, bad_callback)
    await asyncio.sleep(0.05)
    loop.call_exception_handler({'message': 'manual report'})
    print(seen)
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())

asyncio.run(main())
