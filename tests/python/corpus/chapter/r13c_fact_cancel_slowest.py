import asyncio

async def factorial(number):
    result = 1
    try:
        for i in range(1, number + 1):
            await asyncio.sleep(0.02)
            result *= i
    except asyncio.CancelledError:
        print(f'factorial({number}) cancelled before it finished: {result < 3628800}')
        raise
    return result

async def calculate_factorials(numbers):
    tasks = {n: asyncio.create_task(factorial(n)) for n in numbers}
    await asyncio.sleep(0.09)
    tasks[max(numbers)].cancel()
    results = await asyncio.gather(*tasks.values(), return_exceptions=True)
    for n, r in zip(tasks, results):
        print(n, '->', 'cancelled' if isinstance(r, asyncio.CancelledError) else r)

asyncio.run(calculate_factorials([5, 10, 3]))
