# 34.8 with as_completed and a deadline: the big factorials do not make it
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return n, result

async def calculate_factorials(numbers):
    got = []
    try:
        for coro in asyncio.as_completed([factorial(n) for n in numbers], timeout=0.65):
            n, r = await coro
            got.append(n)
            print(f'{n}! = {r}')
    except asyncio.TimeoutError:
        missing = sorted(set(numbers) - set(got))
        print('gave up waiting for', missing)

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([4, 9, 3, 10, 2]))
    print('Main - Done')

if __name__ == '__main__':
    main()
