import asyncio
import sys

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.05)
        result *= i
    return result

def main():
    print('Main - Starting')
    results = asyncio.run(asyncio.wait_for(factorial(6), 2))
    print('6! =', results)
    sys.exit(None)

if __name__ == '__main__':
    main()
