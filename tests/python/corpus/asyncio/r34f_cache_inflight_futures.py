# An async cache that shares one in-flight request between concurrent callers (futures in a dict).
import asyncio

calls = []
_inflight: dict[str, asyncio.Future] = {}
_cache: dict[str, str] = {}

async def slow_lookup(key):
    calls.append(key)
    await asyncio.sleep(0.02)
    if key == "bad":
        raise LookupError(key)
    return key[::-1]

async def cached(key):
    if key in _cache:
        return _cache[key]
    if key in _inflight:
        return await _inflight[key]
    fut = asyncio.get_running_loop().create_future()
    _inflight[key] = fut
    try:
        value = await slow_lookup(key)
    except Exception as e:
        fut.set_exception(e)
        raise
    else:
        fut.set_result(value)
        _cache[key] = value
        return value
    finally:
        del _inflight[key]

async def main():
    r = await asyncio.gather(cached("abc"), cached("abc"), cached("xyz"), cached("abc"))
    print(r, calls)
    print(await cached("abc"), calls)
    r = await asyncio.gather(cached("bad"), cached("bad"), return_exceptions=True)
    print(r, calls)

asyncio.run(main())
