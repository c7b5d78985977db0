# test_events: an exception in a call_soon callback goes to the exception handler
import asyncio

def bad():
    raise ValueError("from callback")

async def main():
    loop = asyncio.get_running_loop()
    seen = []

    def handler(loop, context):
        seen.append((context["message"].split(" at ")[0], type(context["exception"]).__name__))

    loop.set_exception_handler(handler)
    loop.call_soon(bad)
    loop.call_later(0.01, bad)
    await asyncio.sleep(0.02)
    for m in seen:
        print(m)
    loop.set_exception_handler(None)
    loop.call_soon(bad)
    await asyncio.sleep(0)
    print("main goes on")

asyncio.run(main())
