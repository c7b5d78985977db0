# The old loop style: a background task still sleeping when the loop is closed, destroyed pending
import asyncio


async def ticker():
    while True:
        print('tick')
        await asyncio.sleep(0.1)


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    return f


loop = asyncio.new_event_loop()
loop.create_task(ticker())
print(loop.run_until_complete(factorial(3)))
loop.close()
print('closed')
