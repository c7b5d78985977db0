# !r, !s, !a conversions
name = "Zoë"
quote = 'He said "hi"'
path = "C:\\temp\\new"
items = ["a", 1, None, 2.5]
print(f"{name} {name!r} {name!s} {name!a}")
print(f"{quote!r} {quote!a}")
print(f"{path} {path!r}")
print(f"{items} {items!r} {items!a}")
tabbed = "tab\there"
print(f"{tabbed!r} {tabbed!s}|")
print(f"{'日本'!a} {'€5'!a} {'☃'!a}")
print(f"{name!r:>10}|{name!a:<14}|{3.0!s:^7}|")
print("{0!r} {0!s} {0!a}".format("ç"))
print("{!r:^12}".format("x"))
print(f"{b'bytes'!r} {bytes([0, 255])!s}")
print(ascii("naïve café"), repr("naïve café"))
print(f"{None!r} {True!s} {1e100!r}")
