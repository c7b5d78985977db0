# Numbers typed on one line, split and converted.
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

def main():
    line = input("Numbers separated by spaces: ")
    numbers = [int(x) for x in line.split()]
    print()
    print("You entered", numbers)
    results = asyncio.run(asyncio.wait_for(gather_all(numbers), timeout=5))
    for n, r in zip(numbers, results):
        print(f"{n}! = {r}")

async def gather_all(numbers):
    return await asyncio.gather(*[factorial(n) for n in numbers])

main()
