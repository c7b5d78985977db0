# Mistake: a def line without its colon.
import asyncio

async def factorial(n)
    await asyncio.sleep(0.1)
    return n
