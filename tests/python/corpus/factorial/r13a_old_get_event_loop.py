import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    print(f'{n}! = {result}')
    return result

loop = asyncio.get_event_loop()
tasks = [loop.create_task(factorial(n)) for n in [5, 7, 3, 6]]
results = loop.run_until_complete(asyncio.gather(*tasks))
print(results)
loop.close()
print('closed:', loop.is_closed())
