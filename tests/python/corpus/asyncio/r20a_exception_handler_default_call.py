# A handler that prints a line then defers to loop.default_exception_handler(context).
import asyncio


def handler(loop, context):
    print('custom handler saw:', context['message'].split(' at ')[0])
    loop.default_exception_handler(context)


def cb():
    raise TypeError('wrong type in callback')


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    print('handler is set:', loop.get_exception_handler() is handler)
    loop.call_soon(cb)
    await asyncio.sleep(0.01)
    loop.set_exception_handler(None)
    print('reset:', loop.get_exception_handler())


asyncio.run(main())
