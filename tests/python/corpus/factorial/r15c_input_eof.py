# input() at the end of the input raises EOFError, which the learner catches
import asyncio

async def factorial(n):
    acc = 1
    for i in range(2, n + 1):
        acc *= i
    await asyncio.sleep(0.1)
    return acc

def ask():
    numbers = []
    try:
        while True:
            numbers.append(int(input()))
    except EOFError:
        print(f"read {len(numbers)} numbers")
    return numbers

async def main():
    nums = ask()
    for n, f in zip(nums, await asyncio.gather(*map(factorial, nums))):
        print(n, f)

asyncio.run(main())
