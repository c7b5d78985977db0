# Poking at Future and Task states: setting results twice, and set_result on a Task.
import asyncio
import math


async def fact(n):
    await asyncio.sleep(0.01)
    return math.factorial(n)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("done?", fut.done())
    fut.set_result(math.factorial(5))
    print("result:", fut.result())
    try:
        fut.set_result(720)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    task = asyncio.create_task(fact(6))
    try:
        task.set_result(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("task gives", await task)
    print(issubclass(asyncio.CancelledError, Exception), asyncio.TimeoutError is TimeoutError)
    empty = loop.create_future()
    empty.result()


asyncio.run(main())
