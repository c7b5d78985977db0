# Tasks are created but main() returns straight away.
import asyncio

async def factorial(n):
    result = 1
    try:
        for i in range(1, n + 1):
            await asyncio.sleep(0.2)
            result *= i
        print(f"{n}! = {result}")
        return result
    finally:
        print(f"factorial({n}) stopping")

async def calculate_factorials(numbers):
    for n in numbers:
        asyncio.create_task(factorial(n))
    await asyncio.sleep(0.8)
    print("calculate_factorials returning")

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 3, 2]))
    print('Main - Done')

if __name__ == '__main__':
    main()
