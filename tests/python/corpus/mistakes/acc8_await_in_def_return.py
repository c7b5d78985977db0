# await in a plain def's return statement.
import asyncio

async def fetch():
    return 1

def helper(x):
    y = x + 1
    return await fetch() + y
