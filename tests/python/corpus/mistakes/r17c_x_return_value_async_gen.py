# return with a value in an async generator: SyntaxError
import asyncio


async def factorials(n):
    f = 1
    for i in range(1, n + 1):
        f *= i
        await asyncio.sleep(0.1)
        yield f
    return f
