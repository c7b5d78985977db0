# set_exception_handler given a non-callable: TypeError; a handler that itself raises.
import asyncio


def broken_handler(loop, context):
    raise RuntimeError('handler broke')


def cb():
    raise ValueError('original')


async def main():
    loop = asyncio.get_running_loop()
    try:
        loop.set_exception_handler('not callable')
    except TypeError as e:
        print('TypeError:', e)
    loop.set_exception_handler(broken_handler)
    loop.call_soon(cb)
    await asyncio.sleep(0.01)
    print('still alive')


asyncio.run(main())
