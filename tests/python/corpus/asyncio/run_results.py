# asyncio.run returns the coroutine's value; run can be called again after it returns.
import asyncio

async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b

async def nothing():
    pass

print(asyncio.run(add(2, 3)))
print(asyncio.run(nothing()))
print(asyncio.run(asyncio.sleep(0.01, result='from sleep')))
results = [asyncio.run(add(i, i)) for i in range(3)]
print(results)
coro = add(1, 1)
print(type(coro).__name__, asyncio.iscoroutine(coro), asyncio.iscoroutinefunction(add))
print(asyncio.run(coro))
try:
    asyncio.run(add)
except ValueError as e:
    print('ValueError:', str(e).split(' at ')[0])
