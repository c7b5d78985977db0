import asyncio

async def factorial(n, start):
    print(f"{n} waiting for the start signal")
    await start.wait()
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    print(f"{n}! = {result}")
    return result

async def main():
    start = asyncio.Event()
    tasks = [asyncio.create_task(factorial(n, start)) for n in [5, 7, 3, 6]]
    await asyncio.sleep(0.2)
    print("is_set:", start.is_set(), "- go!")
    start.set()
    print(await asyncio.gather(*tasks))

asyncio.run(main())
