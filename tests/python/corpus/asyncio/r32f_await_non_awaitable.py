# Mistake: awaiting a plain function's return value (an int) and a None from a sync callback
import asyncio

def compute():
    return 42

async def main():
    try:
        await compute()
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.ensure_future(compute())
    except TypeError as e:
        print("TypeError:", e)
    result = await asyncio.sleep(0.01, result=compute())
    print("via sleep:", result)
    await None

asyncio.run(main())
