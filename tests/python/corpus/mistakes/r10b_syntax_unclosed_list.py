# A list of numbers left open before main.
import asyncio

async def factorial(n):
    return n

async def calculate_factorials(numbers):
    print(await asyncio.gather(*[factorial(n) for n in numbers]))

numbers = [5, 7, 3, 6

def main():
    asyncio.run(calculate_factorials(numbers))

main()
