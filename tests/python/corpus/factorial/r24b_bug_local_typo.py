import asyncio

async def factorial(name, number):
    result = 1
    for i in range(2, number + 1):
        print(f"Task {name}: Compute factorial({number}), currently i={i}...")
        await asyncio.sleep(0.01)
        result *= i
    print(f"Task {name}: factorial({number}) = {reslut}")

async def main():
    await asyncio.gather(factorial("A", 2), factorial("B", 3))

asyncio.run(main())
