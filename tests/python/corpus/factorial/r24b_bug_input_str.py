import asyncio

async def factorial(name, number):
    f = 1
    for i in range(2, number + 1):
        await asyncio.sleep(0.01)
        f *= i
    print(f"Task {name}: factorial({number}) = {f}")

async def main():
    n = input("Which number? ")
    print("You typed", n)
    await factorial("A", n)

asyncio.run(main())
