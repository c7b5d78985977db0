# Wrap an old callback-style API (success/error callbacks) into an awaitable Future.
import asyncio

def legacy_fetch(loop, key, on_success, on_error):
    def done():
        if key.startswith("x"):
            on_error(KeyError(key))
        else:
            on_success({"key": key, "len": len(key)})
    loop.call_later(0.01, done)

async def fetch(key):
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    legacy_fetch(loop, key, fut.set_result, fut.set_exception)
    return await fut

async def main():
    print(await fetch("alpha"))
    results = await asyncio.gather(fetch("b"), fetch("xyz"), fetch("cc"), return_exceptions=True)
    print(results)
    try:
        await fetch("x1")
    except KeyError as e:
        print("KeyError", e)

asyncio.run(main())
