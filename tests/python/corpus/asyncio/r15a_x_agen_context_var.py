# An async generator sees the context of whoever iterates it at each step
import asyncio
import contextvars

who = contextvars.ContextVar("who", default="nobody")

async def gen():
    for _ in range(2):
        yield who.get()
        await asyncio.sleep(0)

async def consume(name, g):
    who.set(name)
    return [x async for x in g]

async def main():
    who.set("main")
    g = gen()
    print(await anext(g))
    print(await asyncio.create_task(consume("task", g)))

asyncio.run(main())
