import asyncio

async def factorial(number):
    result = 1
    for i in range(1, number + 1):
        await asyncio.sleep(0.01)
        result *= i
    return reslt

async def main():
    print('Main - Starting')
    values = await asyncio.gather(factorial(3), factorial(4))
    print(values)

asyncio.run(main())
