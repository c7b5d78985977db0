import asyncio
import contextvars

user = contextvars.ContextVar("user", default="anonymous")

async def whoami():
    await asyncio.sleep(0)
    return user.get()

async def login(name):
    user.set(name)
    return await whoami()

ctx = contextvars.copy_context()
with asyncio.Runner(context=ctx) as runner:
    print(runner.run(login("ada")))
    print(runner.run(whoami()))
print(asyncio.run(whoami()))
print(ctx[user])
