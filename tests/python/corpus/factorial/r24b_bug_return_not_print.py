import asyncio

async def factorial(name, number):
    f = 1
    for i in range(2, number + 1):
        await asyncio.sleep(0.01)
        f *= i
    return f"Task {name}: factorial({number}) = {f}"

async def main():
    await asyncio.gather(factorial("A", 2), factorial("B", 3), factorial("C", 4))
    print("Why is nothing printed above?")

asyncio.run(main())
