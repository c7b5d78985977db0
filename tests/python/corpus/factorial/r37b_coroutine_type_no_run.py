# Calling the async factorial like a normal function and looking at what comes back.
import asyncio
import collections.abc


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


result = factorial(5)
print(type(result))
print(type(result).__name__, result.__qualname__, result.cr_code.co_name)
print(isinstance(result, collections.abc.Coroutine), asyncio.iscoroutine(result))
print("is it 120?", result == 120)
result.close()
print("closed:", result.cr_frame is None)
other = factorial(6)
