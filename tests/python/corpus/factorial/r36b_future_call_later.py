# Build the factorial by chaining loop.call_later callbacks and resolving a Future at the end.
import asyncio


def step(loop, fut, n, i, acc):
    if i > n:
        fut.set_result(acc)
        return
    print(f"  step {i}: {acc} * {i}")
    loop.call_later(0.02, step, loop, fut, n, i + 1, acc * i)


async def factorial(n):
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(step, loop, fut, n, 1, 1)
    return await fut


async def main():
    print("5! =", await factorial(5))
    print("0! =", await factorial(0))


asyncio.run(main())
