# Factorial exercise: the chapter's main(), as_completed over tasks (so they start in order).
import asyncio

async def factorial(number):
    print(f'Calculating factorial of {number}')
    result = 1
    for i in range(1, number + 1):
        await asyncio.sleep(0.1)
        result = result * i
    print(f'Factorial of {number} is {result}')
    return result

async def calculate_factorials(numbers):
    print('Calculate Factorials - Starting')
    tasks = [asyncio.create_task(factorial(n)) for n in numbers]
    for completed in asyncio.as_completed(tasks):
        result = await completed
        print('Result:', result)
    print('Calculate Factorials - Done')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 9]))  # they finish 0.2 s apart
    print('Main - Done')

if __name__ == '__main__':
    main()
