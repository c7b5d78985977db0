# Tasks refuse set_result and set_exception
import asyncio

async def main():
    t = asyncio.create_task(asyncio.sleep(0.01))
    for op in (lambda: t.set_result(1), lambda: t.set_exception(ValueError())):
        try:
            op()
        except RuntimeError as e:
            print("RuntimeError:", e)
    await t
    print(isinstance(t, asyncio.Future), asyncio.Task.__mro__[1].__name__)

asyncio.run(main())
