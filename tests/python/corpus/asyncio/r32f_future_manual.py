# Create a Future by hand, resolve it from a callback, and print its repr at each step
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut)
    loop.call_later(0.02, fut.set_result, 42)
    print("awaited:", await fut)
    print(fut)
    f2 = loop.create_future()
    f2.set_exception(ZeroDivisionError("division by zero"))
    print(f2)
    try:
        await f2
    except ZeroDivisionError as e:
        print("caught", repr(e))
    f3 = loop.create_future()
    f3.cancel()
    print(f3, f3.cancelled())
    try:
        f3.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)

asyncio.run(main())
