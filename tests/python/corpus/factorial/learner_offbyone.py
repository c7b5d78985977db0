import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n):   # bug: stops at n-1
        result = result * i
        await asyncio.sleep(0.01)
    return result

async def main():
    nums = [3, 4, 5]
    results = await asyncio.gather(*[factorial(n) for n in nums])
    for n, r in zip(nums, results):
        print(f"{n}! = {r}")
    print("expected 6, 24, 120 but got", results)

asyncio.run(main())
