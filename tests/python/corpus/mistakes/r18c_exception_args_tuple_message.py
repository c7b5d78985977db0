import asyncio


class ApiError(Exception):
    pass


async def call(endpoint, status):
    await asyncio.sleep(0)
    if status != 200:
        raise ApiError("request failed:", endpoint, status)
    return {"ok": True}


async def main():
    print(await call("/users", 200))
    try:
        await call("/orders", 503)
    except ApiError as exc:
        print("caught:", exc)
    raise KeyError(f"missing header {'X-Token'!r} in response")


asyncio.run(main())
