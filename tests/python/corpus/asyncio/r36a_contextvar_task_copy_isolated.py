# Each task starts with a copy of its creator's context: a child's set() never leaks back
import asyncio
import contextvars

depth = contextvars.ContextVar("depth", default=0)
trail = contextvars.ContextVar("trail", default=())


async def descend(n):
    depth.set(depth.get() + 1)
    trail.set(trail.get() + (n,))
    if n > 0:
        await asyncio.gather(descend(n - 1), descend(n - 2) if n > 1 else asyncio.sleep(0))
    print("  " * depth.get() + f"n={n} depth={depth.get()} trail={trail.get()}")


async def main():
    await descend(3)
    print("main:", depth.get(), trail.get())


asyncio.run(main())
