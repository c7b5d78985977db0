# Factorial exercise: numbers read line by line with input(); bad lines are reported, EOF ends the list.
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

def read_numbers():
    numbers = []
    while True:
        try:
            line = input()
        except EOFError:
            break
        try:
            numbers.append(int(line))
        except ValueError as e:
            print('Skipping:', e)
    return numbers

async def calculate_factorials(numbers):
    for n, r in zip(numbers, await asyncio.gather(*map(factorial, numbers))):
        print(n, r)

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials(read_numbers()))
    print('Main - Done')

if __name__ == '__main__':
    main()
