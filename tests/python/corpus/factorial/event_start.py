# Factorial exercise: the tasks wait for an Event, so all of them start together.
import asyncio

async def factorial(n, go):
    print(f'{n} waiting')
    await go.wait()
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    print(f'{n}! = {result}')
    return result

async def calculate_factorials(numbers):
    go = asyncio.Event()
    tasks = [asyncio.create_task(factorial(n, go)) for n in numbers]
    await asyncio.sleep(0.2)
    print('go!')
    go.set()
    return await asyncio.gather(*tasks)

def main():
    print('Main - Starting')
    print(asyncio.run(calculate_factorials([3, 5, 4])))
    print('Main - Done')

if __name__ == '__main__':
    main()
