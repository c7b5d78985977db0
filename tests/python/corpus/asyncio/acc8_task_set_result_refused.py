# A Task refuses set_result() and set_exception(): only its coroutine decides.
import asyncio

async def work():
    await asyncio.sleep(0.01)
    return 5

async def main():
    t = asyncio.create_task(work())
    for call in (lambda: t.set_result(1), lambda: t.set_exception(ValueError())):
        try:
            call()
        except RuntimeError as e:
            print('RuntimeError:', e)
    print(await t)
    print(asyncio.ensure_future(t) is t)

asyncio.run(main())
