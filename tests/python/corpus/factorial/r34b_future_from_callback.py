# Compute a factorial in a plain callback and hand the result back through a Future.
import asyncio
import math


def compute_into(fut, n):
    if n < 0:
        fut.set_exception(ValueError(f"negative: {n}"))
    else:
        fut.set_result(math.factorial(n))


async def factorial_via_future(n):
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(compute_into, fut, n)
    return await fut


async def main():
    for n in (5, 12, -3):
        try:
            print(n, "->", await factorial_via_future(n))
        except ValueError as exc:
            print(n, "-> error:", exc)


asyncio.run(main())
