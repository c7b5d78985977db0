# as_completed with an empty list and with the same future twice
import asyncio

async def main():
    print(list(asyncio.as_completed([])))
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("dup")
    its = list(asyncio.as_completed([fut, fut]))
    print(len(its), [await f for f in its])
    try:
        asyncio.as_completed(fut)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
