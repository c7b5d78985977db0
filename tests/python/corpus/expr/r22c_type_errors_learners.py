# classic TypeErrors from mixing numbers, strings and containers
checks = [
    "len(42)", "42[0]", "for_ = list(42)", "(5)(3)", "None + 1", "'abc'.upper + 'x'",
    "int([1])", "sum(['a', 'b'])", "sum([[1], [2]])", "range('5')", "range(1.5)", "abs('x')",
    "max()", "min(5)", "hex(1.5)", "bin('3')", "ord('ab')", "ord('')", "chr('a')", "round('1.5')",
    "divmod(1)", "pow('2', 2)", "{}[[1]]", "{[1]: 2}", "hash([])", "'a' < 1 < 2", "-'5'", "~1.5",
]
for c in checks:
    try:
        exec(c)
        print(c, "-> ok")
    except TypeError as e:
        print(f"{c:22} TypeError: {e}")
print(sum([[1], [2]], []), sum([0.5, 0.25], 10))
