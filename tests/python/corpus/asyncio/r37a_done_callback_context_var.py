# Done callbacks run in the task's context copy unless a context= is given
import asyncio
import contextvars

who = contextvars.ContextVar("who", default="nobody")


def report(label):
    def cb(fut):
        print(label, "sees who =", who.get(), "result =", fut.result())
    return cb


async def job():
    who.set("job")
    await asyncio.sleep(0.01)
    return 7


async def main():
    who.set("main")
    t = asyncio.create_task(job())
    t.add_done_callback(report("default"))
    ctx = contextvars.copy_context()
    ctx.run(who.set, "custom")
    t.add_done_callback(report("custom-ctx"), context=ctx)
    await t
    await asyncio.sleep(0)
    print("main still sees", who.get())


asyncio.run(main())
