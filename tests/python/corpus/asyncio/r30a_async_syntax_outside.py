# An async comprehension in a plain function is a SyntaxError
import asyncio

async def agen():
    yield 1

def collect():
    return [x async for x in agen()]

print(asyncio.run(collect()))
