# Mistakes: giving an async function to run_in_executor, call_soon and to_thread.
import asyncio
import gc

async def fetch(n):
    await asyncio.sleep(0.01)
    return n

async def main():
    loop = asyncio.get_running_loop()
    try:
        await loop.run_in_executor(None, fetch, 1)
    except TypeError as e:
        print("run_in_executor TypeError:", e)
    try:
        loop.call_soon(fetch, 2)
    except TypeError as e:
        print("call_soon TypeError:", e)
    result = await asyncio.to_thread(fetch, 3)
    print("to_thread returned a", type(result).__name__)
    del result
    gc.collect()
    print("end of main")

asyncio.run(main())
