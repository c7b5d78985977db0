# Mistake: calling a function with too many or too few arguments.
import asyncio

async def factorial(n):
    await asyncio.sleep(0.01)
    return n

def show(name, value):
    print(name, value)

try:
    show('only one')
except TypeError as e:
    print('TypeError:', e)
try:
    asyncio.run(factorial(5, 7))
except TypeError as e:
    print('TypeError:', e)
try:
    show('a', 'b', c=3)
except TypeError as e:
    print('TypeError:', e)
asyncio.run(factorial())
