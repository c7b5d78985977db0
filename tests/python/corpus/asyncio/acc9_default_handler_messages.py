# loop.default_exception_handler / call_exception_handler with the default handler: what reaches stderr.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    print('one')
    loop.call_exception_handler({'message': 'just a message'})
    print('two')
    loop.call_exception_handler({'message': 'with extras', 'zeta': [1, 2], 'alpha': 'a'})
    print('three')
    loop.call_exception_handler({'message': 'with an exception', 'exception': ValueError('v')})
    print('four')
    try:
        raise KeyError('raised')
    except KeyError as e:
        loop.default_exception_handler({'message': 'raised one', 'exception': e})
    print('five')
    loop.call_exception_handler({})
    print('six')

asyncio.run(main())
