import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

with asyncio.Runner() as runner:
    for n in (3, 5, 7):
        print(f'{n}! =', runner.run(factorial(n)))
    loop = runner.get_loop()
    print('loop closed inside?', loop.is_closed())
print('loop closed after?', loop.is_closed())
