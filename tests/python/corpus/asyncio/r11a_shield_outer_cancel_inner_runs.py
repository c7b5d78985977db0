import asyncio


async def save_report():
    await asyncio.sleep(0.3)
    print("report saved")
    return "report.pdf"


async def handler():
    inner = asyncio.ensure_future(save_report())
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("handler cancelled; report still saving:", not inner.done())
        raise
    finally:
        handler.inner = inner


async def main():
    t = asyncio.create_task(handler())
    await asyncio.sleep(0.1)
    t.cancel()
    await asyncio.sleep(0.4)
    print("handler cancelled:", t.cancelled())
    print("inner result:", handler.inner.result())


asyncio.run(main())
