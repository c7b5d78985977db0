# Tasks start in the order they were created, once the creator yields.
import asyncio

async def job(name, delay):
    print(f'{name} starts')
    await asyncio.sleep(delay)
    print(f'{name} ends after {delay}')
    return name

async def main():
    t1 = asyncio.create_task(job('one', 0.2))
    t2 = asyncio.create_task(job('two', 0.1))
    t3 = asyncio.create_task(job('three', 0))
    print('created three tasks; none has run yet')
    await asyncio.sleep(0)
    print('main yielded once')
    print(await t1, await t2, await t3)
    print('done:', t1.done(), t2.done(), t3.done())

asyncio.run(main())
