# create_task in a loop, then await each task in order of creation.
import asyncio


async def factorial(n):
    f = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.03)
        f *= i
    print(f"  finished {n}")
    return f


async def main():
    tasks = []
    for n in [6, 2, 4]:
        task = asyncio.create_task(factorial(n))
        tasks.append(task)
    print("created", len(tasks), "tasks")
    for n, t in zip([6, 2, 4], tasks):
        print(f"{n}! = {await t}", t.done())


asyncio.run(main())
