# how big can I go? factorials of bigger numbers and their digit counts
import asyncio

async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
        if i % 200 == 0:
            await asyncio.sleep(0)
    return result

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    for n, r in zip(numbers, results):
        print(f'{n}! has', r.bit_length(), 'bits')
        print(f'{n}! has', len(str(r)), 'digits')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([10, 100, 1000, 2000]))
    print('Main - Done')

if __name__ == '__main__':
    main()
