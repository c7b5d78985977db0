# shield passes an inner error and an already-done result straight through
import asyncio

async def fail():
    await asyncio.sleep(0.01)
    raise ArithmeticError('inner')

async def main():
    try:
        await asyncio.shield(fail())
    except ArithmeticError as e:
        print('got', repr(e))
    f = asyncio.get_running_loop().create_future()
    f.set_result(3)
    print(asyncio.shield(f) is f, await asyncio.shield(f))

asyncio.run(main())
