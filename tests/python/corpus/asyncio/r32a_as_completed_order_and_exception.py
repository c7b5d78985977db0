# as_completed yields in finishing order; an exception comes out at its turn
import asyncio

async def job(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ArithmeticError(name)
    return name

async def main():
    aws = [job("slow", 0.2), job("mid", 0.1, fail=True), job("fast", 0.02)]
    for i, fut in enumerate(asyncio.as_completed(aws), 1):
        try:
            print(i, await fut)
        except ArithmeticError as e:
            print(i, "failed:", repr(e))

asyncio.run(main())
