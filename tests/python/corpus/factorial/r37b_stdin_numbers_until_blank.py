# Reads numbers from the keyboard (one per line) until an empty line, then computes all the factorials.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.005)
        r *= i
    return r


def read_numbers():
    nums = []
    while True:
        line = input("number (blank to finish): ")
        if not line.strip():
            return nums
        nums.append(int(line))


async def main():
    nums = read_numbers()
    print()
    for n, f in zip(nums, await asyncio.gather(*map(factorial, nums))):
        print(f"{n}! = {f}")


asyncio.run(main())
