# get_event_loop() with no loop running, as old tutorials do: it makes a loop, quietly in 3.11
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    return f


loop = asyncio.get_event_loop()
tasks = [loop.create_task(factorial(n)) for n in (3, 4)]
print(loop.run_until_complete(asyncio.gather(*tasks)))
loop.close()
