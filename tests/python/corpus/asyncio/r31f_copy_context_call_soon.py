# contextvars: copy_context().run and call_soon(context=...) see different values
import asyncio
import contextvars

user = contextvars.ContextVar("user")

def show(label):
    print(label, user.get("<none>"))

async def main():
    loop = asyncio.get_running_loop()
    user.set("alice")
    ctx = contextvars.copy_context()
    user.set("bob")
    ctx.run(show, "in copied ctx:")
    show("current:")
    loop.call_soon(show, "call_soon default:")
    loop.call_soon(show, "call_soon ctx:", context=ctx)
    await asyncio.sleep(0)
    print(user in ctx, ctx[user], len(ctx) >= 1)
    try:
        contextvars.ContextVar("other").get()
    except LookupError as e:
        print("LookupError for", e.args[0].name)

asyncio.run(main())
