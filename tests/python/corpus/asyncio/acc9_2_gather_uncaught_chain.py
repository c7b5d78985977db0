# An exception raised while handling another, in a gathered task, uncaught: both tracebacks through gather.
import asyncio

async def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f'no {k!r}')

async def main():
    await asyncio.gather(lookup({'a': 1}, 'a'), lookup({}, 'b'))

asyncio.run(main())
