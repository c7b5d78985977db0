# a nested coroutine updates a nonlocal count of steps done across tasks
import asyncio

async def calculate_factorials(numbers):
    steps_done = 0
    total_steps = sum(max(n - 1, 0) for n in numbers)

    async def factorial(n):
        nonlocal steps_done
        r = 1
        for i in range(2, n + 1):
            await asyncio.sleep(0.2)
            r *= i
            steps_done += 1
        return r

    async def reporter():
        while steps_done < total_steps:
            await asyncio.sleep(0.5)
            print(f"progress: {steps_done}/{total_steps}")

    *results, _ = await asyncio.gather(*map(factorial, numbers), reporter())
    return results

print(asyncio.run(calculate_factorials([3, 4, 2])))
