# Numbers typed with commas, read in a coroutine, factorials gathered into a table.
import asyncio
async def ask():
    return input("Number: ")
async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r
async def main():
    text = await ask()
    nums = list(map(int, text.split(",")))
    print()
    for n, f in zip(nums, await asyncio.gather(*map(factorial, nums))):
        print(f"{n:>3}! = {f:>10}")
asyncio.run(main())
