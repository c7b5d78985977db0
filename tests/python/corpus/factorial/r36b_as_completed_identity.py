# Trying to find which task finished by comparing as_completed's items with my tasks.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    await asyncio.sleep(0.1 * (n % 4))
    return r


async def main():
    tasks = {asyncio.create_task(factorial(n)): n for n in (5, 6, 7)}
    for fut in asyncio.as_completed(tasks):
        value = await fut
        owner = tasks.get(fut, "unknown")
        print(f"value {value}: owner={owner}, is a task: {isinstance(fut, asyncio.Task)}")
        match = [n for t, n in tasks.items() if t.done() and t.result() == value]
        print("  found by result instead:", match)


asyncio.run(main())
