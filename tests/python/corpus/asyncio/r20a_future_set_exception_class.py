# set_exception with a class instead of an instance, and with StopIteration (TypeError).
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    f1.set_exception(KeyError)
    try:
        await f1
    except KeyError as e:
        print('KeyError caught', repr(e))
    f2 = loop.create_future()
    try:
        f2.set_exception(StopIteration('x'))
    except TypeError as e:
        print('TypeError:', e)
    print(f2.done())


asyncio.run(main())
