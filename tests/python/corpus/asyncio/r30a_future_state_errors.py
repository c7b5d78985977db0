# Every way a Future refuses: result too early, exception too early, StopIteration, set twice
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    for meth in (f.result, f.exception):
        try:
            meth()
        except asyncio.InvalidStateError as e:
            print(meth.__name__, "->", e)
    try:
        f.set_exception(StopIteration(1))
    except TypeError as e:
        print("TypeError:", e)
    f.set_exception(ValueError)
    print(repr(f.exception()))
    try:
        f.set_exception(KeyError())
    except asyncio.InvalidStateError as e:
        print("again ->", e)
    f.exception()
    print(f.cancel(), f.cancelled())
    print(f.get_loop() is loop)
    f.set_result(1)

asyncio.run(main())
