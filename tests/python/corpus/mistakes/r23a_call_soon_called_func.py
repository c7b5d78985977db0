import asyncio

def ring(label):
    print("ring!", label)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(ring("door"))
    await asyncio.sleep(0.05)
    print("main done")

asyncio.run(main())
