# the numbers typed on one line separated by commas
import asyncio

async def factorial(n):
    product = 1
    for k in range(n, 1, -1):
        product *= k
        await asyncio.sleep(0.02)
    return product

async def calculate_factorials(numbers):
    return await asyncio.gather(*[factorial(x) for x in numbers])

def main():
    line = input("Enter numbers separated by commas: ")
    numbers = [int(part) for part in line.split(",") if part.strip()]
    print("You entered", numbers)
    results = asyncio.run(calculate_factorials(numbers))
    for x, r in zip(numbers, results):
        print("%d! = %d" % (x, r))

main()
