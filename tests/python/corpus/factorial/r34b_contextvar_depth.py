# Recursive async factorial that tracks its recursion depth with a ContextVar for indented tracing.
import asyncio
import contextvars

depth = contextvars.ContextVar("depth", default=0)


async def fact(n):
    d = depth.get()
    print("  " * d + f"fact({n})")
    if n <= 1:
        return 1
    token = depth.set(d + 1)
    try:
        await asyncio.sleep(0.01)
        return n * await fact(n - 1)
    finally:
        depth.reset(token)


async def main():
    print("result:", await fact(5))
    print("depth afterwards:", depth.get())


asyncio.run(main())
