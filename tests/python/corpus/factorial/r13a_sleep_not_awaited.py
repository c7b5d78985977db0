import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        asyncio.sleep(0.1)      # forgot await
        result *= i
    return result

async def main():
    print('Main - Starting')
    results = await asyncio.gather(factorial(3), factorial(4))
    print(results)
    print('Main - Done')

asyncio.run(main())
