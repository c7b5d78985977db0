# set.remove of a missing member
print("== set remove missing ==")

s = {1, 2}
s.remove(3)
