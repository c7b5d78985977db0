import asyncio

calls = 0

async def factorial(n):
    global calls
    calls += 1
    await asyncio.sleep(0.005)
    if n <= 1:
        return 1
    return n * await factorial(n - 1)

async def calculate_factorials(numbers):
    results = await asyncio.gather(*(factorial(n) for n in numbers))
    print(dict(zip(numbers, results)))
    print('calls:', calls)

asyncio.run(calculate_factorials([5, 7, 3, 6]))
