# one factorial task cancelled, gather with return_exceptions shows it
import asyncio

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        r *= i
    return r

async def calculate_factorials(numbers):
    tasks = [asyncio.create_task(factorial(n), name=f'f{n}') for n in numbers]
    await asyncio.sleep(0.15)
    tasks[-1].cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    for t, r in zip(tasks, results):
        print(t.get_name(), repr(r))
    try:
        tasks[-1].exception()
    except asyncio.CancelledError:
        print('exception() on a cancelled task raises CancelledError')

asyncio.run(calculate_factorials([3, 4, 9]))
