# TaskGroup.create_task with name= and context=, seen from inside the children
import asyncio
import contextvars

color = contextvars.ContextVar("color", default="none")

async def show():
    await asyncio.sleep(0)
    return f"{asyncio.current_task().get_name()}:{color.get()}"

async def main():
    ctx = contextvars.copy_context()
    ctx.run(color.set, "red")
    color.set("blue")
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(show(), name="alpha")
        b = tg.create_task(show(), name="beta", context=ctx)
        c = tg.create_task(show())
    print(a.result(), b.result(), c.result().split(":")[1])
    print(repr(tg).startswith("<TaskGroup"))

asyncio.run(main())
