# test_tasks: test_as_completed_duplicate_coroutines / a future given twice
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(0.01, f.set_result, "once")
    its = list(asyncio.as_completed([f, f]))
    print("iterations:", len(its))
    for g in its:
        print(await g)
    try:
        for x in asyncio.as_completed(set()):
            pass
        print("empty set: no iterations")
    except Exception as e:
        print(type(e).__name__)
    try:
        asyncio.as_completed(f)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
