# The shutdown's CancelledError in an async generator whose handler awaits a
# finished task and a coroutine (no turn of the loop: they go on) before a
# sleep, where aclose()'s GeneratorExit comes in, as in CPython 3.11.
import asyncio

async def quick():
    return "quick"

async def ticker(done):
    try:
        yield 0
        yield 1
    except asyncio.CancelledError:
        print("cancelled")
        print("awaited a finished task:", await done)
        print("and a coroutine:", await quick())
        try:
            await asyncio.sleep(0)
        except GeneratorExit:
            print("GeneratorExit at the sleep")
            raise
    finally:
        print("finally")

async def main():
    done = asyncio.create_task(quick())
    await done
    async for x in ticker(done):
        print(x)
        break
    print("main returns")

asyncio.run(main())
print("after")
