# Adding a done callback to a task that has already finished: it still runs, but only on the next loop step.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def main():
    t = asyncio.create_task(factorial(5))
    await t
    t.add_done_callback(lambda task: print("callback sees", task.result()))
    print("callback added")
    await asyncio.sleep(0)
    print("after one loop step")
    print("removed:", t.remove_done_callback(print))


asyncio.run(main())
