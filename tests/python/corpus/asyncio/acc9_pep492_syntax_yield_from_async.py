# 'yield from' inside an async function: SyntaxError.
import asyncio

async def gen():
    yield from [1, 2, 3]

print('never printed')
