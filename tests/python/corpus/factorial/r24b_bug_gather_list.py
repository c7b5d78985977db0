import asyncio

async def factorial(name, number):
    f = 1
    for i in range(2, number + 1):
        await asyncio.sleep(0.01)
        f *= i
    print(f"Task {name}: factorial({number}) = {f}")
    return f

async def main():
    tasks = [factorial("A", 2), factorial("B", 3), factorial("C", 4)]
    results = await asyncio.gather(tasks)
    print(results)

asyncio.run(main())
