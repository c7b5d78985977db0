# The old way from a 2018 tutorial: get_event_loop + run_until_complete + close.
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    return f


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
try:
    results = loop.run_until_complete(asyncio.gather(*[factorial(n) for n in [5, 7, 3]]))
    print(results)
    task = loop.create_task(factorial(6))
    print(loop.run_until_complete(task), task.done())
    print(loop.is_running(), loop.is_closed())
finally:
    loop.close()
print(loop.is_closed())
loop.run_until_complete(factorial(2))
