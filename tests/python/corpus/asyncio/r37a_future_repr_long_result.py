# Future reprs abbreviate long results and exceptions the way reprlib does
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    cases = [
        list(range(20)),
        "x" * 50,
        {"key%d" % i: i for i in range(8)},
        (1, (2, (3, (4, (5, (6,)))))),
        b"\x00" * 40,
        12345678901234567890123456789012345678901234567890,
    ]
    for value in cases:
        f = loop.create_future()
        f.set_result(value)
        print(repr(f))
    f = loop.create_future()
    f.set_exception(ValueError("e" * 60))
    print(repr(f))
    f.exception()
    g = loop.create_future()
    g.cancel(msg="m" * 30)
    print(repr(g))


asyncio.run(main())
