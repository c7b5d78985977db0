import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

def main():
    print('Main - Starting')
    n = int(input('Which factorial? '))
    print(asyncio.run(factorial(n)))
    print('Main - Done')

if __name__ == '__main__':
    main()
