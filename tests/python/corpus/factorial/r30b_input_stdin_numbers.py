# Reads the numbers from the user, then computes their factorials concurrently.
import asyncio


async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result


async def calculate_factorials(numbers):
    results = await asyncio.gather(*(factorial(n) for n in numbers))
    for n, r in sorted(zip(numbers, results)):
        print(f"{n}! = {r}")


def main():
    text = input("Enter numbers separated by commas: ")
    numbers = [int(part) for part in text.split(",") if part.strip()]
    print("You entered:", numbers)
    asyncio.run(calculate_factorials(numbers))
    again = input("Another? ")
    print(int(again))


if __name__ == '__main__':
    main()
