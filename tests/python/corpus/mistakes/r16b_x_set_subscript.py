# A set indexed by position
tags = {3, 1, 2}
print(sorted(tags))
print(tags[0])
