# reading the numbers for the factorial exercise from the keyboard
import asyncio

async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return n, result

async def calculate_factorials(numbers):
    for coro in asyncio.as_completed([factorial(n) for n in numbers]):
        n, r = await coro
        print(f'{n}! = {r}')

def main():
    text = input('Numbers please: ')
    numbers = [int(x) for x in text.split(',')]
    print('Main - Starting', numbers)
    asyncio.run(calculate_factorials(numbers))
    more = input('Another? ')
    print('Main - Done')

if __name__ == '__main__':
    main()
