# add_done_callback with a context= argument; callbacks on an already-done future run soon
import asyncio
import contextvars

who = contextvars.ContextVar("who", default="main")

def cb(fut):
    print("callback sees", who.get(), "result", fut.result())

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    ctx = contextvars.copy_context()
    ctx.run(who.set, "special")
    fut.add_done_callback(cb)
    fut.add_done_callback(cb, context=ctx)
    fut.set_result(1)
    print("result set; callbacks pending")
    await asyncio.sleep(0)
    fut.add_done_callback(cb)
    print("added after done")
    await asyncio.sleep(0)

asyncio.run(main())
