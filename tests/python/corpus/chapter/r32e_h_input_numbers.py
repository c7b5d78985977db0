# asks the user which factorials to compute
import asyncio

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    for n, r in zip(numbers, results):
        print(f'{n}! = {r}')

def main():
    raw = input('Numbers separated by spaces: ')
    numbers = [int(x) for x in raw.split()]
    print('Main - Starting')
    asyncio.run(calculate_factorials(numbers))
    print('Main - Done')
    again = input('Another? ')
    print('you said', repr(again))
    input('one more? ')

if __name__ == '__main__':
    main()
