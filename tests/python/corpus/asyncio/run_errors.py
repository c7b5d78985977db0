# asyncio.run of something that is not a coroutine, create_task without a loop, current_task outside a loop.
import asyncio

async def coro():
    return 1

for bad in (42, coro, None):
    try:
        asyncio.run(bad)
    except ValueError as e:
        print('ValueError:', e if bad is not coro else str(e).split(' at ')[0])
try:
    asyncio.current_task()
except RuntimeError as e:
    print('RuntimeError:', e)
c = coro()
try:
    asyncio.create_task(c)
except RuntimeError as e:
    print('RuntimeError:', e)
c.close()
async def main():
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print('TypeError:', e)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print('TypeError:', e)
asyncio.run(main())
