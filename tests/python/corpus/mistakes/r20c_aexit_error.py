# error in __aexit__ while another exception is active
import asyncio

class Res:
    async def __aenter__(self):
        return self
    async def __aexit__(self, et, ev, tb):
        print("exit sees", et.__name__ if et else None)
        raise RuntimeError("cleanup failed")

async def main():
    async with Res():
        raise ValueError("body failed")

asyncio.run(main())
