# Trying to redefine True.
# (kept short on purpose: the mistake is the point)
#
True = 0
print(True)
