# A Future with an exception nobody read logs "Future exception was never retrieved" when dropped
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(OSError(2, 'gone'))
    print('set')
    f = None
    print('dropped')
    g = loop.create_future()
    g.set_exception(ValueError('read'))
    g.exception()
    g = None
    print('read one dropped quietly')

asyncio.run(main())
