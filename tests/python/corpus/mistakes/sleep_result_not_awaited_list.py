# Mistake: a list comprehension of coroutines counted instead of gathered, then cleared.
import asyncio

async def factorial(n):
    await asyncio.sleep(0.01)
    return n

async def main():
    results = [factorial(n) for n in [1, 2]]
    print(len(results), type(results[0]).__name__)
    results.clear()
    print('cleared')

asyncio.run(main())
print('end')
