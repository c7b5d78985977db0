# Exercise (chapter 34.8): calculate factorials concurrently,
# awaiting asyncio.sleep(0.1) in every step of the loop.

import asyncio
numbers = [5, 7, 3, 6]   # the lesson's default input
collect = 'as_completed'

async def factorial(number):
    print('factorial - calculating', number)
    result = 1
    for i in range(1, number + 1):   # number steps of 0.1 s each
        await asyncio.sleep(0.1)
        result = result * i
    print('factorial -', number, '! =', result)
    return number, result


async def calculate_factorials(numbers):
    print('calculate_factorials - starting')
    # Create the tasks ourselves so they start in list order
    tasks = [asyncio.create_task(factorial(n)) for n in numbers]
    if collect == 'gather':
        results = await asyncio.gather(*tasks)
        print('calculate_factorials - results:', [value for _, value in results])
    else:
        for next_done in asyncio.as_completed(tasks):
            number, value = await next_done
            print('calculate_factorials - got', number, '! =', value)


print('Main - Starting')
asyncio.run(calculate_factorials(numbers))
print('Main - Done')
