# Fire-and-forget tasks failing, reported through a custom loop exception handler
import asyncio

def handler(loop, context):
    exc = context.get("exception")
    print("HANDLER:", context["message"].split(" at ")[0], "|", type(exc).__name__, exc)

async def fire(n):
    await asyncio.sleep(0.01 * n)
    if n == 2:
        raise RuntimeError(f"job {n} broke")
    print("job", n, "ok")

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    for n in range(1, 4):
        asyncio.create_task(fire(n))
    await asyncio.sleep(0.1)
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    print("handler installed:", loop.get_exception_handler() is handler)

asyncio.run(main())
import gc; gc.collect()
print("end")
