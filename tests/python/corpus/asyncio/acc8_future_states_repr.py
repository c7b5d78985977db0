# A plain Future's repr in each state: pending, finished with a result or an exception, cancelled.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f1, f2, f3 = loop.create_future(), loop.create_future(), loop.create_future()
    print(repr(f1))
    f1.set_result([1, 2, 3])
    f2.set_exception(KeyError('k'))
    f3.cancel()
    for f in (f1, f2, f3):
        print(repr(f), f.done(), f.cancelled())
    f2.exception()
    f4 = loop.create_future()
    f4.set_result('a' * 10)
    print(f4)

asyncio.run(main())
