import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

def main():
    print('Main - Starting')
    loop = asyncio.new_event_loop()
    print(loop.run_until_complete(factorial(4)))
    loop.close()
    print('Main - Done')

if __name__ == '__main__':
    asyncio.run(main())
