# Each task keeps its own "current n" in a ContextVar for its log lines.
import asyncio
import contextvars

current = contextvars.ContextVar("current", default=None)


def log(msg):
    print(f"[n={current.get()}] {msg}")


async def factorial(n):
    current.set(n)
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01 * n)
        f *= i
    log(f"result {f}")
    return f


async def main():
    log("before")
    res = await asyncio.gather(factorial(3), factorial(5))
    log(f"after {res}")
    ctx = contextvars.copy_context()
    print(ctx.run(current.get), len(list(ctx.items())))


asyncio.run(main())
