# A while loop counting down instead of a for loop
import asyncio


async def factorial(n):
    original = n
    answer = 1
    while n > 1:
        answer *= n
        n -= 1
        await asyncio.sleep(0.1)
    print(f'{original}! -> {answer}')
    return answer


async def calculate_factorials(numbers):
    await asyncio.gather(*[factorial(x) for x in numbers])


print('Main - Starting')
asyncio.run(calculate_factorials([5, 7, 3, 6, 1, 0]))
print('Main - Done')
