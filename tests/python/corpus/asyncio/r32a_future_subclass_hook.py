# A Future subclass that logs results; awaited from a task
import asyncio

class LoggingFuture(asyncio.Future):
    def set_result(self, result):
        print("setting result", result)
        super().set_result(result)

async def main():
    loop = asyncio.get_running_loop()
    fut = LoggingFuture()
    loop.call_later(0.01, fut.set_result, "payload")
    value = await fut
    print("got", value, isinstance(fut, asyncio.Future), type(fut).__name__)
    print(asyncio.isfuture(fut), asyncio.isfuture(42))

asyncio.run(main())
