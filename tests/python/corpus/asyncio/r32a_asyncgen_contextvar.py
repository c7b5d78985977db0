# An async generator sees the context of whichever task iterates it
import asyncio
import contextvars

tag = contextvars.ContextVar("tag", default="unset")

async def reporter():
    while True:
        yield tag.get()

async def use(gen, value):
    tag.set(value)
    return await anext(gen)

async def main():
    g = reporter()
    print(await anext(g))
    print(await asyncio.create_task(use(g, "task-A")))
    print(await asyncio.create_task(use(g, "task-B")))
    print(await anext(g))
    await g.aclose()

asyncio.run(main())
