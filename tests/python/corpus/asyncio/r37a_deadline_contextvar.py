# Propagating a request deadline through a ContextVar so nested calls shrink their own timeouts
import asyncio
import contextvars

deadline = contextvars.ContextVar("deadline", default=None)


async def call(name, cost):
    loop = asyncio.get_running_loop()
    d = deadline.get()
    remaining = None if d is None else d - loop.time()
    try:
        async with asyncio.timeout_at(d):
            await asyncio.sleep(cost)
        return f"{name} ok"
    except TimeoutError:
        return f"{name} timed out (budget {'none' if remaining is None else 'set'})"


async def handler(budget):
    loop = asyncio.get_running_loop()
    deadline.set(loop.time() + budget)
    first = await call("db", 0.05)
    second = await call("cache", 0.05)
    third = await asyncio.create_task(call("api", 0.3))
    return [first, second, third]


async def main():
    print(await call("free", 0.01))
    print(await asyncio.create_task(handler(0.3)))
    print("outside the handler:", deadline.get())


asyncio.run(main())
