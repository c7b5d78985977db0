# set_exception refuses StopIteration and accepts an exception class
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    try:
        f.set_exception(StopIteration('s'))
    except TypeError as e:
        print('TypeError:', e)
    print(f.done())
    f.set_exception(ZeroDivisionError)
    e = f.exception()
    print(type(e).__name__, e.args)
    try:
        await f
    except ZeroDivisionError as err:
        print('awaited:', repr(err))

asyncio.run(main())
