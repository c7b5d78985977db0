# a custom exception handler receives the context dict of a failing callback
import asyncio

def handler(loop, context):
    print('handler:', context['message'].split(' at ')[0])
    print('  exception:', repr(context.get('exception')))
    print('  keys:', sorted(context))

def broken():
    raise RuntimeError('callback broke')

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(broken)
    await asyncio.sleep(0.01)
    loop.call_exception_handler({'message': 'by hand'})

asyncio.run(main())
