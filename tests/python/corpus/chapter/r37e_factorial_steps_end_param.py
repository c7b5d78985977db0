# exercise: printing each multiplication on one line with end=
import asyncio

async def factorial(n):
    print(f'{n}! = ', end='')
    result = 1
    for i in range(n, 0, -1):
        await asyncio.sleep(0.01)
        result *= i
        print(i, end=' x ' if i > 1 else ' = ')
    print(result)
    return result

async def calculate_factorials(nums):
    for n in nums:
        await factorial(n)
    print('now with gather, the lines get mixed up:')
    await asyncio.gather(factorial(3), factorial(2))
    print()

asyncio.run(calculate_factorials([5, 3, 1, 0]))
