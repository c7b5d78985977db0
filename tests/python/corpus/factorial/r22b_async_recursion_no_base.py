import asyncio

async def factorial(n):
    return n * await factorial(n - 1)

async def calculate_factorials(numbers):
    try:
        results = await asyncio.gather(*[factorial(n) for n in numbers])
    except RecursionError as e:
        print('RecursionError:', e)
        return
    print(results)

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5]))
    print('Main - Done')

if __name__ == '__main__':
    main()
