# Ask how many numbers, then read each with input(); the stdin runs out early.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


def read_numbers():
    count = int(input("How many numbers? "))
    numbers = []
    for k in range(count):
        numbers.append(int(input(f"Number {k + 1}: ")))
    return numbers


async def main(numbers):
    for n, f in zip(numbers, await asyncio.gather(*map(factorial, numbers))):
        print(f"{n}! = {f}")


asyncio.run(main([2, 3]))
asyncio.run(main(read_numbers()))
