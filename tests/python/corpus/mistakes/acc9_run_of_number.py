# asyncio.run given the result of a plain function.
import asyncio

def compute():
    return 42

asyncio.run(compute())
