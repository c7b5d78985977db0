# Future.set_exception refuses StopIteration and non-exceptions, in CPython's words.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    for bad in (StopIteration(), StopIteration, 'oops', 42):
        f = loop.create_future()
        try:
            f.set_exception(bad)
        except TypeError as e:
            print('TypeError:', e)
    f = loop.create_future()
    f.set_exception(ValueError)
    print(repr(f.exception()))

asyncio.run(main())
