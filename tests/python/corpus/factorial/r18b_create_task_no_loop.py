import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def main(tasks):
    print(await asyncio.gather(*tasks))

print("making tasks")
tasks = [asyncio.create_task(factorial(n)) for n in [5, 7, 3, 6]]
asyncio.run(main(tasks))
