# Asking a task for its result before it has finished.
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    return f


async def main():
    task = asyncio.create_task(factorial(5))
    print("done yet?", task.done())
    try:
        print(task.result())
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await task
    print("now:", task.result())
    other = asyncio.create_task(factorial(3))
    print(other.exception())


asyncio.run(main())
