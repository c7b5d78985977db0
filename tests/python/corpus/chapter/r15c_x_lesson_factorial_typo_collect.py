# the lesson's program with collect misspelt: the else branch runs as_completed
import asyncio
numbers = [3, 1]
collect = 'gahter'

async def factorial(number):
    result = 1
    for i in range(1, number + 1):
        await asyncio.sleep(0.1)
        result = result * i
    return number, result

async def calculate_factorials(numbers):
    tasks = [asyncio.create_task(factorial(n)) for n in numbers]
    if collect == 'gather':
        results = await asyncio.gather(*tasks)
        print('calculate_factorials - results:', [value for _, value in results])
    elif collect == 'as_completed':
        for next_done in asyncio.as_completed(tasks):
            number, value = await next_done
            print('calculate_factorials - got', number, '! =', value)
    else:
        raise ValueError(f'collect must be gather or as_completed, not {collect!r}')

print('Main - Starting')
asyncio.run(calculate_factorials(numbers))
print('Main - Done')
