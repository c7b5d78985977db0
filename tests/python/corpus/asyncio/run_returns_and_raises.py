# asyncio.run returns main's value and raises main's exception to the caller, who can catch it and run again.
import asyncio

async def fails():
    await asyncio.sleep(0)
    raise ArithmeticError('from main')

async def value():
    await asyncio.sleep(0)
    return {'ok': True}

try:
    asyncio.run(fails())
except ArithmeticError as e:
    print('caught outside:', repr(e))
print(asyncio.run(value()))
try:
    asyncio.run(asyncio.sleep(0.01, 'x'))
except Exception as e:
    print(type(e).__name__, e)
else:
    print('sleep as main works too')
