import asyncio

async def factorial(n, go):
    print(f'{n}: waiting for the signal')
    await go.wait()
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    print(f'{n}: done')
    return result

async def main():
    go = asyncio.Event()
    tasks = [asyncio.create_task(factorial(n, go)) for n in [4, 2, 3]]
    await asyncio.sleep(0.05)
    print('is set?', go.is_set())
    go.set()
    print(await asyncio.gather(*tasks))

asyncio.run(main())
