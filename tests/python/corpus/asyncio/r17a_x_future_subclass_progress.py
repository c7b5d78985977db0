# a Future subclass with a progress attribute, resolved by callbacks
import asyncio

class Progress(asyncio.Future):
    def __init__(self, *, loop=None):
        super().__init__(loop=loop)
        self.percent = 0

async def main():
    loop = asyncio.get_running_loop()
    p = Progress(loop=loop)
    def step():
        p.percent += 50
        if p.percent >= 100:
            p.set_result('complete')
        else:
            loop.call_soon(step)
    loop.call_soon(step)
    print(await p, p.percent, isinstance(p, asyncio.Future))

asyncio.run(main())
