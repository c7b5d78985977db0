# loop.call_exception_handler with custom keys goes to the default handler's log on stderr
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    loop.call_exception_handler({'message': 'something odd', 'detail': 42})
    try:
        raise OSError(5, 'disk')
    except OSError as e:
        loop.call_exception_handler({'message': 'with an exception', 'exception': e})
    loop.set_exception_handler(lambda l, c: print('custom got', c['message']))
    loop.call_exception_handler({'message': 'routed'})
    loop.set_exception_handler(None)
    loop.default_exception_handler({'message': 'default directly'})
    print('done')

asyncio.run(main())
