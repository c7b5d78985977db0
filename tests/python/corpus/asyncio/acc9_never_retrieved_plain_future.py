# A plain Future's exception never retrieved: logged when it is freed, with and without a traceback.
import asyncio, gc

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(ValueError('set directly'))
    del f
    gc.collect()
    print('after the first')
    g = loop.create_future()
    try:
        raise LookupError('raised first')
    except LookupError as e:
        g.set_exception(e)
    del g
    gc.collect()
    print('after the second')
    h = loop.create_future()
    h.set_exception(KeyError('read'))
    h.exception()
    del h
    gc.collect()
    print('retrieved: nothing logged')

asyncio.run(main())
