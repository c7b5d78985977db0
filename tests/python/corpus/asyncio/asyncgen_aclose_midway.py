# an async generator left by break, then aclose() twice: GeneratorExit where it stopped, ag_running, its names
import asyncio

async def countdown(n):
    try:
        while n > 0:
            await asyncio.sleep(0.05)
            yield n
            n -= 1
    except GeneratorExit:
        print('GeneratorExit at', n)
        raise
    finally:
        print('countdown cleanup')

async def main():
    gen = countdown(5)
    async for v in gen:
        print('value', v)
        if v == 3:
            break
    print('loop exited')
    await gen.aclose()
    print('closed; ag_running', gen.ag_running)
    await gen.aclose()
    print(gen.__name__, gen.__qualname__)

asyncio.run(main())
