# Creating Futures by hand: set_result from call_later, set_exception, callbacks, InvalidStateError
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("callback sees:", f.result()))
    loop.call_later(0.02, fut.set_result, "hello")
    print("done yet?", fut.done())
    print(await fut)
    try:
        fut.set_result("again")
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    bad = loop.create_future()
    bad.set_exception(LookupError("nope"))
    try:
        await bad
    except LookupError as e:
        print("awaited exception:", repr(e))
    f3 = asyncio.Future()
    print(f3)
    f3.cancel("stop it")
    print(f3)
    try:
        f3.result()
    except asyncio.CancelledError as e:
        print("cancelled with", e.args)

asyncio.run(main())
