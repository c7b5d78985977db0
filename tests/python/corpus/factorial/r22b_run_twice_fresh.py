import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.05)
        result *= i
    return result

def main():
    print('Main - Starting')
    for n in [5, 7, 3, 6]:
        print(n, '->', asyncio.run(factorial(n)))
    print('Main - Done')

if __name__ == '__main__':
    main()
