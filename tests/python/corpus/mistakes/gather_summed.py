# Mistake: sum() of an unawaited gather.
import asyncio

async def square(n):
    await asyncio.sleep(0.01)
    return n * n

async def main():
    tasks = [asyncio.create_task(square(i)) for i in range(3)]
    total = sum(asyncio.gather(*tasks))
    print('total:', total)

try:
    asyncio.run(main())
except TypeError as e:
    print('TypeError:', e)
print('end')
