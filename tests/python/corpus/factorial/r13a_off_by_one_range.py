import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n):          # bug: stops at n - 1
        await asyncio.sleep(0.01)
        result = result * i
    return result

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    for n, r in zip(numbers, results):
        expected = {5: 120, 7: 5040, 3: 6, 6: 720}[n]
        status = 'OK' if r == expected else f'WRONG (expected {expected})'
        print(f'{n}! = {r} {status}')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
