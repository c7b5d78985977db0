# test_futures: done callbacks run in the context given to add_done_callback
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="default")

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    ctx = contextvars.copy_context()
    ctx.run(var.set, "in ctx")
    f.add_done_callback(lambda fut: print("cb1 sees", var.get()), context=ctx)
    var.set("main")
    f.add_done_callback(lambda fut: print("cb2 sees", var.get()))
    var.set("main later")
    f.set_result(None)
    await asyncio.sleep(0)

asyncio.run(main())
