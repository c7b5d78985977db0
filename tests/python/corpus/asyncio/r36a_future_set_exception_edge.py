# set_exception edge cases: a class is instantiated, StopIteration refused, cancelled futures
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    f1.set_exception(KeyError)
    print(repr(f1.exception()), type(f1.exception()).__name__)
    f2 = loop.create_future()
    try:
        f2.set_exception(StopIteration("nope"))
    except TypeError as e:
        print("TypeError:", e)
    f3 = loop.create_future()
    f3.cancel("changed my mind")
    try:
        f3.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        f3.exception()
    except asyncio.CancelledError as e:
        print("exception() raised CancelledError:", e.args)
    f4 = loop.create_future()
    f4.set_exception(OSError(2, "No such thing"))
    await f4


asyncio.run(main())
