# dict() of a list of two-letter strings works, of longer ones fails
print("== dict from list of strings ==")

print(dict(["ab", "cd"]))
print(dict(["key=value"]))
