import asyncio

async def factorial(name, number):
    f = 1
    for i in range(2, number + 1):
        await asyncio.sleep(0.01)
        f *= i
    print(f"Task {name}: factorial({number}) = {f}")

async def main():
    nums = []
    for _ in range(3):
        nums.append(int(input("number: ")))
    await asyncio.gather(*(factorial(str(k), n) for k, n in enumerate(nums)))

asyncio.run(main())
