import asyncio

def handler(loop, context):
    print('handler got keys:', sorted(context))
    print('message:', context['message'].split(' at ')[0])
    exc = context.get('exception')
    print('exception:', repr(exc))

def bad_callback():
    raise ValueError('in callback')

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(bad_callback)
    await asyncio.sleep(0.01)
    loop.call_exception_handler({'message': 'custom problem', 'extra': 1})
    loop.set_exception_handler(None)
    loop.call_exception_handler({'message': 'to the default'})

asyncio.run(main())
