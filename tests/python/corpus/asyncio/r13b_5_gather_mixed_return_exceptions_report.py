import asyncio

async def fetch(name, delay, exc=None):
    await asyncio.sleep(delay)
    if exc:
        raise exc
    return f"{name}-data"

async def main():
    jobs = {
        "users": fetch("users", 0.01),
        "orders": fetch("orders", 0.02, TimeoutError("orders service slow")),
        "stock": fetch("stock", 0.005, PermissionError(13, "Permission denied")),
        "prices": fetch("prices", 0.015),
    }
    results = await asyncio.gather(*jobs.values(), return_exceptions=True)
    ok = {k: v for k, v in zip(jobs, results) if not isinstance(v, BaseException)}
    bad = {k: v for k, v in zip(jobs, results) if isinstance(v, BaseException)}
    print("ok:", ok)
    for k, e in bad.items():
        print(f"failed {k}: {type(e).__name__}: {e}")
    print(f"{len(ok)}/{len(jobs)} succeeded")

asyncio.run(main())
