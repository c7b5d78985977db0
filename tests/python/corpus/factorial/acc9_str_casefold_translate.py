# Normalising input text before parsing the numbers: casefold, translate, removeprefix.
import asyncio

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.002)
        r *= i
    return r

async def main():
    raw = "  Numbers: 5; 7 ; THREE;6  "
    words = {"three": "3", "four": "4"}
    text = raw.strip().removeprefix("Numbers:").removesuffix("6").casefold()
    print(repr(text))
    table = str.maketrans({";": " ", "\t": " "})
    parts = [words.get(p, p) for p in text.translate(table).split()]
    print(parts, [p.isdigit() for p in parts])
    ns = [int(p) for p in parts]
    print(dict(zip(ns, await asyncio.gather(*map(factorial, ns)))))
    print("Straße".casefold(), "Straße".lower(), "ǅ".casefold(), "ﬁ".upper())
    print("hello world".translate(str.maketrans("lo", "01", "h")))
    print("abc".maketrans("ab", "xy"), str.maketrans("", "", "ab"))
    try:
        str.maketrans("ab", "x")
    except ValueError as e:
        print("ValueError:", e)
    print("the factorial of n".title(), "it's o'neil's 3rd".title(), "ÉCOLE mix".swapcase())
    for s in ["n", "2n", "n_2", "_", "class", "naïve", ""]:
        print(repr(s), s.isidentifier(), end="; ")
    print()
    print("prefix".removeprefix("pre"), "prefix".removeprefix("x"), "a.py".removesuffix(".py"))

asyncio.run(main())
