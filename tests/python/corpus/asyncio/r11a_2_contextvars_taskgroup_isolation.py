import asyncio
import contextvars

depth = contextvars.ContextVar("depth", default=0)
trail = contextvars.ContextVar("trail", default=())


async def visit(name, children):
    depth.set(depth.get() + 1)
    trail.set(trail.get() + (name,))
    print("  " * (depth.get() - 1) + f"{name} (depth {depth.get()}, trail {'/'.join(trail.get())})")
    async with asyncio.TaskGroup() as tg:
        for child, grandchildren in children.items():
            tg.create_task(visit(child, grandchildren))
            await asyncio.sleep(0.01)


async def main():
    tree = {"docs": {"api": {}, "guide": {"intro": {}}}, "src": {}}
    await visit("root", tree)
    print("main depth:", depth.get(), "trail:", trail.get())


asyncio.run(main())
