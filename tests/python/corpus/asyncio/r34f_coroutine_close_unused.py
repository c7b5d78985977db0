# A coroutine created but not needed: close() it to avoid the "never awaited" warning.
import asyncio
import inspect

async def expensive(n):
    print("expensive running", n)
    await asyncio.sleep(0)
    return n

async def main():
    coros = [expensive(i) for i in range(4)]
    chosen, rest = coros[:2], coros[2:]
    print(await asyncio.gather(*chosen))
    for c in rest:
        print(inspect.getcoroutinestate(c), end=" -> ")
        c.close()
        print(inspect.getcoroutinestate(c))
    try:
        await rest[0]
    except RuntimeError as e:
        print("RuntimeError:", e)
    expensive(99)
    print("end of main")

asyncio.run(main())
