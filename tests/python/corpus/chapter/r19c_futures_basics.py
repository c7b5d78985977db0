# Futures: set_result, callbacks, exceptions
import asyncio

async def set_after(fut, delay, value):
    await asyncio.sleep(delay)
    fut.set_result(value)

def on_done(fut):
    print("callback saw:", fut.result())

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(on_done)
    loop.create_task(set_after(fut, 0.1, "... world"))
    print("hello ...")
    print(await fut)
    print(fut.done(), fut.cancelled())
    bad = loop.create_future()
    bad.set_exception(ValueError("boom"))
    try:
        await bad
    except ValueError as e:
        print("awaiting bad future raised", repr(e))
    f3 = asyncio.Future()
    try:
        f3.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f3.cancel(msg="not needed")
    try:
        f3.result()
    except asyncio.CancelledError as e:
        print("CancelledError:", e.args)
    print(asyncio.isfuture(f3), asyncio.isfuture(main()))

asyncio.run(main())
