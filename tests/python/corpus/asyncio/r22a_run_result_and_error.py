# asyncio.run returns the coroutine's value and re-raises its exception.
import asyncio

async def answer():
    await asyncio.sleep(0)
    return {'answer': 42}

async def broken():
    await asyncio.sleep(0)
    raise LookupError('lost')

print(asyncio.run(answer()))
try:
    asyncio.run(broken())
except LookupError as e:
    print('caught', repr(e))
try:
    asyncio.run(42)
except ValueError as e:
    print('ValueError:', e)
print(asyncio.run(asyncio.sleep(0, result='sleep result')))
