# Without debug mode call_soon accepts coroutines and non-callables; they fail when the loop runs them
import asyncio


async def job():
    pass


async def main():
    loop = asyncio.get_running_loop()
    for name, args in [("call_soon", (job,)), ("call_soon", (job(),)), ("call_soon", (5,))]:
        try:
            getattr(loop, name)(*args)
        except TypeError as e:
            print(name, "TypeError:", e)
    await asyncio.sleep(0)
    loop.call_later("soon", print)


asyncio.run(main())
