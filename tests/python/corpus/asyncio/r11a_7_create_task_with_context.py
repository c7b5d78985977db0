import asyncio
import contextvars

user = contextvars.ContextVar("user", default="anonymous")


async def whoami(tag):
    await asyncio.sleep(0)
    return f"{tag}: {user.get()}"


async def main():
    ctx = contextvars.copy_context()
    ctx.run(user.set, "admin")
    t1 = asyncio.create_task(whoami("default ctx"))
    t2 = asyncio.create_task(whoami("admin ctx"), context=ctx)
    async with asyncio.TaskGroup() as tg:
        t3 = tg.create_task(whoami("group ctx"), name="grp", context=ctx)
    print(await t1)
    print(await t2)
    print(t3.result(), t3.get_name())
    print("main sees", user.get(), "ctx has", ctx[user])


asyncio.run(main())
