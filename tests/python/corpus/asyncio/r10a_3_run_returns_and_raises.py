import asyncio

async def compute(x):
    await asyncio.sleep(0)
    return {'x': x, 'sq': x * x}

print(asyncio.run(compute(7)))
print(asyncio.run(compute(8))['sq'])

async def fails():
    await asyncio.sleep(0)
    raise LookupError('nothing found')

try:
    asyncio.run(fails())
except LookupError as e:
    print('caught', repr(e))
try:
    asyncio.run(compute)
except ValueError as e:
    print('ValueError:', str(e).split(' at ')[0])
