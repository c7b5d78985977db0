# str methods given arguments of the wrong types.
calls = [
    '"abc".startswith(1)',
    '"abc".replace(1, "b")',
    '"abc".join([1, 2])',
    '"a b".split(1)',
    '"abc".count(1)',
    '"abc".find(None)',
    '"abc".center("5")',
    '"abc".zfill("3")',
    '"abc".strip(1)',
    '"abc".endswith(("a", 1))',
    '"abc".index("b", "1")',
    '"abc".encode(1)',
    '"abc".rjust(5, "ab")',
    '"abc".ljust(5, 1)',
    '"abc".removeprefix(1)',
    '"abc".partition(1)',
    '"abc".expandtabs("4")',
    '"abc".splitlines("x")',
    '"a{}".format_map(1)',
    '"abc".translate(1)',
]
for c in calls:
    try:
        print(c, '->', eval(c))
    except Exception as e:
        print(c, '->', type(e).__name__, e)
print("total:".ljust("10"))
