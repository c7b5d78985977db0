import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

def main():
    print('Main - Starting')
    results = await asyncio.gather(factorial(5), factorial(7))
    print(results)
    print('Main - Done')

if __name__ == '__main__':
    main()
