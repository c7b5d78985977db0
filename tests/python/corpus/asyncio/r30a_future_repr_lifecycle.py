# A bare Future's repr and state methods before and after set_result / set_exception
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(repr(fut), fut.done(), fut.cancelled())
    fut.set_result([1, 2, 3])
    print(repr(fut), fut.done(), fut.result())
    bad = loop.create_future()
    bad.set_exception(KeyError("missing"))
    print(repr(bad))
    print(repr(bad.exception()))
    c = loop.create_future()
    print(c.cancel(), c.cancel())
    print(repr(c))
    try:
        c.result()
    except asyncio.CancelledError as e:
        print("result raised", type(e).__name__, e.args)
    try:
        fut.set_result(4)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)

asyncio.run(main())
