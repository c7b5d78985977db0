# TaskGroup.create_task with name= and context=: each child sees its own copied context
import asyncio
import contextvars

user = contextvars.ContextVar("user", default="anonymous")


async def handle(req):
    await asyncio.sleep(0.01 * req)
    return f"req{req} by {user.get()} in {asyncio.current_task().get_name()}"


async def main():
    results = []
    async with asyncio.TaskGroup() as tg:
        for req, who in [(1, "ann"), (2, "ben"), (3, None)]:
            ctx = contextvars.copy_context()
            if who:
                ctx.run(user.set, who)
            results.append(tg.create_task(handle(req), name=f"handler-{req}", context=ctx))
    for t in results:
        print(t.result())
    print("main's user:", user.get())


asyncio.run(main())
