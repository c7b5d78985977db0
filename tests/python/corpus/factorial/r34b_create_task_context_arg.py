# Python 3.11's create_task(context=...): run factorial tasks in copies of a context with a label.
import asyncio
import contextvars

label = contextvars.ContextVar("label", default="none")


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    print(f"[{label.get()}] {n}! = {r}")
    label.set("changed-inside")
    return r


async def main():
    tasks = []
    for name, n in [("alpha", 3), ("beta", 5)]:
        ctx = contextvars.copy_context()
        ctx.run(label.set, name)
        tasks.append((ctx, asyncio.create_task(factorial(n), context=ctx)))
    for ctx, t in tasks:
        await t
        print("context now holds:", ctx[label])
    print("main's label:", label.get())


asyncio.run(main())
