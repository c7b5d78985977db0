# An async comprehension inside a plain function: compile-time error
import asyncio

async def agen():
    yield 1

def collect():
    return [x async for x in agen()]

print(asyncio.run(asyncio.sleep(0, result="unreached")))
