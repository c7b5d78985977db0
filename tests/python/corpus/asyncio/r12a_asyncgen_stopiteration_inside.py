# test_asyncgen: StopAsyncIteration/StopIteration raised inside become RuntimeError
import asyncio

async def gen_sai():
    yield 1
    raise StopAsyncIteration

async def gen_si():
    yield 1
    raise StopIteration

async def main():
    for f in (gen_sai, gen_si):
        g = f()
        print(await g.__anext__())
        try:
            await g.__anext__()
        except RuntimeError as e:
            print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)

asyncio.run(main())
