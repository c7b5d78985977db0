# InvalidStateError when setting a result twice or reading result too early
import asyncio

async def main():
    fut = asyncio.get_running_loop().create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    fut.set_result(1)
    try:
        fut.set_result(2)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        fut.set_exception(StopIteration)
    except Exception as e:
        print(type(e).__name__, e)
    print(fut.cancel(), fut.result())

asyncio.run(main())
