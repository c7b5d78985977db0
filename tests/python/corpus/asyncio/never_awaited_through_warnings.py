# Once warnings is imported, "coroutine ... was never awaited" goes through its
# filters as CPython's: shown once per place by default, recorded by
# catch_warnings(record=True), silenced by a filter on RuntimeWarning.
import asyncio
import warnings

async def work():
    return 1

async def main():
    work()
    await asyncio.sleep(0)
    for i in range(2):
        work()
    print('main done')

asyncio.run(main())
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    async def m2():
        work()
    asyncio.run(m2())
print([str(x.message) for x in w], [x.category.__name__ for x in w])
warnings.filterwarnings('ignore', category=RuntimeWarning)
async def m3():
    work()
    print('m3 continues')
asyncio.run(m3())
print('end')
