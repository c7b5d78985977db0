# Tester: a bare Future's repr through pending, result, exception and cancelled states
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    print(f1)
    f1.set_result([1, 2, 3])
    print(f1)
    f2 = loop.create_future()
    f2.set_exception(KeyError("k"))
    print(f2)
    print(repr(f2.exception()))
    f3 = loop.create_future()
    f3.cancel(msg="no longer needed")
    print(f3)
    print(f3.cancelled(), f3.done())
    try:
        f3.result()
    except asyncio.CancelledError as e:
        print("CancelledError args:", e.args)

asyncio.run(main())
