# calculate_factorials is a plain def that returns gather(...), and I hand its result to asyncio.run.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


def calculate_factorials(numbers):
    return asyncio.gather(*[factorial(n) for n in numbers])


def main():
    print("Main - Starting")
    print(asyncio.run(calculate_factorials([5, 7, 3, 6])))
    print("Main - Done")


if __name__ == "__main__":
    main()
