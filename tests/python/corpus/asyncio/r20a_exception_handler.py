# loop.set_exception_handler receives the context of an exception raised in a call_soon callback.
import asyncio


def handler(loop, context):
    print('handler got message:', context['message'].split(' at ')[0])
    print('exception:', repr(context.get('exception')))
    print('keys:', sorted(context))


def bad_callback():
    raise ValueError('callback broke')


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(bad_callback)
    await asyncio.sleep(0.05)
    print('main continues')


asyncio.run(main())
