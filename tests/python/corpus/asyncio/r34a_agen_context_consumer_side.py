# Which context an async generator sees: each consuming task's own, not where it was created
import asyncio
import contextvars

who = contextvars.ContextVar("who", default="creator")


async def reporter():
    while True:
        yield who.get()
        await asyncio.sleep(0)


async def consume(gen, name):
    who.set(name)
    return [await gen.__anext__() for _ in range(2)]


async def main():
    gen = reporter()
    print("main:", await gen.__anext__())
    print(await asyncio.create_task(consume(gen, "task-A")))
    print(await asyncio.create_task(consume(gen, "task-B")))
    print("main again:", await gen.__anext__())
    await gen.aclose()


asyncio.run(main())
