# __aenter__ raising means __aexit__ is never called; __aexit__ returning True swallows the body's error
import asyncio


class Conn:
    def __init__(self, ok):
        self.ok = ok

    async def __aenter__(self):
        await asyncio.sleep(0)
        if not self.ok:
            raise ConnectionRefusedError("refused")
        return self

    async def __aexit__(self, et, ev, tb):
        print("aexit got", et.__name__ if et else None)
        return et is KeyError


async def main():
    async with Conn(True):
        raise KeyError("missing")
    print("KeyError swallowed")
    async with Conn(False):
        print("never here")


asyncio.run(main())
