import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def calculate_factorials(numbers):
    for n in numbers:
        if n > 10:
            print(f'{n} is too large for this exercise')
            exit(2)
    print(await asyncio.gather(*map(factorial, numbers)))

asyncio.run(calculate_factorials([5, 7]))
asyncio.run(calculate_factorials([5, 70]))
print('unreachable')
