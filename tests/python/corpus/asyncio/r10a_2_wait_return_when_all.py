import asyncio

async def job(n):
    await asyncio.sleep(n / 100)
    if n == 2:
        raise ValueError('two')
    return n

async def main():
    tasks = [asyncio.create_task(job(n), name=f'j{n}') for n in range(4)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.ALL_COMPLETED)
    print(len(done), len(pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), t.exception() if t.exception() else t.result())
    try:
        await asyncio.wait(tasks, return_when='SOMETIMES')
    except ValueError as e:
        print('ValueError:', e)
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)

asyncio.run(main())
