# call_soon and add_done_callback with an explicit context= argument
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="default")

def show(tag, *rest):
    print(tag, var.get())

async def main():
    loop = asyncio.get_running_loop()
    ctx = contextvars.Context()
    ctx.run(var.set, "from ctx")
    var.set("main value")
    loop.call_soon(show, "plain")
    loop.call_soon(show, "with ctx", context=ctx)
    await asyncio.sleep(0)
    f = loop.create_future()
    f.add_done_callback(lambda fut: show("fut cb"))
    f.add_done_callback(lambda fut: show("fut cb ctx"), context=ctx)
    var.set("changed later")
    f.set_result(None)
    await asyncio.sleep(0)

asyncio.run(main())
