# the exercise lesson's program edited to run both collect modes one after the other
import asyncio
numbers = [4, 2, 3]   # the learner's own input

async def factorial(number):
    print('factorial - calculating', number)
    result = 1
    for i in range(1, number + 1):
        await asyncio.sleep(0.1)
        result = result * i
    print('factorial -', number, '! =', result)
    return number, result

async def calculate_factorials(numbers, collect):
    print(f'calculate_factorials - starting ({collect})')
    tasks = [asyncio.create_task(factorial(n)) for n in numbers]
    if collect == 'gather':
        results = await asyncio.gather(*tasks)
        print('calculate_factorials - results:', [value for _, value in results])
    else:
        for next_done in asyncio.as_completed(tasks):
            number, value = await next_done
            print('calculate_factorials - got', number, '! =', value)

print('Main - Starting')
for collect in ('gather', 'as_completed'):
    asyncio.run(calculate_factorials(numbers, collect))
print('Main - Done')
