# The old way: a new event loop, and gather built before the loop is running.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
try:
    print("running?", loop.is_running())
    results = loop.run_until_complete(asyncio.gather(*[factorial(n) for n in (5, 7, 3)]))
    print(results)
    task = loop.create_task(factorial(6), name="six")
    print(task.get_name(), loop.run_until_complete(task))
finally:
    loop.close()
print("closed:", loop.is_closed())
