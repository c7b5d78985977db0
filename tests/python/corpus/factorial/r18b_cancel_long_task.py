import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def main():
    small = asyncio.create_task(factorial(3), name="small")
    huge = asyncio.create_task(factorial(1000), name="huge")
    await asyncio.sleep(0.45)
    print("small done?", small.done(), "huge done?", huge.done())
    print("cancel() returned", huge.cancel("taking too long"))
    try:
        await huge
    except asyncio.CancelledError as e:
        print("huge was cancelled:", e.args)
    print(huge.cancelled(), small.result(), small.cancelled())
    print("cancel again:", huge.cancel(), small.cancel())
    try:
        huge.result()
    except asyncio.CancelledError as e:
        print("result() raises CancelledError", e.args)

asyncio.run(main())
