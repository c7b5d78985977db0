# Each task gets a copy of the context: a child's set() is invisible to its parent
import asyncio
import contextvars

counter = contextvars.ContextVar("counter", default=0)

async def child(name):
    counter.set(counter.get() + 10)
    await asyncio.sleep(0)
    print(name, "sees", counter.get())

async def main():
    counter.set(1)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child("c1"))
        tg.create_task(child("c2"))
    print("parent sees", counter.get())
    await child("awaited directly")
    print("parent now sees", counter.get())
    ctx = contextvars.Context()
    t = asyncio.create_task(child("empty ctx"), context=ctx)
    await t
    print(ctx.get(counter), counter.get())

asyncio.run(main())
