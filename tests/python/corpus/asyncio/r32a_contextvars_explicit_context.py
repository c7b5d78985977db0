# create_task(context=...) runs the task in a given Context; token reset
import asyncio
import contextvars

user = contextvars.ContextVar("user")

async def whoami():
    return user.get("anonymous")

async def main():
    token = user.set("alice")
    ctx = contextvars.copy_context()
    user.reset(token)
    print(await asyncio.create_task(whoami()))
    print(await asyncio.create_task(whoami(), context=ctx))
    try:
        user.get()
    except LookupError as e:
        print("LookupError:", e.args[0] is user)
    print(repr(user).startswith("<ContextVar name='user'"))

asyncio.run(main())
