# set.remove of a missing member
s = {1, 2}
s.remove(3)
