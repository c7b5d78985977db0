# Factorial with a while loop counting down, each step awaiting 0.1 s.
import asyncio

async def factorial(n):
    result = 1
    k = n
    while k > 1:
        await asyncio.sleep(0.1)
        result *= k
        k -= 1
    print(f"{n}! = {result}")
    return result

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    print("All:", results)

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
