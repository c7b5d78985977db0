import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.05)
        result *= i
    return result

def main():
    print('Main - Starting')
    coro = factorial(5)
    print('5! =', asyncio.run(coro))
    print('5! again =', asyncio.run(coro))
    print('Main - Done')

if __name__ == '__main__':
    main()
