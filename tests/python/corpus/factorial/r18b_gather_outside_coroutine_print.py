# Student wrapping gather in a helper, called before the loop runs.
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

def calculate_factorials(numbers):
    return asyncio.gather(*[factorial(n) for n in numbers])

async def show(awaitable):
    results = await awaitable
    print('Results:', results)
    return results

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(calculate_factorials([5, 3])))
print(loop.run_until_complete(show(calculate_factorials([4, 2]))))
loop.close()
