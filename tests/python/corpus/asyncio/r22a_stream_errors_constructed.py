# asyncio's stream exceptions built by hand, as a parser of one's own might.
import asyncio

def parse(buf, need):
    if len(buf) < need:
        raise asyncio.IncompleteReadError(buf, need)
    if len(buf) > 8:
        raise asyncio.LimitOverrunError('frame too long', len(buf))
    return buf[:need]

for buf, need in ((b'abcd', 2), (b'ab', 5), (b'0123456789', 3)):
    try:
        print(parse(buf, need))
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e, e.partial, e.expected)
    except asyncio.LimitOverrunError as e:
        print(type(e).__name__, e, e.consumed, repr(e))
print(issubclass(asyncio.IncompleteReadError, EOFError), issubclass(asyncio.LimitOverrunError, Exception))
