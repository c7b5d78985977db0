# test_tasks: test_as_completed_with_timeout -- the rest raise TimeoutError
import asyncio

async def main():
    a = asyncio.create_task(asyncio.sleep(0.01, "a"))
    b = asyncio.create_task(asyncio.sleep(0.3, "b"))
    out = []
    for f in asyncio.as_completed([a, b], timeout=0.15):
        try:
            out.append(await f)
        except asyncio.TimeoutError:
            out.append("timeout")
    print(out)
    print("b done?", b.done())
    print(await b)

asyncio.run(main())
