# Wrong but running: tasks created and never awaited; asyncio.run cancels them when main returns
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.2)
        f *= i
        print(f'  {n}: i={i}')
    print(f'{n}! = {f}')


async def main():
    for n in (2, 5):
        asyncio.create_task(factorial(n))
    await asyncio.sleep(0.5)
    print('main returns')


asyncio.run(main())
print('program ends')
