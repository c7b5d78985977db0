# Mistake: main returns gather(...) without await; the caller prints a future.
import asyncio

async def square(n):
    await asyncio.sleep(0.01)
    return n * n

async def main():
    return asyncio.gather(square(2), square(3))

results = asyncio.run(main())
print('results:', results)
print('done:', results.done(), 'cancelled:', results.cancelled())
del results
print('end')
