import asyncio

def fact(n):
    return n * fact(n - 1)

async def factorial(name, n):
    await asyncio.sleep(0.01)
    value = fact(n)
    print(f"Task {name}: factorial({n}) = {value}")

async def main():
    await asyncio.gather(factorial("A", 3), factorial("B", 4))

asyncio.run(main())
