# Runner(context=...) keeps context variables between runs; a fresh Runner starts from the default
import asyncio
import contextvars

user = contextvars.ContextVar("user", default="anonymous")


async def login(name):
    user.set(name)
    return user.get()


async def whoami():
    return user.get()


ctx = contextvars.copy_context()
with asyncio.Runner(context=ctx) as r:
    print(r.run(login("ada")))
    print(r.run(whoami()))
    print(r.run(whoami(), context=contextvars.Context()))
print("in ctx:", ctx[user])
with asyncio.Runner() as r:
    r.run(login("bob"))
    print("second runner:", r.run(whoami()))
print("outside:", user.get())
