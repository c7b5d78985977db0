# set_exception accepts a class (instantiated) and refuses StopIteration.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(KeyError)
    e = f.exception()
    print(type(e).__name__, repr(e))
    g = loop.create_future()
    try:
        g.set_exception(StopIteration('x'))
    except TypeError as err:
        print('TypeError:', err)
    print('g done?', g.done())
    h = loop.create_future()
    try:
        h.set_exception(StopIteration)
    except TypeError as err:
        print('class too:', err)
    g.cancel(); h.cancel()
    try:
        await f
    except KeyError as err:
        print('await raised', repr(err))

asyncio.run(main())
