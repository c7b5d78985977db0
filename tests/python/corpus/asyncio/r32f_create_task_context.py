# contextvars: copy_context().run, call_soon(context=...) and create_task(context=...)
import asyncio
import contextvars

user = contextvars.ContextVar("user", default="anonymous")

def show(label):
    print(f"{label}: user={user.get()}")

async def task_body(label):
    await asyncio.sleep(0.01)
    show(label)
    user.set("changed-inside")

async def main():
    ctx = contextvars.copy_context()
    ctx.run(user.set, "alice")
    ctx.run(show, "ctx.run")
    show("main")
    loop = asyncio.get_running_loop()
    loop.call_soon(show, "call_soon with ctx", context=ctx)
    await asyncio.sleep(0.01)
    t = asyncio.create_task(task_body("task with ctx"), context=ctx)
    await t
    print("ctx now:", ctx[user])
    print("in ctx:", user in ctx, "count:", len(ctx) >= 1)

asyncio.run(main())
