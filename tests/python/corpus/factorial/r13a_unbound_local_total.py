import asyncio

total_steps = 0

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
        total_steps += 1
    return result

async def main():
    print(await asyncio.gather(factorial(3), factorial(4)))
    print('steps:', total_steps)

asyncio.run(main())
