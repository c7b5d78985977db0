import asyncio

memo = {0: 1}

async def factorial(n):
    if n in memo:
        print(f'cache hit for {n}')
        return memo[n]
    start = max(k for k in memo if k < n)
    result = memo[start]
    for i in range(start + 1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
        memo[i] = result
    print(f'computed {n} from {start}')
    return result

async def main():
    for n in [5, 7, 3, 6, 10, 7]:
        print(n, await factorial(n))
    print(sorted(memo))

asyncio.run(main())
