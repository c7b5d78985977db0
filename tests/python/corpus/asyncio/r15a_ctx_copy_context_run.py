# copy_context().run: changes made inside stay inside; tokens reset a value
import contextvars
import asyncio

user = contextvars.ContextVar("user")

def inside():
    user.set("guest")
    return user.get()

async def main():
    token = user.set("admin")
    ctx = contextvars.copy_context()
    print("run returned", ctx.run(inside))
    print("outside still", user.get())
    print("ctx holds", ctx[user], user in ctx)
    user.reset(token)
    print("after reset:", user.get("<unset>"))
    try:
        user.get()
    except LookupError as e:
        print("LookupError for", e.args[0].name)

asyncio.run(main())
