# test_futures: test_exception_class / StopIteration refused / exception instances
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(RuntimeError)
    print(repr(f.exception()), isinstance(f.exception(), RuntimeError))
    g = loop.create_future()
    try:
        g.set_exception(StopIteration)
    except TypeError as e:
        print("TypeError:", e)
    print("g still pending:", not g.done())
    h = loop.create_future()
    try:
        h.set_exception(StopIteration("x"))
    except TypeError as e:
        print("TypeError:", e)
    try:
        h.set_exception(42)
    except TypeError as e:
        print("TypeError:", e)
    h.set_exception(KeyError("k"))
    try:
        h.result()
    except KeyError as e:
        print("result raised", repr(e))

asyncio.run(main())
