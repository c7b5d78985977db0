# Each factorial task keeps its own label in a ContextVar so nested helpers can log it.
import asyncio
import contextvars

label = contextvars.ContextVar("label", default="main")


def log(msg):
    print(f"[{label.get()}] {msg}")


async def multiply_step(acc, i):
    await asyncio.sleep(0.01 * i)
    log(f"step {i}")
    return acc * i


async def factorial(n):
    label.set(f"fact({n})")
    acc = 1
    for i in range(1, n + 1):
        acc = await multiply_step(acc, i)
    return acc


async def main():
    log("start")
    a, b = await asyncio.gather(factorial(3), factorial(2))
    log(f"results {a} {b}")


asyncio.run(main())
