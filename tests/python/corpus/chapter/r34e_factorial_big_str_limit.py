# the factorial exercise with a really big number and printing every digit
import asyncio

async def factorial(n):
    f = 1
    for i in range(1, n + 1):
        if i % 500 == 0:
            await asyncio.sleep(0.01)
        f *= i
    return f

async def calculate_factorials(numbers):
    results = await asyncio.gather(*(factorial(n) for n in numbers))
    for n, f in zip(numbers, results):
        print(f'{n}! has {f.bit_length()} bits')
        print(f'{n}! = {f}')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([20, 1000, 2000]))
    print('Main - Done')

if __name__ == '__main__':
    main()
