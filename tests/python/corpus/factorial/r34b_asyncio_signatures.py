# Checking the parameters of the asyncio functions I use, with inspect.signature.
import asyncio
import inspect

for func in (asyncio.sleep, asyncio.gather, asyncio.wait_for, asyncio.as_completed,
             asyncio.wait, asyncio.run, asyncio.create_task, asyncio.shield):
    try:
        print(f"{func.__name__}{inspect.signature(func)}")
    except ValueError as e:
        print(func.__name__, "ValueError:", e)


async def factorial(n, delay=0.01):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(delay)
        r *= i
    return r


print(f"factorial{inspect.signature(factorial)}")
print(asyncio.run(factorial(5)))
