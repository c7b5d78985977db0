# Harness wraps each student factorial in wait_for with a per-number budget.
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1 if n < 6 else 0.3)
        result *= i
    return result

async def check(n):
    budget = n * 0.1 + 0.25
    try:
        value = await asyncio.wait_for(factorial(n), timeout=budget)
        return f'{n}: {value} within {budget:.2f}s'
    except asyncio.TimeoutError:
        return f'{n}: TIMEOUT after {budget:.2f}s'

async def main():
    for line in await asyncio.gather(*(check(n) for n in [5, 7, 3, 6])):
        print(line)
    print('tasks left:', len(asyncio.all_tasks()))

asyncio.run(main())
