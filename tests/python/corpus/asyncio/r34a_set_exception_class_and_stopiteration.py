# Future.set_exception given a class (instantiated for you) and given StopIteration (refused)
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(ConnectionAbortedError)
    print(repr(f.exception()), type(f.exception()).__mro__[1].__name__)
    g = loop.create_future()
    try:
        g.set_exception(StopIteration("nope"))
    except TypeError as e:
        print("TypeError:", e)
    try:
        g.set_exception(42)
    except TypeError as e:
        print("TypeError:", e)
    print("g still pending:", not g.done())
    g.set_exception(asyncio.CancelledError)
    print("set CancelledError -> cancelled():", g.cancelled(), repr(g.exception()))


asyncio.run(main())
