# Trying to hand a task its answer directly with set_result (Tasks don't allow it).
import asyncio


async def factorial(n):
    await asyncio.sleep(0.05)
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


async def main():
    task = asyncio.create_task(factorial(6))
    for name in ("set_result", "set_exception"):
        try:
            getattr(task, name)(720 if name == "set_result" else ValueError())
        except RuntimeError as e:
            print(f"{name}: RuntimeError: {e}")
    print("real result:", await task)
    try:
        task.cancel()
        print("cancel after done:", task.cancel(), task.cancelled())
    finally:
        print("result still", task.result())


asyncio.run(main())
