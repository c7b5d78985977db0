# exercise: my async factorials, checked against math.factorial at the end
import asyncio
import math

async def factorial(n):
    total = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        total *= i
    return n, total

async def calculate_factorials(numbers):
    pairs = await asyncio.gather(*[factorial(n) for n in numbers])
    for n, value in pairs:
        status = 'correct' if value == math.factorial(n) else 'WRONG'
        print(f'{n}! = {value:<6} {status}')
    assert all(v == math.factorial(n) for n, v in pairs)

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6, 0, 1]))
    print('Main - Done')

if __name__ == '__main__':
    main()
