# A done-callback with a bug: the loop logs "Exception in callback" but the program carries on.
import asyncio


def show(task):
    print("result is", task.result())
    print("digits:", len(task.result()))


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def main():
    t = asyncio.create_task(factorial(5))
    t.add_done_callback(show)
    await t
    await asyncio.sleep(0.01)
    print("main still running, result:", t.result())


asyncio.run(main())
