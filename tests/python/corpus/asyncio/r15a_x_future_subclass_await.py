# A Future subclass with a helper method, resolved by call_later and awaited
import asyncio

class Reply(asyncio.Future):
    def ok(self, value):
        self.set_result(("ok", value))

async def main():
    loop = asyncio.get_running_loop()
    r = Reply()
    loop.call_later(0.05, r.ok, 7)
    print(await r)
    print(type(r).__name__, r.done(), r.result())
    r2 = Reply()
    r2.set_exception(ValueError("nope"))
    try:
        await r2
    except ValueError as e:
        print("raised:", e)

asyncio.run(main())
