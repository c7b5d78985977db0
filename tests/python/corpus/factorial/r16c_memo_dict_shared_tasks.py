# A memo dict shared by tasks: later tasks reuse what earlier ones stored
import asyncio

memo = {0: 1}

async def factorial(n):
    if n in memo:
        print(f'cache hit for {n}')
        return memo[n]
    result = 1
    for i in range(1, n + 1):
        if i in memo:
            result = memo[i]
            continue
        await asyncio.sleep(0.1)
        result *= i
        memo[i] = result
    return result

async def calculate_factorials(numbers):
    for n in numbers:
        print(n, await factorial(n))
    print('memo size:', len(memo))

asyncio.run(calculate_factorials([3, 5, 5, 2, 6]))
