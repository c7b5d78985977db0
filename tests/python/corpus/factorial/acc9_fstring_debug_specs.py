# f-string debugging: {x=}, {expr = }, {x!r:>10}, {x=:>8}, conversions inside.
import asyncio

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.005)
        r *= i
    return r

async def main():
    n = 6
    result = await factorial(n)
    print(f"{n=}, {result=}")
    print(f"{n = }  {result = :,}  {n*2=}")
    label = "six"
    print(f"{label!r:>10}|{label!s:<6}|{label!a}|{label=!s}|{label=:^9}|")
    print(f"{result=:>10}|{result=!r:>10}|{result / 7=:.3f}")
    names = ["é", "ß"]
    print(f"{names=}", f"{names!a}", f"{len(names)=}")
    d = {"n": n}
    print(f"{d['n']=}", f"{d=}", f"{(lambda x: x * 2)(n)=}")
    print(f"{'{'}{n}{'}'}", f"{{n}}", f"{n:{'>'}{5}}", f"{n!r:{'<'}{4}}|")
    x = 3.0
    print(f"{x=}", f"{x = !r}", f"{-0.0=}", f"{1e16=}", f"{None=}")

asyncio.run(main())
