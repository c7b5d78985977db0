# A custom exception handler that itself raises: "Unhandled error in exception handler" from the default one.
import asyncio

def handler(loop, context):
    print('handler got:', context['message'])
    raise RuntimeError('handler broke')

def cb():
    raise ValueError('cb failed')

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_exception_handler({'message': 'plain'})
    print('after plain')
    loop.set_exception_handler(None)
    loop.call_soon(cb)
    await asyncio.sleep(0)
    print('after default')

asyncio.run(main())
