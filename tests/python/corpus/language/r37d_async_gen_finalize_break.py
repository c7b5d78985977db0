# Breaking out of an async for loop early: the async generator's finally runs when it is closed.
import asyncio
from contextlib import aclosing

async def numbers(label):
    try:
        for i in range(10):
            await asyncio.sleep(0.01)
            yield i
    finally:
        print(f"{label}: cleanup")

async def main():
    async with aclosing(numbers("closed")) as gen:
        async for n in gen:
            if n == 2:
                break
    print("after aclosing block")
    gen2 = numbers("manual")
    async for n in gen2:
        if n == 1:
            break
    print("after break, before aclose")
    await gen2.aclose()
    print("after aclose", gen2.ag_running, gen2.ag_frame)
    total = 0
    async for n in numbers("full"):
        total += n
    print("total", total)
    gen3 = numbers("athrow")
    await anext(gen3)
    try:
        await gen3.athrow(ValueError("injected"))
    except ValueError as e:
        print("athrow propagated:", e)

asyncio.run(main())
