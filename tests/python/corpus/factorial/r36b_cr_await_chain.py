# Peek at what a suspended factorial task is waiting on by following cr_await down the chain.
import asyncio


async def multiply(acc, i):
    await asyncio.sleep(0.05)
    return acc * i


async def factorial(n):
    acc = 1
    for i in range(2, n + 1):
        acc = await multiply(acc, i)
    return acc


def chain(coro):
    out = []
    obj = coro
    while obj is not None:
        name = getattr(obj, "__qualname__", type(obj).__name__)
        out.append(name)
        obj = getattr(obj, "cr_await", None)
    return out


async def main():
    task = asyncio.create_task(factorial(4))
    await asyncio.sleep(0.07)
    print("waiting chain:", chain(task.get_coro()))
    print("stack frames:", [f.f_code.co_name for f in task.get_stack()])
    print("result:", await task)
    print("after:", chain(task.get_coro()), task.get_stack())


asyncio.run(main())
