# the exercise with each task printing its loop steps, indented by task
import asyncio

async def factorial(n, indent):
    fact = 1
    for i in range(1, n + 1):
        print("\t" * indent + f"{n}: i={i}")
        await asyncio.sleep(0.1)
        fact *= i
    print("\t" * indent + f"{n}! = {fact}")
    return fact

async def calculate_factorials(numbers):
    return await asyncio.gather(*[factorial(n, i) for i, n in enumerate(numbers)])

def main():
    print('Main - Starting')
    print(asyncio.run(calculate_factorials([3, 1, 2])))
    print('Main - Done')

if __name__ == '__main__':
    main()
