# test_futures: set_exception refuses StopIteration and accepts an exception class
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    try:
        f.set_exception(StopIteration)
    except TypeError as e:
        print('TypeError:', e)
    print(f.done())
    f.set_exception(KeyError)
    e = f.exception()
    print(type(e).__name__, repr(e), f.done())
    try:
        f.result()
    except KeyError as err:
        print('result raised', repr(err), err is e)
    g = loop.create_future()
    g.set_exception(RuntimeError('boom'))
    try:
        await g
    except RuntimeError as err:
        print('await raised', err)

asyncio.run(main())
