# Each factorial prints the name of the task it runs in; the main task is named too.
import asyncio


async def factorial(n):
    me = asyncio.current_task()
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01 * n)
        r *= i
    print(f"{me.get_name()}: {n}! = {r}")
    return r


async def main():
    print("main runs in", asyncio.current_task().get_name())
    tasks = [asyncio.create_task(factorial(n), name=f"fact_{n}") for n in (3, 5)]
    unnamed = asyncio.create_task(factorial(2))
    print(len(asyncio.all_tasks()), "tasks alive")
    await asyncio.gather(*tasks, unnamed)
    tasks[0].set_name("renamed")
    print(tasks[0].get_name(), unnamed.get_name().startswith("Task-"))


asyncio.run(main())
