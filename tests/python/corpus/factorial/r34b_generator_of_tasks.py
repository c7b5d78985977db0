# A generator function that yields tasks one at a time; main consumes it while the tasks run.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return n, r


def launch(numbers):
    for n in numbers:
        print(f"launching {n}")
        yield asyncio.create_task(factorial(n))


async def main():
    tasks = launch([6, 2, 4])
    print("generator made, nothing launched yet:", len(asyncio.all_tasks()))
    first = next(tasks)
    print("after next():", len(asyncio.all_tasks()))
    rest = list(tasks)
    for n, r in await asyncio.gather(first, *rest):
        print(f"{n}! = {r}")


asyncio.run(main())
