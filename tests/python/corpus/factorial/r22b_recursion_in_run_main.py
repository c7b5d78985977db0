import asyncio

def fact(n):
    if n == 1:
        return 1
    return n * fact(n - 1)

async def calculate_factorials(numbers):
    for n in numbers:
        await asyncio.sleep(0.1)
        print(f'{n}! = {fact(n)}')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 3, 0]))
    print('Main - Done')

if __name__ == '__main__':
    main()
