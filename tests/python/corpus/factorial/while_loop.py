# Factorial exercise: while loops, and the tasks report as they finish.
import asyncio

async def factorial(number):
    print('factorial', number, 'started')
    i = number
    result = 1
    while i > 1:
        await asyncio.sleep(0.1)
        result *= i
        i -= 1
    print('factorial', number, 'finished:', result)
    return result

async def calculate_factorials(numbers):
    tasks = []
    i = 0
    while i < len(numbers):
        tasks.append(asyncio.create_task(factorial(numbers[i])))
        i += 1
    print('all started')
    print(await asyncio.gather(*tasks))

asyncio.run(calculate_factorials([5, 7, 3, 6]))
