# The way an old blog post did it: asyncio.get_event_loop() at module level, then run_until_complete.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


loop = asyncio.get_event_loop()
tasks = [loop.create_task(factorial(n)) for n in (5, 7, 3, 6)]
loop.run_until_complete(asyncio.wait(tasks))
for t in tasks:
    print(t.result())
loop.close()
