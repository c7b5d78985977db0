# One task fails but nobody awaits it.
import asyncio

async def factorial(n):
    result = 1
    for i in range(n, 0, -1):
        await asyncio.sleep(0.1)
        result *= i
    if n == 3:
        raise ArithmeticError("unlucky number three")
    return result

async def main():
    tasks = [asyncio.create_task(factorial(n)) for n in [5, 3, 4]]
    print(await tasks[0])
    print(tasks[1].done(), type(tasks[1].exception()).__name__)
    print(tasks[2].result())
    lost = asyncio.create_task(factorial(3))
    await asyncio.sleep(0.5)
    print("lost task done:", lost.done())
    del lost

asyncio.run(main())
print("after run")
