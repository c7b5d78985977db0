# the exercise as asked: sleep 0.1 s each time round the loop, printing each step
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
        print(f"  factorial({n}): step {i}, so far {result}")
    return result

async def calculate_factorials(numbers):
    results = await asyncio.gather(*(factorial(n) for n in numbers))
    print("results:", results)

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([4, 2, 3]))
    print('Main - Done')

if __name__ == '__main__':
    main()
