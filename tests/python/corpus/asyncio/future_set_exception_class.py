# Future.set_exception of a class (instantiated), of StopIteration (a TypeError) and of a non-exception.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(KeyError)
    e = f.exception()
    print(type(e).__name__, repr(e), e.args)
    try:
        f.set_exception(StopIteration())
    except Exception as err:
        print(type(err).__name__, err)
    g = loop.create_future()
    try:
        g.set_exception(StopIteration('boom'))
    except TypeError as err:
        print('TypeError:', err)
    try:
        g.set_exception(42)
    except TypeError as err:
        print('TypeError:', err)

asyncio.run(main())
