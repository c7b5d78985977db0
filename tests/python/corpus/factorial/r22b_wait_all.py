import asyncio

async def factorial(n):
    value = 1
    for i in range(1, n + 1):
        value *= i
        await asyncio.sleep(0.1)
    return value

async def calculate_factorials(numbers):
    tasks = [asyncio.create_task(factorial(n), name=f'fact-{n}') for n in numbers]
    done, pending = await asyncio.wait(tasks)
    print('done:', len(done), 'pending:', len(pending))
    for t in tasks:
        print(t.get_name(), t.result())

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
