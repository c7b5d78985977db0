# Mistake: gather() called without await; asyncio.run cancels its children at the end.
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def main():
    results = asyncio.gather(factorial(3), factorial(4))
    print(results)

print('Main - Starting')
asyncio.run(main())
print('Main - Done')
