# str.format indexing past the end of a list
print("== format index past list ==")
import string
print(string.Formatter().format("{0} {x}", 1, x=2))
print("{0[1]}".format([1]))
