# A generator of factorials driven by hand: send a reset, throw an error in, close it.
import asyncio


def factorials():
    n, f = 0, 1
    try:
        while True:
            cmd = yield n, f
            if cmd == "reset":
                n, f = 0, 1
                continue
            n += 1
            f *= n
    except ValueError as e:
        print("generator got:", e)
        yield "recovered", -1
    finally:
        print("generator cleanup at n =", n)


async def main():
    g = factorials()
    print(next(g), next(g), next(g), next(g))
    print(g.send("reset"), next(g))
    await asyncio.sleep(0.01)
    print(g.throw(ValueError("stop counting")))
    g.close()
    print("closed; next:", next(g, "exhausted"))
    h = factorials()
    next(h)
    print(h.throw(KeyError("bad")))


asyncio.run(main())
