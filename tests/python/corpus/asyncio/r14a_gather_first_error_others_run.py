# test_tasks: without return_exceptions gather raises the first error; the other children keep running
import asyncio

async def slow():
    await asyncio.sleep(0.2)
    print('slow still finished')
    return 'slow'

async def bad():
    await asyncio.sleep(0.05)
    raise ValueError('first')

async def main():
    s = asyncio.ensure_future(slow())
    g = asyncio.gather(s, bad())
    try:
        await g
    except ValueError as e:
        print('gather raised', e, '| slow done?', s.done(), '| gather done?', g.done())
    print(await s)

asyncio.run(main())
