import asyncio

async def factorial(n):
    value = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        value *= i
    return value

async def main():
    tasks = [asyncio.create_task(factorial(n), name=f'fact-{n}') for n in (5, 7, 3, 6)]
    done, pending = await asyncio.wait(tasks)
    print(f'{len(done)} done, {len(pending)} pending')
    for t in sorted(done, key=lambda t: t.result()):
        print(f'{t.get_name():>8}: {t.result()}')

asyncio.run(main())
