# Factorial exercise: a TaskGroup whose negative inputs fail, handled with except* ValueError.
import asyncio
async def factorial(n):
    if n < 0:
        raise ValueError(f"Cannot compute factorial of negative number {n}")
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(factorial(n)) for n in [3, -2, 4, -5]]
    except* ValueError as eg:
        for e in eg.exceptions:
            print('error:', e)
    print([t.cancelled() for t in tasks])
asyncio.run(main())
