import asyncio
import math

async def factorial(n):
    for _ in range(n):
        await asyncio.sleep(0.1)
    return math.factorial(n)

def read_numbers():
    nums = []
    while True:
        try:
            line = input("number> ")
        except EOFError:
            print("\n[end of input]")
            return nums
        try:
            value = int(line)
        except ValueError as e:
            print(f"skipping: {e}")
            continue
        if value < 0:
            print(f"skipping negative {value}")
            continue
        nums.append(value)

async def main(nums):
    for coro in asyncio.as_completed([factorial(n) for n in nums]):
        print(await coro)

nums = read_numbers()
print(nums)
asyncio.run(main(nums))
