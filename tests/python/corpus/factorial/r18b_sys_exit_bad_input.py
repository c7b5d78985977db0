import asyncio
import sys

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

def ask():
    text = input("How many numbers? ")
    count = int(text)
    numbers = []
    for k in range(count):
        try:
            numbers.append(int(input(f"number {k + 1}: ")))
        except EOFError:
            sys.exit(f"\nexpected {count} numbers, got {len(numbers)}")
    return numbers

async def main():
    nums = ask()
    print(await asyncio.gather(*map(factorial, nums)))

asyncio.run(main())
