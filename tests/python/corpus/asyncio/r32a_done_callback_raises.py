# A done callback that raises: the loop logs it and carries on
import asyncio

def checker(fut):
    print("checking", fut.result())
    raise AssertionError("callback assertion")

async def main():
    t = asyncio.create_task(asyncio.sleep(0.01, result="value"))
    t.add_done_callback(checker)
    print(await t)
    await asyncio.sleep(0.01)
    print("main still fine")

asyncio.run(main())
