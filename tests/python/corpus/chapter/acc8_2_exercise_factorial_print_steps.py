# The 34.8 exercise printing each step, two factorials interleaving on the 0.1 s sleeps.
import asyncio

async def factorial(n):
    f = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        f *= i
        print(f'  {n}!: step {i}, f = {f}')
    return f

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    for n, r in zip(numbers, results):
        print(f'{n}! = {r}')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([3, 2]))
    print('Main - Done')

if __name__ == '__main__':
    main()
