# Asking a task for its result before it has finished raises InvalidStateError.
import asyncio


async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def main():
    task = asyncio.create_task(factorial(5))
    print("done?", task.done())
    try:
        print(task.result())
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await task
    print("done?", task.done(), "result:", task.result(), "exception:", task.exception())
    other = asyncio.create_task(factorial(3))
    print(other.exception())


asyncio.run(main())
