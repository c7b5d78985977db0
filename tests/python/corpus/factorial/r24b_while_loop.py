import asyncio

async def factorial(name, number):
    i = number
    acc = 1
    while i > 1:
        print(f"Task {name}: Compute factorial({number}), currently i={i}...")
        acc *= i
        i -= 1
        await asyncio.sleep(0.015)
    print(f"Task {name}: factorial({number}) = {acc}")

async def main():
    await asyncio.gather(factorial("A", 4), factorial("B", 2), factorial("C", 3))

asyncio.run(main())
