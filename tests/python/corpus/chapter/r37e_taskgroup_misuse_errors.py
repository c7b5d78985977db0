# tried to reuse a TaskGroup after its async with block ended
import asyncio

async def worker(n):
    await asyncio.sleep(0.01)
    return n

async def main():
    tg = asyncio.TaskGroup()
    try:
        tg.create_task(worker(0))
    except RuntimeError as e:
        print('1:', e)
    async with tg:
        t = tg.create_task(worker(1))
    print('result', t.result())
    try:
        tg.create_task(worker(2))
    except RuntimeError as e:
        print('2:', e)
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print('3:', e)

asyncio.run(main())
