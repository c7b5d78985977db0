# Read the numbers from the user with input(), skipping bad entries, then compute concurrently.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


def read_numbers():
    numbers = []
    while True:
        try:
            line = input("number (blank to stop): ")
        except EOFError:
            print("\n(end of input)")
            break
        if not line.strip():
            break
        try:
            numbers.append(int(line))
        except ValueError:
            print(f"not a number: {line!r}")
    return numbers


async def main():
    nums = read_numbers()
    print("got", nums)
    for n, f in zip(nums, await asyncio.gather(*map(factorial, nums))):
        print(f"{n}! = {f}")


asyncio.run(main())
