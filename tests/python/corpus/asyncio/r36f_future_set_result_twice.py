# Setting a Future's result twice raises InvalidStateError; a done callback sees the first result.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("callback saw", f.result()))
    loop.call_later(0.01, fut.set_result, "first")
    print(await fut)
    try:
        fut.set_result("second")
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        fut.set_exception(StopIteration())
    except Exception as e:
        print(type(e).__name__, e)
    f2 = loop.create_future()
    try:
        f2.set_exception(StopIteration("x"))
    except TypeError as e:
        print("TypeError:", e)
    f2.cancel()
    print(f2.cancelled(), fut.get_loop() is loop)

asyncio.run(main())
