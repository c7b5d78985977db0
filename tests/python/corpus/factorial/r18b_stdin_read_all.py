import asyncio
import sys

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def main(numbers):
    for n, r in zip(numbers, await asyncio.gather(*map(factorial, numbers))):
        print(f"{n:>3}! = {r:>10,}")

if __name__ == "__main__":
    header = sys.stdin.readline().strip()
    print("header:", repr(header))
    numbers = [int(tok) for line in sys.stdin for tok in line.replace(",", " ").split()]
    print("numbers:", numbers)
    asyncio.run(main(numbers))
