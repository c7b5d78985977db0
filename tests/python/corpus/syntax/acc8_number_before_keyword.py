# A number written against a keyword (1if, 0x1for, 2or): CPython 3.11 warns "invalid ... literal" as it reads them.
def factorial(n):
    return 1if n < 2 else n * factorial(n - 1)

print([factorial(n)for n in range(6)])
print(0x1for x in (1,))
print(0b1and 5, 0o7or 1, 1.5if True else 0, 2e3if 1 else 0)
print(1in [1], 2is 2, 3not in [3])
print(eval("1if 0 else 2"))
exec("value = 4or 5")
print(value)
