import asyncio

total = 1

async def factorial(name, number):
    for i in range(2, number + 1):
        await asyncio.sleep(0.01)
        total *= i
    print(f"Task {name}: factorial({number}) = {total}")

async def main():
    await asyncio.gather(factorial("A", 3), factorial("B", 4))

asyncio.run(main())
