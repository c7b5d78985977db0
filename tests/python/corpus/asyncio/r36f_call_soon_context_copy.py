# call_soon with an explicit context: the callback sees the copied value, not later changes.
import asyncio
import contextvars

user = contextvars.ContextVar("user", default="anonymous")

def show(tag):
    print(f"{tag}: user={user.get()}")

async def main():
    loop = asyncio.get_running_loop()
    user.set("alice")
    ctx = contextvars.copy_context()
    user.set("bob")
    loop.call_soon(show, "copied ctx", context=ctx)
    loop.call_soon(show, "current ctx")
    empty = contextvars.Context()
    loop.call_soon(show, "empty ctx", context=empty)
    await asyncio.sleep(0)
    print("ctx has user:", user in ctx, ctx[user])
    print("empty has user:", user in empty, len(empty))
    print(ctx.run(user.get), user.get())

asyncio.run(main())
