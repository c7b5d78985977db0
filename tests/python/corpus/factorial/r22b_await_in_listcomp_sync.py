import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.05)
        result *= i
    return result

def calculate_factorials(numbers):
    return [await factorial(n) for n in numbers]

def main():
    print('Main - Starting')
    print(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
