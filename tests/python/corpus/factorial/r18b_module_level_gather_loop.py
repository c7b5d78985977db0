# Older-tutorial style: get the loop first, build the gather, then run it.
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

numbers = [5, 7, 3, 6]
loop = asyncio.get_event_loop()
all_of_them = asyncio.gather(*[factorial(n) for n in numbers])

async def calculate_factorials():
    results = await all_of_them
    for n, r in zip(numbers, results):
        print(f"{n}! = {r}")

print('Main - Starting')
loop.run_until_complete(calculate_factorials())
loop.close()
print('Main - Done')
