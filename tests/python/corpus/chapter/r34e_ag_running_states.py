# watching ag_running of my async generator before, during and after a step
import asyncio

async def numbers():
    await asyncio.sleep(0.05)
    yield 1

async def main():
    agen = numbers()
    print('before', agen.ag_running)
    step = asyncio.ensure_future(agen.__anext__())
    await asyncio.sleep(0.01)
    print('during', agen.ag_running)
    print('value', await step)
    print('after', agen.ag_running)
    await agen.aclose()
    print('closed frame', agen.ag_frame)

asyncio.run(main())
