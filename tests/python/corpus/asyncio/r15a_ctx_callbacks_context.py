# call_soon with context=: a callback runs in the given context, task values do not leak back
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="default")

def show(tag):
    print(tag, var.get())

async def child():
    var.set("child")
    await asyncio.sleep(0)
    show("in child:")

async def main():
    loop = asyncio.get_running_loop()
    var.set("main")
    ctx = contextvars.copy_context()
    var.set("changed after copy")
    loop.call_soon(show, "callback with ctx:", context=ctx)
    loop.call_soon(show, "callback plain:")
    await asyncio.create_task(child())
    show("main after child:")

asyncio.run(main())
