# __aenter__ raising: __aexit__ is not called, the error propagates
import asyncio

class Conn:
    async def __aenter__(self):
        await asyncio.sleep(0)
        raise ConnectionRefusedError(111, "Connection refused")
    async def __aexit__(self, *exc):
        print("aexit called?!")

async def main():
    try:
        async with Conn() as c:
            print("inside")
    except ConnectionRefusedError as e:
        print("caught:", e, e.errno)
    async with Conn():
        pass

asyncio.run(main())
