# A set indexed by position
print("== set subscript ==")
tags = {3, 1, 2}
print(sorted(tags))
print(tags[0])
