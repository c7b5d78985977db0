# Factorial exercise: as_completed collects the results in completion order, printed sorted by number.
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return n, result

async def calculate_factorials(numbers):
    collected = []
    for coro in asyncio.as_completed([factorial(n) for n in numbers]):
        pair = await coro
        print('completed', pair[0])
        collected.append(pair)
    for n, r in sorted(collected):
        print(f'{n:>2}! = {r:>6}')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
