# assert used as a check in a worker; the failing assert's message and traceback
import asyncio

async def average(values):
    assert values, 'values must not be empty'
    await asyncio.sleep(0.01)
    return sum(values) / len(values)

async def main():
    print(await average([1, 2, 3, 4]))
    try:
        await average([])
    except AssertionError as e:
        print('AssertionError:', e)
    print(await average([2.5]))
    await average([])

asyncio.run(main())
