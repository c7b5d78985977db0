# An assert without a message in a coroutine.
import asyncio

async def check(values):
    await asyncio.sleep(0.1)
    assert all(v > 0 for v in values)
    return sum(values)

print(asyncio.run(check([1, 2])))
print(asyncio.run(check([1, -2])))
