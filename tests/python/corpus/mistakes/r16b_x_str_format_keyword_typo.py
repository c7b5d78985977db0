# str.format with a misspelt keyword
print("== str format keyword typo ==")

print("{0} {1} {0}".format("a", "b"))
print("{name}".format(nme="x"))
