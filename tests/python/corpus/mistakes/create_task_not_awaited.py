# Mistake: tasks created but never awaited: main returns and asyncio.run cancels them.
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    print(f'{n}! = {result}')
    return result

async def main():
    for n in [1, 3]:
        asyncio.create_task(factorial(n))
    await asyncio.sleep(0.15)
    print('main done')

asyncio.run(main())
print('after run')
