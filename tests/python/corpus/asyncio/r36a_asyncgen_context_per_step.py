# An async generator runs each step in its consumer's context; a task consuming it sees its own values
import asyncio
import contextvars

who = contextvars.ContextVar("who", default="nobody")


async def gen():
    for i in range(2):
        yield f"step {i} as {who.get()}"


async def consume(name, g):
    who.set(name)
    return [x async for x in g]


async def main():
    g = gen()
    who.set("main")
    print(await anext(g))
    print(await asyncio.create_task(consume("task", g)))
    print("main is still", who.get())


asyncio.run(main())
