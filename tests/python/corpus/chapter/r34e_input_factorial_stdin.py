# the exercise reading the numbers from the keyboard
import asyncio

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    return f

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    for n, r in zip(numbers, results):
        print(f'{n}! = {r}')

def main():
    print('Main - Starting')
    while True:
        text = input('Numbers separated by commas (blank to stop): ')
        if not text.strip():
            break
        try:
            numbers = [int(t) for t in text.split(',')]
        except ValueError as e:
            print('Try again:', e)
            continue
        asyncio.run(calculate_factorials(numbers))
    print('Main - Done')

if __name__ == '__main__':
    main()
