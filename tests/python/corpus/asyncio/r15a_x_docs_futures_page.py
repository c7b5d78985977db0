# The Futures page: isfuture, get_loop, add_done_callback with context, remove_done_callback, cancel(msg)
import asyncio
import contextvars

tag = contextvars.ContextVar("tag", default="none")

def cb(fut):
    print("callback: result", fut.result(), "tag", tag.get())

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(asyncio.isfuture(fut), fut.get_loop() is loop)
    ctx = contextvars.copy_context()
    ctx.run(tag.set, "from ctx")
    fut.add_done_callback(cb, context=ctx)
    fut.add_done_callback(cb)
    fut.add_done_callback(print)
    print("removed:", fut.remove_done_callback(print), fut.remove_done_callback(print))
    loop.call_soon(fut.set_result, "R")
    print("awaited:", await fut)
    await asyncio.sleep(0)
    f2 = loop.create_future()
    print(f2.cancel(msg="no longer needed"), f2.cancelled(), f2.done())
    try:
        await f2
    except asyncio.CancelledError as e:
        print("await cancelled future:", e.args)

asyncio.run(main())
