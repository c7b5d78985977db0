import asyncio

calls = 0

async def factorial(n):
    global calls
    calls += 1
    await asyncio.sleep(0.1)
    if n <= 1:
        return 1
    return n * await factorial(n - 1)

async def main():
    values = await asyncio.gather(factorial(5), factorial(7), factorial(3), factorial(6))
    print(values)
    print("calls:", calls)
    print(await factorial(0), await factorial(1))

asyncio.run(main())
