# Factorial exercise: a while loop counting down, with the walrus operator.
import asyncio

async def factorial(n):
    result, i = 1, n
    while (i := i - 1) >= 0:
        await asyncio.sleep(0.1)
        result *= i + 1
    return result

async def calculate_factorials(numbers):
    for n, r in zip(numbers, await asyncio.gather(*[factorial(n) for n in numbers])):
        if (digits := len(str(r))) > 2:
            print(f'{n}! = {r} ({digits} digits)')
        else:
            print(f'{n}! = {r}')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
