# factorial exercise with a shared cache dict; wanted to see if later tasks reuse earlier results
import asyncio

cache = {0: 1}
hits = []

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        if i in cache:
            result = cache[i]
            hits.append((n, i))
            continue
        await asyncio.sleep(0.01)
        result *= i
        cache[i] = result
    return result

async def calculate_factorials(nums):
    results = await asyncio.gather(*(factorial(n) for n in nums))
    for n, r in zip(nums, results):
        print(f'{n}! = {r}')
    print('cache size:', len(cache))
    print('hits by', sorted(set(n for n, _ in hits)))
    print('total hits:', len(hits))

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
