# the exercise lesson with a finishing-order table and the steps counted per task
import asyncio
import time

numbers = [5, 7, 3, 6]
steps = {}

async def factorial(number):
    result = 1
    for i in range(1, number + 1):
        await asyncio.sleep(0.1)
        steps[number] = steps.get(number, 0) + 1
        result = result * i
    return number, result

async def calculate_factorials(numbers):
    start = time.monotonic()
    tasks = [asyncio.create_task(factorial(n)) for n in numbers]
    print(f"{'place':<6}{'n':>3}{'n!':>8}{'steps':>7}")
    for place, next_done in enumerate(asyncio.as_completed(tasks), 1):
        number, value = await next_done
        print(f"{place:<6}{number:>3}{value:>8}{steps[number]:>7}")
    elapsed = time.monotonic() - start
    print('no sooner than the longest (0.7 s):', elapsed >= 0.7, '| sooner than the sum (2.1 s):', elapsed < 2.1)

asyncio.run(calculate_factorials(numbers))
