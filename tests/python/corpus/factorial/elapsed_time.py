# Factorial exercise: the loop's clock shows the factorials ran concurrently (about 0.7 s, not 2.1 s).
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def calculate_factorials(numbers):
    loop = asyncio.get_running_loop()
    start = loop.time()
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    elapsed = loop.time() - start
    print(results)
    print('concurrent:', elapsed < 1.4, 'steps:', sum(numbers))  # 1.4: halfway

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
