# to_thread given an async function: the thread returns a coroutine, which still has to be awaited
import asyncio

async def fetch():
    return "data"

async def main():
    result = await asyncio.to_thread(fetch)
    print("got a", type(result).__name__)
    print("is it the data?", result == "data")
    print("the fix: await it ->", await result)

asyncio.run(main())
