# In debug mode: passing a coroutine function or object to call_soon, and a non-coroutine to create_task
import asyncio

async def job():
    return 1

async def main():
    loop = asyncio.get_running_loop()
    try:
        loop.call_soon(job)
    except TypeError as e:
        print("TypeError:", e)
    try:
        loop.call_later(0.01, 123)
    except TypeError as e:
        print("TypeError:", e)
    try:
        asyncio.create_task(job)
    except TypeError as e:
        print("TypeError:", str(e).split(" at 0x")[0])
    asyncio.create_task(42)

asyncio.run(main(), debug=True)
