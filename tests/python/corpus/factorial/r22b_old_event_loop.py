import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    return results

def main():
    print('Main - Starting')
    loop = asyncio.new_event_loop()
    try:
        results = loop.run_until_complete(calculate_factorials([5, 7, 3, 6]))
    finally:
        loop.close()
    print('Results:', results)
    print('closed:', loop.is_closed())
    print('Main - Done')

if __name__ == '__main__':
    main()
