# exercise with a shared dict memo so later factorials reuse earlier ones
import asyncio

memo = {0: 1}

async def factorial(n):
    start = max(k for k in memo if k <= n)
    result = memo[start]
    for i in range(start + 1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
        memo[i] = result
    print(f'factorial({n}) started from {start}!')
    return result

async def calculate_factorials(nums):
    for n in sorted(nums):
        await factorial(n)
    print({n: memo[n] for n in nums})
    print('memo size', len(memo))

asyncio.run(calculate_factorials([5, 7, 3, 6]))
